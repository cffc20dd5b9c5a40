/**
 * Session 16 (issue 11): acting on one's own queue booking with the reason told, the reason naming a place or trade
 * (intents/index.ts ourBookingActedOn). Probes written for these checks, not taken from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const NOW = new Date('2027-03-01T09:00:00+07:00'); // a Monday
const understand = (text: string) => nlu.understand(text, NOW);

describe('a booking acted on, with its reason', () => {
  it.each([
    ['antrian saya geser ke rabu ya, mobil masih di bengkel', 'reschedule'],
    ['batalin antrian saya besok, harus jaga toko', 'cancel'],
    ['nomor antrian saya udah sampai mana? lagi ngopi di warung depan', 'my_booking'],
  ])('"%s" is %s', (text, intent) => {
    expect(understand(text).intent).toBe(intent);
  });

  it("someone else's schedule or queue is not ours", () => {
    expect(understand('jadwal dokter gigi saya di klinik bisa diundur ga').intent).toBe('fallback');
    expect(understand('booking saya di traveloka mau dibatalin').intent).toBe('fallback');
    expect(understand('antrian saya di puskesmas batalin aja').intent).toBe('fallback');
  });
});
