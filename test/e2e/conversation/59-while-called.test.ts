/**
 * A citizen whose number is being called, or was just missed (session 42, `npm run simulate`): "saya sudah di depan loket" right
 * after "Giliran Anda!" was "that is not one of the options"; "maaf tadi ke toilet, gimana?" after the number was skipped started a
 * complaint; "saya sudah sampai" then was told there was no booking today and to take a number at the desk; and "batalin aja" was
 * told "Booking tidak ditemukan".
 */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, STAFF, start, step } from './chat.js';

describe('a citizen while their number is called (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('says where to go while called, and to report to the counter once missed', async () => {
    const user = citizen();
    await book(s, user, 'booking ktp hari ini jam 9', 'Ana Lestari');
    await step(s, STAFF, '/panggil ktp', { has: ['KTP-001'] });
    await step(s, user, 'saya sudah di depan loket', { kind: 'answer', has: ['Sedang dipanggil ke Lantai 1, loket 1–6'], not: ['tidak ada di pilihan'] });
    await step(s, STAFF, '/lewati', { has: ['tidak hadir'] });
    await step(s, user, 'maaf tadi ke toilet, gimana?', { kind: 'answer', has: ['sudah dipanggil tetapi Anda belum hadir'], not: ['Pengaduan', 'Terkait layanan'] });
    await step(s, user, 'saya sudah sampai', { kind: 'answer', has: ['KTP-001 tadi terlewat', 'Segera lapor ke Lantai 1, loket 1–6'], not: ['tidak punya booking'] });
  });

  it('"batalin aja" while called is not done in the chat, and the citizen is told whom to tell', async () => {
    const user = citizen();
    await book(s, user, 'booking kk hari ini jam 11', 'Budi Santoso');
    await step(s, user, 'nanti', {});
    await step(s, STAFF, '/panggil kk', { has: ['KK-001'] });
    await step(s, user, 'tolong batalin booking saya aja', { kind: 'answer', has: ['KK-001 sudah dipanggil hari ini', 'Sampaikan langsung ke petugas'], not: ['tidak ditemukan'] });
  });
});
