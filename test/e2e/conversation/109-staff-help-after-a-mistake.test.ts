/**
 * Staff help as the counter reads it (session 47, a field test of a supervisor's week): the help printed after a mistyped service
 * listed /pengaduan, /jawab and /tutup, which the counter is refused, while /help did not; "/queue 2026-11-24" was "Layanan tidak
 * dikenal" though the help says the service may be left out.
 */
import { describe, expect, it } from 'vitest';

import { book, citizen, STAFF, start } from './chat.js';

describe('staff help after a mistake, and a day without a service (issue 11, conversation)', () => {
  it('lists only the counter\'s commands after a mistyped service, and "/queue DAY" gives that day\'s summary', async () => {
    const s = await start();
    await book(s, citizen(), 'booking ktp besok jam 9', 'Budi Santoso');
    const staff = async (text: string): Promise<string> => (await s.say(STAFF, text)).filter((l) => l.to === STAFF).map((l) => l.text).join('\n');
    const mistyped = await staff('/next xyz');
    expect(mistyped).toContain('Layanan tidak dikenal');
    expect(mistyped).toContain('/next NOMOR [LOKET]');
    expect(mistyped).not.toContain('/pengaduan');
    expect(await staff('/queue 2026-11-24')).toBe('Ringkasan 2026-11-24:\n• ktp: 1 nomor — menunggu 1, dipanggil 0, selesai 0, tidak hadir 0');
    expect(await staff('/queue besok')).toContain('Ringkasan 2026-11-24');
  });
});
