/**
 * An hour inside opening hours that is not a slot's start (session 48, a field test): "booking paspor kamis jam 10.15", with passport
 * slots every 30 minutes, was told "Jam 10.15 WIB di luar jam layanan", and the citizen believed the office closed at 10.15. The
 * reply says how often slots start and offers the nearest; an hour truly outside opening hours is still said to be so.
 */
import { describe, it } from 'vitest';

import { citizen, start, step } from './chat.js';

describe('an hour between two slots (issue 11, conversation)', () => {
  it('is said to be between slots, with the nearest offered', async () => {
    const s = await start();
    await step(s, citizen(), 'booking paspor kamis jam 10.15', {
      kind: 'clarify',
      has: ['Slot Paspor dimulai tiap 30 menit; 10.15 WIB bukan jam mulai slot.'],
      not: ['di luar jam layanan'],
      options: ['10.00 WIB', '10.30 WIB'],
    });
  });

  it('is still outside service hours when it is', async () => {
    const s = await start();
    await step(s, citizen(), 'booking paspor kamis jam 17', { kind: 'clarify', has: ['Jam 17.00 WIB di luar jam layanan.'] });
  });
});
