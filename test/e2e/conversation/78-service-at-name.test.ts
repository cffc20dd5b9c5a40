/**
 * A service named at "atas nama siapa?" (session 44, `npm run simulate`): "paspor baru" after "booking paspor buat ibu saya jumat
 * jam 9" became "Atas nama: paspor baru", and the real name that followed was read as asking for one's bookings ("Anda belum
 * punya booking aktif"). It says which passport, and the name is asked again. A bare "iya" there was thanked ("Sama-sama!").
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('the service named where a name is asked (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"paspor baru" at "atas nama siapa?" is no name; the name that follows is', async () => {
    const user = citizen();
    await step(s, user, 'ok sy booking paspor buat ibu saya jumat jam 9', { kind: 'clarify', has: ['atas nama siapa'] });
    await step(s, user, 'paspor baru', { kind: 'clarify', has: ['atas nama siapa'], not: ['Atas nama: paspor baru'] });
    await step(s, user, 'Sri Wahyuni', { kind: 'clarify', has: ['Paspor baru', 'Jumat, 27 November 2026, 09.00', 'Atas nama: Sri Wahyuni'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed' });
  });

  it('"iya" at "atas nama siapa?" asks for the name again, without thanking', async () => {
    const user = citizen();
    await step(s, user, 'mau bikin ktp besok jam 9', { kind: 'clarify', has: ['atas nama siapa'] });
    await step(s, user, 'iya', { kind: 'clarify', has: ['Mohon tulis nama saja', 'atas nama siapa'], not: ['Sama-sama', 'tidak ada di pilihan'] });
    await step(s, user, 'Rina Wati', { kind: 'clarify', has: ['Atas nama: Rina Wati'] });
  });
});
