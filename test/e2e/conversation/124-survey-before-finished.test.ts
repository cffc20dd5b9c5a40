/**
 * A survey that reached a citizen still at the counter (session 48, a field test of a Tuesday that went wrong): staff never closed
 * the call, the survey went out when the visit seemed over, and "saya belum selesai dilayani kok sudah disuruh isi survei?" was
 * answered with question 1/9 again (its "isi survei" read as asking for the survey). The survey is taken back, counts nowhere, is
 * not sent again while the call stays open, and comes once staff close the visit.
 */
import { describe, expect, it } from 'vitest';

import { book, citizen, STAFF, start, step } from './chat.js';

describe('a survey sent before the visit was finished (issue 11, conversation)', () => {
  it('is taken back on the citizen\'s word and sent again after /done', async () => {
    const s = await start();
    const hendra = citizen();
    await book(s, hendra, 'booking sim besok jam 8', 'Hendra');
    await s.advance('1d');
    await step(s, STAFF, '/next sim', { kind: 'staff' });
    const later = await s.advance('2h');
    expect(later.some((l) => l.to === hendra && l.kind === 'survey')).toBe(true);

    await step(s, hendra, 'saya belum selesai dilayani kok sudah disuruh isi survei?', {
      kind: 'answer',
      has: ['survei terkirim sebelum layanan Anda selesai', 'tidak dihitung'],
      not: ['1/9'],
    });
    // The call is still open: the tick does not send it again.
    expect((await s.advance('30m')).filter((l) => l.to === hendra && l.kind === 'survey')).toEqual([]);
    const done = await s.say(STAFF, '/done');
    expect(done.find((l) => l.to === hendra && l.kind === 'survey')?.text).toContain('1/9');
  });
});
