/**
 * What to bring, asked at the booking's confirm step (session 44, `npm run simulate`): "bentar, itu perlu bawa saksi ga?" at
 * "Lanjutkan?" was met with "Mohon jawab ya atau tidak". The requirements of the service being booked are the answer, and the
 * confirm question comes again, nothing booked yet.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('what to bring, asked before confirming a booking (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"perlu bawa saksi ga?" at "Lanjutkan?" shows the requirements, then asks to confirm again', async () => {
    const user = citizen();
    await step(s, user, 'mau ambil antrian buat akta anak saya, besok siang', { kind: 'clarify', has: ['Pilih jam'] });
    await step(s, user, 'yg jam 1', { kind: 'clarify', has: ['atas nama siapa'] });
    await step(s, user, 'atas nama anak sy, Muhammad Rizky', { kind: 'clarify', has: ['Konfirmasi booking', 'Atas nama: Muhammad Rizky'] });
    await step(s, user, 'bentar, itu perlu bawa saksi ga?', { kind: 'clarify', has: ['Syarat Akta kelahiran', 'Konfirmasi booking'], not: ['Mohon jawab'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', booking: { date: '2026-11-24', time: '13:00' } });
  });
});
