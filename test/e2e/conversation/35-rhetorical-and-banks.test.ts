/**
 * Session 16 (issue 11): a complaint asked as a rhetorical where ("petugasnya ke mana sih?? loket kosong dari tadi") got
 * the MPP's address, and a bank's own hours ("bank bni buka jam brp") got "Bank BNI tidak ada di MPP …" with our
 * opening hours; "cara klaim pensiun taspen" was answered as a question about our services, or "Maaf, saya belum paham";
 * "kode booking saya kehapus dari chat" (the proof deleted by accident) offered to cancel the booking.
 * Read turn by turn, as a citizen reads the screen. Messages written for this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { book, citizen, type Sim, start, step } from './chat.js';

describe('session 16: rhetorical where-questions, banks, other tenants, a lost proof', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('offers a complaint when our people are gone, not the way to the building', async () => {
    const user = citizen();
    await step(s, user, 'Loket KIA kosong dari pagi. Pegawainya ke mana? Kami udah duduk dari jam 8', {
      has: [/[Pp]engaduan/],
      not: ['Alamat', 'Google Maps'],
    });
    // The complaint form goes on: the story is its first answer; "barusan" says the day (session 47), so the form goes on to
    // its next question.
    await step(s, user, 'barusan, sekitar jam 10', { has: [/[Pp]engaduan|[Kk]ejadian|[Cc]eritakan|[Uu]raikan|anonim/], not: ['Alamat'] });
  });

  it('offers a complaint first for a short "where did they go" (before: out of scope)', async () => {
    const last = await step(s, citizen(), 'petugasnya pada ke mana sih??', { kind: 'clarify', options: ['Pengaduan'] });
    expect(last.options?.[0]?.label).toBe('Pengaduan');
  });

  it("names the agency a steps question was about as not here, instead of not understanding it", async () => {
    const user = citizen();
    await step(s, user, 'syarat balik nama sertifikat tanah di BPN apa aja?', { kind: 'fallback', has: ['BPN tidak ada di MPP'], not: ['belum paham', 'Syarat KTP'] });
    await step(s, user, 'cara klaim pensiun taspen gimana', { has: ['Taspen tidak ada di MPP'] });
  });

  it('sends the booking again when its proof was deleted by accident, and keeps it', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking npwp besok jam 10');
    await step(s, user, 'kode booking saya kehapus dari chat, bisa dikirim lagi?', { has: [booked.code], not: ['Batalkan booking ini?'] });
    await step(s, user, 'cek booking', { has: [booked.code], not: ['belum punya booking aktif'] });
  });

  it('still gives the way when the counter is asked for', async () => {
    const user = citizen();
    await step(s, user, 'loket kia di mana ya kak', { not: [/[Pp]engaduan/], has: [/[Ll]oket|[Ll]antai|[Aa]lamat/] });
  });

  it("says a bank's own branch is not ours, and answers our hours right after", async () => {
    const user = citizen();
    // Before: "Bank Bni Cabang tidak ada di MPP Contoh. MPP buka Senin–Kamis …", our hours as if they were the bank's.
    await step(s, user, 'bank bni cabang kota buka jam brp ya', { kind: 'fallback', not: ['Senin', 'belum paham'] });
    await step(s, user, 'kalo mpp nya buka jam berapa', { has: ['Senin'] });
  });
});
