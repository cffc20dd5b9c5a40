/**
 * The category of a complaint its story tells (session 47, a field test): "?" at "Pengaduan Anda tentang apa?" filed it as
 * "Lainnya", and the story of a counter asking Rp50.000 to hurry a KTP reached staff so, where pungli reports are triaged first.
 * More of the story told at the anonymity question was met with "Pilih 1 atau 2" and lost; it is added.
 */
import { describe, expect, it } from 'vitest';

import { citizen, start, step } from './chat.js';

describe('a complaint whose category the story tells (issue 11, conversation)', () => {
  it('a bribe told after "?" at the category question is filed as pungli', async () => {
    const s = await start();
    const user = citizen();
    await step(s, user, 'mau lapor', { kind: 'clarify', has: ['Pengaduan Anda tentang apa?'] });
    await step(s, user, '?', { kind: 'clarify', has: ['Ceritakan apa yang terjadi'] });
    await step(s, user, 'Petugas loket minta uang 50 ribu supaya KTP cepat jadi', { kind: 'clarify', has: ['Kapan kejadiannya?'] });
    await step(s, user, 'kemarin', { kind: 'clarify', has: ['anonim'] });
    const filed = await s.say(user, 'tidak');
    expect(filed.find((l) => l.to === user)?.text).toContain('Kategori: Pungutan liar (pungli) / calo');
    expect(filed.find((l) => l.to !== user)?.text).toContain('Kategori: Pungutan liar (pungli) / calo');
  });

  it('more of the story told at a later question is added, and "tadi pagi" is today (sessions 46 and 47, field tests)', async () => {
    const s = await start();
    const user = citizen();
    await step(s, user, 'saya mau komplain, petugas loket ktp tadi pagi kasar banget', { kind: 'clarify', has: ['anonim'], not: ['Kapan kejadiannya'] });
    await step(s, user, 'oh iya satu lagi, saya juga disuruh bayar 50rb padahal katanya gratis', { kind: 'clarify', has: ['Tambahan cerita dicatat', 'anonim'], not: ['Pilih 1 atau 2'] });
    const filed = await s.say(user, 'tidak');
    const toStaff = filed.find((l) => l.to !== user)?.text ?? '';
    expect(toStaff).toContain('kasar banget');
    expect(toStaff).toContain('disuruh bayar 50rb');
    expect(toStaff).toContain('Kejadian: 2026-11-23');
  });

  it('a booking wished for with its day leaves the complaint, and a name is no time (session 47, a field test)', async () => {
    const s = await start();
    const elder = citizen();
    await step(s, elder, 'mau lapor', { kind: 'clarify', has: ['Pengaduan Anda tentang apa?'] });
    await step(s, elder, 'saya ingin mendaftar antrean perpanjangan paspor untuk hari Rabu pukul 09.00', { has: ['Pengaduan belum dikirim', /atas nama siapa/i] });
    const other = citizen();
    await step(s, other, 'mau komplain petugas loket ktp kasar', { kind: 'clarify', has: ['Kapan kejadiannya?'] });
    await step(s, other, 'Abdul Rahman', { kind: 'clarify', has: ['belum terbaca sebagai waktu', 'Kapan kejadiannya?'] });
    await step(s, other, 'senin lalu', { kind: 'clarify', has: ['anonim'] });
  });

  it('a complaint told in three messages about "loket dukcapil" is not asked its service four times (session 47, a field test)', async () => {
    const s = await start();
    const user = citizen();
    await step(s, user, 'saya mau komplain', { kind: 'clarify', has: ['Pengaduan Anda tentang apa?'] });
    await step(s, user, 'tadi saya antre dari jam 8 sampai jam 11 di loket dukcapil', { kind: 'clarify', has: ['anonim'], not: ['Terkait layanan apa?', 'Kapan kejadiannya?'] });
    await step(s, user, 'petugasnya malah main hp terus, tidak ada yang melayani', { kind: 'clarify', has: ['Tambahan cerita dicatat', 'anonim'] });
    const filed = await s.say(user, 'tidak');
    expect(filed.find((l) => l.to !== user)?.text).toContain('main hp terus');
  });
});

