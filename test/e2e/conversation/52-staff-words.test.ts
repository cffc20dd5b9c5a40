/**
 * A counter's own words for its commands (session 41, `npm run simulate`): "/panggil ktp 2" and "/antrian ktp" were "Perintah
 * tidak dikenal. Ketik /menu …", and "/menu" showed staff only what a citizen can ask. A citizen's "/antrian" stays no staff
 * command, and a stranger learns nothing of them.
 */
import { describe, expect, it } from 'vitest';

import { book, citizen, STAFF, start } from './chat.js';

describe('staff commands in the counter\'s words', () => {
  it('/panggil, /antrian, /lewati and /hariini do what /next, /queue, /skip and /today do', async () => {
    const s = await start();
    const user = citizen();
    await book(s, user, 'booking ktp hari ini jam 9');
    const to = (lines: Awaited<ReturnType<typeof s.say>>, who: string) => lines.find((l) => l.to === who);
    expect(to(await s.say(STAFF, '/antrian ktp'), STAFF)?.text).toContain('Antrean ktp hari ini');
    const called = await s.say(STAFF, '/panggil ktp 2');
    expect(to(called, user)?.text).toContain('silakan menuju Loket 2.');
    expect(to(await s.say(STAFF, '/lewati'), STAFF)?.text).toContain('ditandai tidak hadir');
    expect(to(await s.say(STAFF, '/hariini'), STAFF)?.text).toContain('tidak hadir 1');
  });

  it('"/menu" and an unknown command show staff their commands; a citizen sees neither', async () => {
    const s = await start();
    const [menu] = await s.say(STAFF, '/menu');
    expect(menu?.text).toContain('Perintah petugas');
    const [unknown] = await s.say(STAFF, '/apaini');
    expect(unknown?.text).toContain('Perintah /apaini tidak dikenal.');
    expect(unknown?.text).toContain('/next LAYANAN');
    const stranger = citizen();
    const [citizenMenu] = await s.say(stranger, '/menu');
    expect(citizenMenu?.text).not.toContain('Perintah petugas');
    const [asked] = await s.say(stranger, '/panggil ktp');
    expect(asked?.text).toContain('tidak dikenal');
    expect(asked?.text).not.toContain('/next');
  });
});
