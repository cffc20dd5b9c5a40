/**
 * A family's errands played through simulate by someone who had not read the code (session 46): an elderly man's "saya sendiri"
 * at "atas nama siapa?" opened a complaint and "Soekarno Hadi, matur nuwun nak" was booked as the name; "lumayan lah" in the
 * survey got the "belum paham" menu whose numbers then booked a KIA he never asked for, and "cukup" unsubscribed him; and
 * "pengaduan sy gmn" the next day filed a second complaint instead of telling the first one's status.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { book, citizen, type Sim, STAFF, start, step } from './chat.js';

describe('an elderly citizen, the survey and a complaint followed up (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"saya sendiri" asks for the name again, and thanks after a name are not part of it', async () => {
    const user = citizen();
    await step(s, user, 'daftar antrian perpanjang SIM hari Rabu jam sembilan pagi', { kind: 'clarify', has: ['atas nama siapa'] });
    await step(s, user, 'saya sendiri', { kind: 'clarify', has: ['atas nama siapa'], not: ['Pengaduan', 'Atas nama: saya'] });
    await step(s, user, 'Soekarno Hadi, matur nuwun nak', { kind: 'clarify', has: ['Atas nama: Soekarno Hadi\n'], not: ['nuwun'] });
  });

  it('a survey reply that is no answer asks the question again; the digits after it answer the survey, not a menu', async () => {
    const user = citizen();
    await book(s, user, 'booking perpanjang sim hari ini jam 10', 'Hendra Wijaya');
    await s.advance('2h');
    await s.say(STAFF, '/next sim 7');
    await s.say(STAFF, '/done');
    await step(s, user, '3', { kind: 'survey', has: ['2/9'] });
    await step(s, user, '3', { kind: 'survey', has: ['3/9'] });
    await step(s, user, '3', { kind: 'survey', has: ['4/9'] });
    await step(s, user, 'lumayan lah', { kind: 'survey', has: ['belum bisa saya catat', '4/9'], not: ['belum paham'] });
    await step(s, user, '2', { kind: 'survey', has: ['5/9'] });
    await step(s, user, 'cukup', { kind: 'survey', has: ['5/9'], not: ['pengumuman'] });
    await step(s, user, '3', { kind: 'survey', has: ['6/9'] });
    const listed = (await s.say(user, 'cek booking')).filter((l) => l.to === user).map((l) => l.text).join('\n');
    expect(listed).not.toContain('KIA');
  });

  it('"pengaduan sy gmn" the next day tells the open complaint\'s status instead of filing another', async () => {
    const s2 = await start();
    const user = citizen();
    await step(s2, user, 'saya mau komplain, kemarin di loket SIM saya dimintai uang 200 ribu sama orang yang ngaku bisa bantu cepat', {});
    await step(s2, user, 'tidak', { has: ['ADU-0001'] });
    await s2.advance('1d');
    await step(s2, user, 'pengaduan sy gmn', { kind: 'complaint_update', has: ['ADU-0001'], not: ['ADU-0002'] });
    await step(s2, user, 'yg kemarin soal calo itu lho, udah ditanggapi blm', { kind: 'complaint_update', has: ['ADU-0001'] });
  });

  it('"mau daftar paspor" books a slot and asks which passport, not a new one with its papers (session 46)', async () => {
    const user = citizen();
    await step(s, user, 'mau daftar paspor kamis jam 10', { kind: 'clarify', has: ['atas nama siapa'] });
    await step(s, user, 'Joko Susilo', { kind: 'clarify', has: ['Atas nama: Joko Susilo'], not: ['Paspor baru'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', has: ['Layanan: Paspor\n'], not: ['Layanan: Paspor baru'] });
  });

  it('a second booking of the same service for the same name on another day is pointed out before confirming (session 46)', async () => {
    const user = citizen();
    const first = await book(s, user, 'daftar antrian perpanjang SIM hari rabu jam 9', 'Soekarno Hadi');
    await step(s, user, 'saya mau daftar antrian perpanjang SIM untuk hari kamis jam 9 pagi', {
      kind: 'clarify',
      has: ['Konfirmasi booking', `sudah ada booking layanan yang sama: Rabu, 25 November 2026, 09.00 WIB (${first.code})`],
    });
    await step(s, user, 'tidak', { has: ['tidak jadi dibuat'] });
    // Another person's booking of the same service is no double: no note.
    await step(s, user, 'booking perpanjang sim kamis jam 10 buat istri saya', { kind: 'clarify', has: ['nama orang yang akan dilayani'] });
    await step(s, user, 'Siti Aminah', { kind: 'clarify', has: ['Atas nama: Siti Aminah'], not: ['sudah ada booking'] });
  });
});
