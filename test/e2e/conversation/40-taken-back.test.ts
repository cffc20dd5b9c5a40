/**
 * Session 22 (issue 11): what a citizen takes back in the same message. A cancel called off, a day or a service replaced,
 * a plan of one's own given up before the question: each was read by the words taken back ("ga jadi" is "batal", the first
 * day or service named won). Read turn by turn, as a citizen reads the screen. Messages written for this test; "now" is
 * Monday 23 November 2026, 08:00 WIB.
 */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, start, step } from './chat.js';

describe('session 22: what the citizen takes back', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('shows the booking, and offers no cancel, when the citizen says not to cancel it', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking npwp besok jam 10', 'Wartini');
    // Before: "Batalkan booking ini?" (the "dibatalin" of the refusal was the request).
    await step(s, user, 'ga usah dibatalin ya kak, saya cuma mau cek kode booking saya', { has: [booked.code], not: ['Batalkan booking ini?'] });
  });

  it('moves the booking to the day kept, not the day refused', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking npwp besok jam 10', 'Hendra');
    // Before: both days were offered ("Pindah ke tanggal yang mana?"), the refused Wednesday among them.
    await step(s, user, 'tolong pindahin jadwal saya, jangan yg rabu, kamis aja', { kind: 'clarify', has: ['Kamis, 26 November 2026'], not: ['Pindah ke tanggal yang mana?', 'Rabu'] });
    await step(s, user, 'jam 10', { kind: 'clarify', has: ['Pindahkan booking', booked.code, 'Kamis, 26 November 2026'] });
    await step(s, user, 'ya', { kind: 'booking_moved', booking: { code: booked.code, date: '2026-11-26', time: '10:00' } });
  });

  it('answers about the service kept when the citizen changes their mind', async () => {
    // Before: the requirements of the KK, the service given up. The KTP has kinds to choose from: the reply asks which.
    await step(s, citizen(), 'ga jadi ke kk deh, ktp aja. syaratnya apa aja?', { kind: 'clarify', has: ['KTP-el (KTP elektronik) yang mana?'], not: ['Kartu Keluarga'] });
  });

  it('reads the question after a plan given up, and keeps the booking', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking npwp besok jam 9', 'Rudi Hartono');
    // Before: "ga jadi" read as "batal", and the booking was offered for cancelling.
    await step(s, user, 'ga jadi ngopi dulu deh, antrean saya masih berapa orang lagi?', { has: [booked.code], not: ['Batalkan booking ini?'] });
  });
});
