/**
 * "Kapan kejadiannya?" answered the way people answer it (session 41, `npm run simulate`): "tadi pagi jam 9an" was read as a
 * booking (an hour said alone), so the complaint was dropped ("Pengaduan belum dikirim") and a booking started for 09.00; "senin
 * lalu jam 10" was filed as the coming Monday. "eh ga jadi deh, tetap aja" at "Batalkan booking ini?" was answered with the
 * opening hours.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { book, citizen, type Sim, start, step } from './chat.js';

describe('when a complaint happened, said as people say it (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"tadi pagi jam 9an" is the answer: the complaint goes on to its last question and is filed', async () => {
    const user = citizen();
    // No "tadi" here: that alone says today (session 47), and the day would not be asked.
    await step(s, user, 'saya mau komplain, petugas loket kk kasar banget', { kind: 'clarify', has: ['Kapan kejadiannya?'] });
    await step(s, user, 'tadi pagi jam 9an', { kind: 'clarify', has: ['Kirim sebagai anonim?'], not: ['belum dikirim', 'Pilih tanggal'] });
    const lines = await s.say(user, 'ga usah anonim');
    const staff = lines.find((l) => l.to !== user && l.text.includes('Pengaduan baru'));
    expect(staff?.text).toContain('Kejadian: 2026-11-23'); // "tadi" is today (session 47), a date the desk can sort by
    expect(staff?.text).toContain('Pelapor: dapat dihubungi lewat bot');
    expect(lines.find((l) => l.to === user)?.kind).toBe('complaint_received');
  });

  it('"senin lalu jam 10" is kept in the citizen\'s words, not filed as the coming Monday', async () => {
    const user = citizen();
    await step(s, user, 'mau lapor, calo di parkiran minta 300rb buat ktp cepat', { kind: 'clarify', has: ['Kapan kejadiannya?'] });
    await step(s, user, 'senin lalu jam 10', { kind: 'clarify', has: ['Kirim sebagai anonim?'] });
    const lines = await s.say(user, 'anonim aja');
    const staff = lines.find((l) => l.to !== user && l.text.includes('Pengaduan baru'));
    expect(staff?.text).toContain('Kejadian: senin lalu jam 10');
    expect(staff?.text).not.toMatch(/Kejadian: 2026/);
  });
});

describe('keeping a booking at "Batalkan booking ini?" (issue 11, conversation)', () => {
  it('"eh ga jadi deh, tetap aja" keeps it', async () => {
    const s = await start();
    const user = citizen();
    const booked = await book(s, user, 'booking ktp senin jam 9');
    await step(s, user, 'batalin', { kind: 'clarify', has: ['Batalkan booking ini?', booked.code] });
    await step(s, user, 'eh ga jadi deh, tetap aja', { kind: 'answer', has: ['tidak jadi'], not: ['Jam layanan'] });
    await step(s, user, 'cek booking', { kind: 'answer', has: [booked.code] });
  });
});
