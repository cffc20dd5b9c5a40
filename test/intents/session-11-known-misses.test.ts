/**
 * Known misses since the models train on the field's messages (issue 11, session 11; docs/notes/nlu-accuracy.md
 * "Session 11"). Each of these was right before and is asserted right here with `it.fails`: the test passes while the
 * miss stands and FAILS the day it is fixed — then move the message back to the file named beside it.
 *
 * Why they were accepted rather than fixed: training on ~6,000 messages nobody on the team wrote raised every untuned
 * set we hold (blind sets 1–11 and validation sets 14–15, +0.4 to +2 points of intent, out of scope accepted halved
 * on five), and these were six messages we wrote ourselves (the letter to "bapak ibu petugas" is right again since session 12
 * and back in regional.test.ts; the NIB errand beside an online shop since session 39, back in near-miss.test.ts). The causes are known (nlu.md §29, §30): the field's
 * out-of-scope messages are near misses in our words, so a bank's or a leasing firm's word beside a service now weighs
 * toward out of scope ("rekening bca", "leasing", "toko online"), and "bapak ibu petugas" in a letter's address reads as
 * the complaint word "petugas". What the citizen sees is softer than the label: a rejected message that names a service
 * gets that service's overview (core/conversation/read-request.ts), not "I don't understand".
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const understand = (text: string) => nlu.understand(text, new Date('2026-12-02T09:00:00+07:00'));

describe('known misses since the field training (session 11)', () => {
  it.fails('near-miss.test.ts: venting about an apartment lift is out of scope', () => {
    expect(understand('lift apartemen rusak terus').intent).toBe('fallback');
  });

  it.fails('session-9-scope.test.ts: paying PBB through a bank account stays in scope', () => {
    expect(understand('bayar pbb lewat rekening bca bisa?').intent).not.toBe('fallback');
  });

  it.fails('session-9-scope.test.ts: a title transfer at Samsat with the BPKB at a leasing firm stays in scope', () => {
    expect(understand('bpkb masih di leasing, bisa balik nama di samsat?').intent).not.toBe('fallback');
  });

  it.fails('session-9-scope.test.ts: a slow MPP queue compared to a telco\'s CS is a complaint', () => {
    expect(understand('antrian di mpp lama banget kayak cs indihome').intent).toBe('complaint');
  });

  it('the rejected ones that name a service keep it, so the reply is that service\'s overview', () => {
    expect(understand('bayar pbb lewat rekening bca bisa?').service).toBe('pbb');
    expect(understand('bpkb masih di leasing, bisa balik nama di samsat?').service).toBe('samsat');
    expect(understand('nib untuk toko online di tokopedia gimana caranya').service).toBe('nib');
  });
});
