/**
 * A complaint whose story says more than the question asked (session 42, `npm run simulate`): "petugas loket kk tadi pagi jutek
 * banget" at "Pengaduan Anda tentang apa?" was asked "Terkait layanan apa?" again, and "tadi pagi jam 10an" typed there dropped
 * the complaint unsent ("Pengaduan belum dikirim") and started a booking for 10.00.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('a complaint told ahead of its questions (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('the story\'s service and day are taken: no "Terkait layanan apa?", no "Kapan kejadiannya?"', async () => {
    const user = citizen();
    await step(s, user, 'mau komplain', { kind: 'clarify', has: ['Pengaduan Anda tentang apa?'] });
    await step(s, user, 'petugas loket kk kemarin jutek banget', { kind: 'clarify', has: ['Kirim sebagai anonim?'] });
    await step(s, user, 'tidak', { kind: 'complaint_received', has: ['Sikap/perilaku petugas'] });
  });

  it('"tadi pagi jam 10an" at "Terkait layanan apa?" is when it happened: the complaint goes on and reaches staff', async () => {
    const user = citizen();
    await step(s, user, 'mau komplain', { kind: 'clarify', has: ['Pengaduan Anda tentang apa?'] });
    await step(s, user, '1', { kind: 'clarify', has: ['Ceritakan apa yang terjadi'] });
    await step(s, user, 'saya dibentak waktu tanya syarat, padahal cuma tanya baik-baik', { kind: 'clarify', has: ['Terkait layanan apa?'] });
    await step(s, user, 'tadi pagi jam 10an', { kind: 'clarify', has: ['Terkait layanan apa?'], not: ['Pengaduan belum dikirim', 'Mau ambil antrean'] });
    await step(s, user, 'skck', { kind: 'clarify', has: ['Kirim sebagai anonim?'], not: ['Kapan kejadiannya'] });
    const lines = await s.say(user, 'tidak');
    const staff = lines.find((l) => l.to !== user && l.text.includes('Pengaduan baru'));
    expect(staff?.text).toContain('Kejadian: tadi pagi jam 10an');
    expect(staff?.text).toContain('Layanan: skck');
  });
});
