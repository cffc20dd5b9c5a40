/** Class 6: names are confirmed before they are stored, and can be changed. */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, start, step } from './chat.js';

describe('names are confirmed and changeable (issue 10, class 6)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  for (const notName of ['tidak', 'batal', 'gak jadi']) {
    it(`"${notName}" at the name step leaves the booking and stores no name`, async () => {
      const user = citizen();
      await step(s, user, 'booking npwp besok jam 9', { kind: 'clarify', has: ['atas nama'] });
      await step(s, user, notName, { kind: 'answer', has: ['tidak dilanjutkan'] });
      await step(s, user, 'booking npwp besok jam 9', { kind: 'clarify', has: ['atas nama'] });
    });
  }

  it('"menu" at the name step shows the menu, not a booking for "menu"', async () => {
    const user = citizen();
    await step(s, user, 'booking npwp besok jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'menu', { kind: 'answer', has: ['Yang bisa saya bantu'], not: ['Atas nama: menu'] });
  });

  it('a date at the name step changes the date and asks the name again', async () => {
    const user = citizen();
    await step(s, user, 'booking npwp besok jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'eh kamis aja', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budi', { kind: 'clarify', has: ['Kamis, 26 November 2026', 'Atas nama: Budi'] });
  });

  // Session 39 (npm run simulate): "perpanjang" became "Atas nama: perpanjang".
  it('the kind of service at the name step sets the kind and asks the name again', async () => {
    const user = citizen();
    await step(s, user, 'booking sim besok jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'baru', { kind: 'clarify', has: ['atas nama'], not: ['Atas nama: baru'] });
    await step(s, user, 'Budi', { kind: 'clarify', has: ['SIM baru', 'Atas nama: Budi'] });
  });

  // Session 40 (npm run simulate): "eh namanya Dodi Santoso" at "Lanjutkan?" was "Mohon jawab ya atau tidak", and "atas nama anak
  // saya, Aisyah" booked "anak saya, Aisyah".
  it('"eh namanya Dodi Santoso" at the confirm step corrects the name; a remark on a name does not', async () => {
    const user = citizen();
    await step(s, user, 'booking npwp besok jam 10', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Dodi', { kind: 'clarify', has: ['Atas nama: Dodi'] });
    await step(s, user, 'eh namanya Dodi Santoso', { kind: 'clarify', has: ['Atas nama: Dodi Santoso', 'Lanjutkan?'], not: ['Mohon jawab'] });
    await step(s, user, 'namanya bagus ya botnya', { kind: 'clarify', not: ['Atas nama: bagus'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed' });
  });

  it('"atas nama anak saya, Aisyah" books under "Aisyah"', async () => {
    const user = citizen();
    await step(s, user, 'booking kia buat anak besok jam 11', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'atas nama anak saya, Aisyah', { kind: 'clarify', has: ['Atas nama: Aisyah\n'], not: ['anak saya'] });
  });

  // Session 40 (npm run simulate): the name said with the request was asked again, and "betul" then became the name.
  it('a name said with the request is taken; "betul" at the name step is no name', async () => {
    const user = citizen();
    await step(s, user, 'mau antri npwp besok jam 13 buat bapak saya, namanya Slamet Riyadi', { kind: 'clarify', has: ['Atas nama: Slamet Riyadi', 'Lanjutkan?'], not: ['atas nama siapa'] });
    const other = citizen();
    await step(s, other, 'booking npwp besok jam 14', { kind: 'clarify', has: ['atas nama'] });
    await step(s, other, 'betul', { kind: 'clarify', has: ['Mohon tulis nama saja'], not: ['Atas nama: betul'] });
  });

  it('"ganti nama" at the confirm step asks again and shows the new name; a declined booking stores no name', async () => {
    const user = citizen();
    await step(s, user, 'booking npwp besok jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budy', { kind: 'clarify', has: ['Atas nama: Budy'] });
    await step(s, user, 'ganti nama', { kind: 'clarify', has: ['nama yang benar'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: ['Atas nama: Budi Santoso'] });
    await step(s, user, 'tidak', { kind: 'answer', has: ['tidak jadi dibuat'] });
    // Nothing was confirmed, so the name is asked again.
    await step(s, user, 'booking npwp besok jam 9', { kind: 'clarify', has: ['atas nama'] });
  });

  it('"ganti nama" later asks, confirms, and renames the active booking', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking npwp besok jam 13', 'Siti');
    await step(s, user, 'ganti nama', { kind: 'clarify', has: ['sekarang: Siti'] });
    await step(s, user, 'Siti Aminah', { kind: 'clarify', has: ['Ganti nama menjadi "Siti Aminah"?'] });
    await step(s, user, 'ya', { kind: 'answer', has: ['Siti Aminah'] });
    await step(s, user, 'cek booking', { kind: 'answer', has: [booked.code] });
  });

  it('"ganti nama di ktp" is a KTP question, not a rename', async () => {
    const user = citizen();
    await step(s, user, 'syarat ganti nama di ktp', { kind: 'answer', has: ['KTP'], not: ['nama yang benar'] });
  });
});
