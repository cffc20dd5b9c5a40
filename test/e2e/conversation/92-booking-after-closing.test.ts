/**
 * Booking today after the day's last slot (session 45, a field test): "booking kk hari ini" at 16.00 was told "Slot pada Senin,
 * 23 November 2026 sudah penuh", as if others had taken every seat. The day is over, and the reply says so.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('booking today after closing (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
    await s.advance('8h');
  });

  it('says the service has closed today, not that it is full, and offers other days', async () => {
    await step(s, citizen(), 'booking kk hari ini', { kind: 'clarify', has: ['Layanan hari ini sudah tutup (pukul 15.30 WIB)', 'Pilih tanggal'], not: ['penuh'] });
  });
});
