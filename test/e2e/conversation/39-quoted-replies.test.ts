/**
 * Session 21 (issue 11): replies pasted with the line they answer, a holiday said with the weekday it falls on, a day's
 * name mistyped by a phone keyboard, and the services of another town's MPP. Read turn by turn, as a citizen reads the
 * screen. Messages written for this test.
 */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, start, step } from './chat.js';

describe('session 21: quoted replies and phone keyboards', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('cancels the booking whose code the citizen pasted above the request', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking kk kamis jam 10', 'Sumarni');
    // Before: the pasted "Kode booking: …" line was read with the request, and the code's line outweighed it.
    await step(s, user, `Kode booking Anda: ${booked.code}\nbatalin aja kak, ga jadi datang`, { kind: 'clarify', has: ['Batalkan booking ini?', booked.code] });
    await step(s, user, 'ya', { kind: 'booking_cancelled' });
  });

  it('takes no clock time from the quoted hours when the citizen asks about a day', async () => {
    const user = citizen();
    // Before: "08.00" of the quote became the time asked, and the quote's words the question.
    await step(s, user, '> Jam layanan: Senin–Kamis 08.00–15.30\nkalau jumat bukanya jam berapa?', { kind: 'answer', has: ['Jumat'], not: ['belum paham'] });
  });

  it('keeps a question about somewhere else out of scope, whatever the quoted line was', async () => {
    // Before: the quoted address carried "deket situ ada nasi padang enak" into a location answer.
    await step(s, citizen(), '[Kutipan] Lokasi MPP: Jl. Merdeka No. 10\nbtw deket situ ada nasi padang yang enak gak?', { not: ['📍'] });
  });

  it('books the day a keyboard mistyped', async () => {
    const user = citizen();
    // Before: "semin" was no day, and the booking asked which date.
    const reply = await step(s, user, 'mau booking skck ke semin jam 9 buat anak saya', {});
    const asked = reply.text.includes('atas nama') ? await step(s, user, 'Yohana Wenda', { kind: 'clarify' }) : reply;
    if (!/Senin/.test(asked.text)) throw new Error(`the booking did not take Monday: ${asked.text}`);
  });

  it("says it knows nothing of another town's MPP, then lists its own services", async () => {
    // Before: "Maaf, saya belum paham" (the town's name made the question out of scope).
    await step(s, citizen(), 'layanan apa aja yg ada di MPP Kota Tual?', { has: ['info untuk Tual tidak saya punya', 'Layanan di'], not: ['belum paham'] });
  });
});
