/**
 * The number staff type after /skip and /done (session 46, a field test of a counter's day): with KTP-001 at Loket 1 and KTP-002
 * at Loket 2 both called, "/skip KTP-002" marked Budi absent while he stood at Loket 1, and a second "/next ktp 1" sent Rina to the
 * same counter without a word. The number typed is the one finished, one not open is refused, a bare /done with two open asks
 * which, and a second call to a counter says what is still open there.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { book, citizen, type Sim, STAFF, start, step } from './chat.js';

describe('the number staff type after /skip and /done (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  const staff = async (text: string): Promise<string> => (await s.say(STAFF, text)).filter((l) => l.to === STAFF).map((l) => l.text).join('\n');

  it('finishes the number typed, refuses one not open, and asks which when two are open', async () => {
    const budi = citizen();
    const rina = citizen();
    await book(s, budi, 'booking ktp hari ini jam 08.30', 'Budi Santoso');
    await book(s, rina, 'booking ktp hari ini jam 08.45', 'Rina Marlina');
    await s.advance('30m');
    expect(await staff('/next ktp 1')).toContain('KTP-001 — Budi Santoso → Loket 1');
    expect(await staff('/next ktp 2')).toContain('KTP-002 — Rina Marlina → Loket 2');
    expect(await staff('/done')).toMatch(/sedang memanggil 2 nomor: KTP-00\d \(Loket \d\), KTP-00\d/);
    const skipped = await s.say(STAFF, '/skip KTP-002');
    expect(skipped.find((l) => l.to === STAFF)?.text).toContain('KTP-002 ditandai tidak hadir');
    expect(skipped.some((l) => l.to === rina && l.kind === 'turn_missed')).toBe(true);
    expect(skipped.some((l) => l.to === budi)).toBe(false);
    expect(await staff('/done KTP-002')).toContain('KTP-002 tidak sedang Anda panggil. Yang sedang Anda panggil: KTP-001 (Loket 1).');
    expect(await staff('/done KTP-001')).toContain('KTP-001 selesai');
    expect(await staff('/queue ktp')).toMatch(/✅ KTP-001[^\n]*Budi Santoso[^\n]*\n⏭️ KTP-002[^\n]*Rina Marlina/);
  });

  it('a second call to the same counter says the first is still open there', async () => {
    const s2 = await start();
    await book(s2, citizen(), 'booking kk hari ini jam 08.30', 'Agus Salim');
    await book(s2, citizen(), 'booking kk hari ini jam 08.45', 'Dewi Sartika');
    await s2.advance('30m');
    await s2.say(STAFF, '/next kk 3');
    const second = (await s2.say(STAFF, '/next kk 3')).filter((l) => l.to === STAFF).map((l) => l.text).join('\n');
    expect(second).toContain('KK-002 — Dewi Sartika → Loket 3');
    expect(second).toContain('KK-001 di Loket 3 belum ditutup');
    // "/selesai" with a queue number is the counter's done, as "/done" is; with a ticket it still ends a conversation (test 73).
    expect((await s2.say(STAFF, '/selesai KK-001')).find((l) => l.to === STAFF)?.text).toContain('KK-001 selesai');
    // Typed short, as counters do: "kk2" is KK-002.
    expect((await s2.say(STAFF, '/done kk2')).find((l) => l.to === STAFF)?.text).toContain('KK-002 selesai');
  });

  it('a counter\'s /help lists only what it may use, and a complaint command says whose it is (session 46, a field test)', async () => {
    const help = await staff('/help');
    expect(help).toContain('/next LAYANAN');
    expect(help).not.toContain('/jawab ADU-0001');
    expect(await staff('/pengaduan')).toBe('Perintah /pengaduan hanya untuk petugas pengaduan dan admin. Perintah Anda: /help.');
  });

  it('an early call left open goes back to the queue after half an hour, without a survey, and is called again (session 46)', async () => {
    const s3 = await start();
    const andi = citizen();
    await book(s3, andi, 'booking ktp baru hari ini jam 14', 'Andi');
    await s3.say(STAFF, '/next ktp 2');
    const later = (await s3.advance('31m')).filter((l) => l.to === andi);
    expect(later.map((l) => l.kind)).toEqual(['turn_missed']);
    expect(later[0]!.text).toContain('jadwal Anda tetap pukul 14.00 WIB');
    await s3.advance('5h');
    const call = (await s3.say(STAFF, '/next ktp 2')).filter((l) => l.to === STAFF).map((l) => l.text).join('\n');
    expect(call).toContain('KTP-001 — Andi → Loket 2');
    // A first call without a counter sends the citizen to the agency's floor; the counter is told to name itself (session 46).
    await book(s3, citizen(), 'booking kk hari ini jam 15', 'Rina');
    const bare = (await s3.say(STAFF, '/next kk')).filter((l) => l.to === STAFF).map((l) => l.text).join('\n');
    expect(bare).toContain('Tanpa nomor loket');
    expect(bare).toContain('/next kk 2');
  });

  it('a number missed when called can be called off from home, and the counter can cancel one it is calling (session 46)', async () => {
    const s4 = await start();
    const sari = citizen();
    const budi = citizen();
    await book(s4, sari, 'booking kk hari ini jam 08.30', 'Sari Dewi');
    const budis = await book(s4, budi, 'booking kk hari ini jam 08.45', 'Budi Santoso');
    await s4.advance('30m');
    await s4.say(STAFF, '/next kk 3');
    await s4.say(STAFF, '/skip');
    await step(s4, sari, 'maaf saya ga jadi datang, batalkan saja', { kind: 'clarify', has: ['Batalkan booking ini?', 'KK-001'] });
    await step(s4, sari, 'ya', { kind: 'booking_cancelled' });
    await s4.say(STAFF, '/next kk 3');
    await s4.say(STAFF, `/batalkan ${budis.code} warga sakit`); // a preview first (session 47)
    const cancelled = (await s4.say(STAFF, 'ya')).filter((l) => l.to === STAFF).map((l) => l.text).join('\n');
    expect(cancelled).toContain(`✖️ ${budis.code} (KK-002) dibatalkan`);
    expect((await s4.say(STAFF, '/queue kk')).find((l) => l.to === STAFF)?.text).toContain('Belum ada antrean kk');
  });
});
