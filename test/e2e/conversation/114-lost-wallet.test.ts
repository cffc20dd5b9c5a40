/**
 * A wallet stolen with several papers in it, and "which first?" (session 47, a field test of a pickpocketing victim): the message
 * got "Maksud Anda yang mana? [Lokasi][Alur]". The answer is an order: the police loss report first (the KTP-el's and the SIM's
 * replacements ask for it), the bank for the ATM card, then each counter here, with how to see what each needs.
 */
import { describe, expect, it } from 'vitest';

import { citizen, start, step } from './chat.js';

describe('several papers lost at once (issue 11, conversation)', () => {
  it('gives the order: the police report, the bank, then each counter', async () => {
    const s = await start();
    const victim = citizen();
    const reply = await step(s, victim, 'Tolong, dompet saya dicopet tadi di pasar. KTP, SIM, kartu ATM, dan STNK motor hilang semua. Saya harus urus yang mana dulu??', {
      kind: 'answer',
      has: ['1. Lapor ke kantor polisi terdekat', 'syarat penggantian KTP-el (KTP elektronik), SIM (Surat Izin Mengemudi)', 'Kartu ATM: blokir', 'ketik "syarat sim hilang"', 'Samsat'],
      not: ['Maksud Anda yang mana'],
    });
    expect(reply.text.indexOf('kantor polisi')).toBeLessThan(reply.text.indexOf('Lantai 1, loket 1–6'));
    await step(s, victim, 'syarat sim hilang', { kind: 'answer', has: ['Syarat Ganti SIM hilang atau rusak'] });
    // One paper lost, asked plainly, is still that paper's answer.
    await step(s, citizen(), 'ktp saya hilang syaratnya apa', { kind: 'answer', has: ['Syarat Ganti KTP-el hilang'], not: ['Urutan'] });
  });
});
