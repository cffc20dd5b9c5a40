/**
 * Session 16 (issue 11): rhetorical where-questions are grievances (intents/rhetorical.ts). Probes written for these
 * checks, not taken from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { rhetoricalWhere } from '../../intents/rhetorical.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const NOW = new Date('2027-03-01T09:00:00+07:00'); // a Monday
const understand = (text: string) => nlu.understand(text, NOW);
const shapes = (text: string) => rhetoricalWhere(nlu.understand(text, NOW).normalized);

describe('a rhetorical where', () => {
  it.each([
    'petugasnya ke mana semua',
    'ke mana sih pegawainya',
    'staf loket 3 ilang entah ke mana',
    'uang saya melayang kemana',
    'ke mana sisa duitnya',
    'empatinya di mana',
    'profesionalnya dimana ya',
    'pelayanan prima dari mananya',
  ])('"%s" is a grievance shape worth two words of judging', (text) => {
    expect(shapes(text)).toBe(2);
  });

  it.each([
    'loket kia di mana',
    'petugas bilang saya harus ke mana',
    'ke mana saya harus bayar pajak motor',
    'kursus menjahit yang bagus di mana',
    'fotokopi yang cepat dimana',
    'saya mau ke mana dulu setelah ambil nomor',
    'transfer uangnya ke mana ya buat bayar pbb',
  ])('"%s" asks the way (or where a good one is), not where a virtue went', (text) => {
    expect(shapes(text)).toBe(0);
  });
});

describe('read in a message', () => {
  it.each([
    'Loket paspor kosong dari jam 9. Petugasnya ke mana? Kami udah nunggu lama',
    'katanya pelayanan cepat. cepatnya di mana? ngurus kk dari pagi belum kelar',
    'udah bayar samsat tapi struknya kurang 50rb dari yg saya bayar. kemana sisa uangnya?',
  ])('"%s" is a complaint, not a question of the way', (text) => {
    expect(understand(text).intent).toBe('complaint');
  });

  it('a question of the way after a story is still one', () => {
    expect(understand('saya baru pertama kali ke mpp, bingung. loket kia di lantai berapa ya?').intent).toBe('location');
  });
});
