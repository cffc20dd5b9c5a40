/**
 * An announcement preview let go (session 47, a field test of a supervisor's week): staff drafted "/announce ktp … tutup", were
 * pulled into the queue for 40 minutes, then tapped "Kirim": the bot answered "Sama-sama! 🙏", nothing was sent, and the
 * supervisor believed the day's bookers had been told. A "ya" with no question open now brings the unsent preview back, with
 * today's count; only a "ya" to it sends. A notice that the day is closed also points to /tutuplayanan, which stops new bookings.
 * "/announce 2026-11-24 MPP tutup …" had gone to the info subscribers only: "/announce semua TANGGAL" reaches every booker that
 * day, and a notice to subscribers says the bookers are not among them.
 */
import { describe, expect, it } from 'vitest';

import { book, citizen, STAFF, start, step } from './chat.js';

describe('an announcement preview let go (issue 11, conversation)', () => {
  it('"ya" after the preview expired shows it again, unsent, and the next "ya" sends it', async () => {
    const s = await start();
    const budi = citizen();
    await book(s, budi, 'booking ktp besok jam 9', 'Budi Santoso');
    const staff = async (text: string): Promise<string> =>
      (await s.say(STAFF, text))
        .filter((l) => l.to === STAFF)
        .map((l) => l.text)
        .join('\n');

    const preview = await staff('/announce ktp besok Layanan KTP besok tutup, server gangguan.');
    expect(preview).toContain('Pratinjau pengumuman A1');
    expect(preview).toContain('/tutuplayanan ktp 2026-11-24 ALASAN');
    await s.advance('40m');
    expect(await staff('/next ktp 1')).toContain('Tidak ada antrean ktp yang menunggu');

    const again = await staff('ya');
    expect(again).toContain('Pengumuman A1 belum terkirim');
    expect(again).toContain('1 penerima');
    expect(again).not.toContain('Sama-sama');

    const sent = await s.say(STAFF, 'ya');
    expect(sent.filter((l) => l.to === STAFF).map((l) => l.text)).toContain('✅ Pengumuman A1 dikirim ke 1 penerima. Laporan menyusul; progres: /announce status A1');
    expect(sent.find((l) => l.to === budi)?.text).toBe('Layanan KTP besok tutup, server gangguan.');
    // Sent once: a third "ya" is only thanked.
    expect(await staff('ya')).not.toContain('A1');
  });

  it('a citizen\'s "ya" with no question open is not a staff member\'s', async () => {
    const s = await start();
    const siti = citizen();
    const reply = (await s.say(siti, 'ya')).filter((l) => l.to === siti).map((l) => l.text).join('\n');
    expect(reply).not.toContain('Pengumuman');
  });

  it('"/announce semua TANGGAL" reaches everyone booked that day, and a notice to subscribers says the bookers are not among them', async () => {
    const s = await start();
    const budi = citizen();
    const siti = citizen();
    await book(s, budi, 'booking ktp besok jam 9', 'Budi Santoso');
    await book(s, siti, 'booking paspor besok jam 10', 'Siti Aminah');
    await step(s, citizen(), 'langganan pengumuman', { kind: 'answer', has: ['Anda sekarang menerima pengumuman'] });
    const staff = async (text: string): Promise<string> => (await s.say(STAFF, text)).filter((l) => l.to === STAFF).map((l) => l.text).join('\n');
    expect(await staff('/announce Besok parkir depan ditutup.')).toContain('Hanya pelanggan info yang menerima ini, bukan warga yang booking');
    await staff('tidak');
    expect(await staff('/announce semua besok Parkir depan ditutup, masuk lewat gerbang timur.')).toContain('semua warga yang booking pada Selasa, 24 November 2026: 2 penerima');
    const sent = await s.say(STAFF, 'ya');
    expect(sent.filter((l) => l.kind === 'announcement').map((l) => l.to).sort()).toEqual([budi, siti].sort());
    const card = (await s.say(siti, 'cek booking')).find((l) => l.to === siti)?.text;
    expect(card).toMatch(/Pengumuman untuk jadwal ini \(dikirim [^)]+\): Parkir depan ditutup/);
  });
});

