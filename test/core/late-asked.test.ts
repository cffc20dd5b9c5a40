import { describe, expect, it } from 'vitest';

import { lateForBooking } from '../../core/conversation/late-asked.js';
import type { Understanding } from '../../core/nlu.js';

/** What the NLU made of a message; only the parts read here. */
function read(part: Partial<Understanding> = {}): Understanding {
  return { intent: 'procedure', confidence: 0.41, service: null, date: null, alternatives: [], ...part } as Understanding;
}

describe('lateForBooking (being late for one\'s booking, asked without naming it)', () => {
  it.each(['kalau telat gimana?', 'telat dikit gapapa?', "if I'm late what happens?", 'kalo terlambat 10 menit masih bisa?'])(
    '%s, from a citizen with a booking, asks what becomes of it',
    (text) => {
      expect(lateForBooking(read(), text, true)).toMatchObject({ intent: 'my_booking', asksLate: true });
    },
  );

  it('leaves it to the NLU for a citizen with no booking', () => {
    expect(lateForBooking(read(), 'kalau telat gimana?', false).intent).toBe('procedure');
  });

  it.each([
    'bayar pajak motor telat gimana?',
    'bikin akta telat lapor gimana?',
    "my late father's death certificate, how long?",
    'saya telat tadi pagi',
  ])('%s is no lateness for a booking', (text) => {
    expect(lateForBooking(read(), text, true).intent).toBe('procedure');
  });

  it('keeps a message that names a service to the NLU', () => {
    expect(lateForBooking(read({ service: 'sim' }), 'kalau telat bikin sim gimana?', true).intent).toBe('procedure');
  });
});
