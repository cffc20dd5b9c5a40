/**
 * An announcement preview let go (session 47, a field test of a supervisor's week): staff drafted "/announce ktp … tutup", were
 * pulled into the queue for 40 minutes, then tapped "Kirim": the bot answered "Sama-sama! 🙏", nothing was sent, and the
 * supervisor believed the day's bookers had been told. A "ya" with no question open now brings the unsent preview back, with
 * today's count; only a "ya" to it sends. A notice that the day is closed also points to /tutuplayanan, which stops new bookings.
 */
import { describe, expect, it } from 'vitest';

import { book, citizen, STAFF, start } from './chat.js';

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
});
