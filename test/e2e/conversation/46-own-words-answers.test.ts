/**
 * A booking's questions answered in the citizen's own words (session 40, tried with `npm run simulate`): Sundanese "muhun" at
 * "Lanjutkan?" was asked "ya atau tidak", "eh teu jadi, batalkeun wae" held the booking for "lanjut", "matur nuwun" and "ok"
 * under the booking card were "not one of the options", and "nggih" at "Pilih jam" was thanked for ("Sama-sama!").
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { bookingsListed, citizen, type Sim, start, step } from './chat.js';

describe('a booking\'s questions answered in the citizen\'s own words (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"muhun" books; "matur nuwun" under the booking card is thanked and leaves the booking as it is', async () => {
    const user = citizen();
    await step(s, user, 'booking kk besok jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Sri Wahyuni', { kind: 'clarify', has: ['Lanjutkan?'] });
    await step(s, user, 'muhun', { kind: 'booking_confirmed', has: ['yang mana?'], not: ['Mohon jawab'] });
    await step(s, user, 'matur nuwun', { kind: 'answer', has: ['Sama-sama', 'tetap tersimpan'], not: ['tidak ada di pilihan'] });
    expect(await bookingsListed(s, user)).toBe(1);
  });

  it('"ok kak" under the booking card acknowledges it: kept, and no thanks returned for it', async () => {
    const user = citizen();
    await step(s, user, 'booking kk besok jam 10', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Sri Wahyuni', { kind: 'clarify', has: ['Lanjutkan?'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed', has: ['yang mana?'] });
    await step(s, user, 'ok kak', { kind: 'answer', has: ['tetap tersimpan'], not: ['tidak ada di pilihan', 'Sama-sama'] });
  });

  it('"eh teu jadi, batalkeun wae" at "Lanjutkan?" books nothing and holds nothing for "lanjut"', async () => {
    const user = citizen();
    await step(s, user, 'punten bade daptar antrian ktp isukan jam 10', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Asep Sunandar', { kind: 'clarify', has: ['Lanjutkan?'] });
    await step(s, user, 'eh teu jadi, batalkeun wae', { kind: 'answer', has: ['tidak jadi dibuat'], not: ['belum disimpan', 'lanjut"'] });
    expect(await bookingsListed(s, user)).toBe(0);
  });

  it('"eh ora sido" at "Pilih jam" leaves the booking', async () => {
    const user = citizen();
    await step(s, user, 'booking paspor besok', { kind: 'clarify', has: ['Pilih jam'] });
    await step(s, user, 'eh ora sido', { kind: 'answer', has: ['tidak dilanjutkan'] });
  });

  it('"aya parkir teu?" at "Lanjutkan?" is a question, not a no; "sumuhun" then books', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp besok jam 11', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: ['Lanjutkan?'] });
    await step(s, user, 'aya parkir teu?', { kind: 'clarify', has: ['Parkir', 'Lanjutkan?'], not: ['tidak jadi dibuat'] });
    await step(s, user, 'sumuhun', { kind: 'booking_confirmed', booking: { service: 'ktp', time: '11:00' } });
  });

  it('"nggih" at "Pilih jam" asks the hour again, without thanks for it', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp besok', { kind: 'clarify', has: ['Pilih jam'] });
    await step(s, user, 'nggih', { kind: 'clarify', has: ['Pilih jam'], not: ['Sama-sama'] });
    await step(s, user, 'jam 13', { kind: 'clarify', has: ['atas nama'] });
  });
});
