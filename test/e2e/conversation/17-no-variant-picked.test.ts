/**
 * Field bug 6 (issue 11): a question asked mid-booking before a kind is picked ("booking ktp", then
 * "lokasinya dimana?") was answered for the catalog's default kind, "KTP-el baru (pemula)", which the
 * citizen never chose. Now such answers are about the service, or list every kind.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

const DATES = ['Pilih tanggal:'];

describe('a question before a kind is picked is answered for the service (field bug 6)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('at the date step of a KTP booking: location names KTP-el, "boleh diwakilkan?" lists each kind, the date question comes back', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp', { kind: 'clarify', has: DATES });
    await step(s, user, 'lokasinya dimana?', { kind: 'clarify', has: ['Lokasi layanan KTP-el (KTP elektronik)', 'Lantai 1, loket 1–6', ...DATES], not: ['KTP-el baru (pemula)'] });
    await step(s, user, 'boleh diwakilkan?', { kind: 'clarify', has: ['• KTP-el baru (pemula): Tidak', '• Ganti KTP-el hilang: Tidak', ...DATES], not: ['(KTP-el baru (pemula))'] });
    await step(s, user, 'syaratnya apa?', { kind: 'clarify', has: ['KTP-el (KTP elektronik) yang mana?', ...DATES], not: ['Syarat KTP-el baru (pemula)'] });
    await step(s, user, 'kamis', { kind: 'clarify', has: ['Pilih jam pada Kamis, 26 November 2026'] });
  });

  it('at the confirm step, too: the booking has no kind yet', async () => {
    const user = citizen();
    await step(s, user, 'booking sim kamis jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: ['Konfirmasi booking:'] });
    await step(s, user, 'lokasinya dimana?', { kind: 'clarify', has: ['Lokasi layanan SIM (Surat Izin Mengemudi)', 'Konfirmasi booking:'], not: ['SIM baru'] });
  });

  it('once a kind is said, the answer is for that kind', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp hilang', { kind: 'clarify', has: DATES });
    await step(s, user, 'boleh diwakilkan?', { kind: 'clarify', has: ['(Ganti KTP-el hilang)', ...DATES] });
  });

  it('in English: "where do I go?" names the service, not "New KTP-el (first card)"', async () => {
    const user = citizen();
    await step(s, user, 'book ktp', { kind: 'clarify', has: ['Pick a date:'] });
    await step(s, user, 'where is the location?', { kind: 'clarify', has: ['Electronic ID card (KTP-el)', 'Pick a date:'], not: ['New KTP-el (first card)'] });
  });

  it('outside a booking, "lokasi ktp" names the service as well', async () => {
    await step(s, citizen(), 'lokasi ktp dimana', { kind: 'answer', has: ['Lokasi layanan KTP-el (KTP elektronik)'], not: ['KTP-el baru (pemula)'] });
  });
});
