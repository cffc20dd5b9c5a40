/**
 * Session 11, speed (issue 11): extractDateTime skips its transforms and window search when no token can name a day
 * or time (dates.ts `mayNameDateOrTime`, DATE_WORK). The gate must never skip a message the full path
 * (`readDateTime`) finds anything in: checked on messages written here that say a day or time in the odd ways the
 * transforms exist for, on seeded random messages built from the words of every transform's and chrono's tables,
 * and on every training example.
 */
import { describe, expect, it } from 'vitest';

import { extractDateTime, mayNameDateOrTime, readDateTime, type WindowMemo } from '../../intents/dates.js';
import { trainingExamples } from '../../intents/examples/index.js';
import { splitTokens } from '../../intents/normalize.js';
import { Analyzer } from '../../intents/pipeline.js';
import { fixtureCatalog } from './fixture-catalog.js';

const NOW = new Date('2026-12-01T10:00:00+07:00');
const ZONE = 'Asia/Jakarta';
const NOTHING = { date: null, time: null, dateFromWords: false, daySpan: false, impossible: null };

const full = (tokens: readonly string[]): unknown => readDateTime(tokens, NOW, ZONE);
const gated = (tokens: readonly string[]): unknown => extractDateTime(tokens, NOW, ZONE);

describe('the date gate opens on every way of naming a day or time', () => {
  // Each is a form one of the transforms or chrono reads; most would be missed by a gate of digits and day names alone.
  const said = [
    'bisa datang tanggal dua puluh lima', // spelled day (number-words.ts)
    'saya datang dua hari lagi', // a span of days in words
    'datangnya jam delapan tiga puluh', // spelled hour and minutes
    'kalau setengah sembilan masih buka', // "setengah" with a number word
    'can i come at nine am', // English hour word (englishHoursToDigits)
    'is it open at ten tomorrow', // English hour and "tomorrow"
    'see you at noon', // chrono.en reads no digit in it (clock-phrases.ts)
    'quarter past nine ok', // quarter past, the hour spelled
    'half past 10 please',
    'mau ke sana 15-12 aja', // dashed day and month (day-month-forms.ts)
    'buka senin sampai jumat kah', // a span of weekdays (the daySpan flag)
    'buka mon thru fri', // English short day names
    'hari ini buka ga', // "hari ini" (WITH_NEXT)
    'awal bulan depan saja', // a month part
    'mungkin tahun depan', // "tahun depan"
    'tanggal 16 bulan ini', // a day of this month
    'jam tiga sore bisa', // "jam" with a number word
    'pukul sebelas', // "pukul" with a whole number word
    'selamat malam ini saya mau besok', // greeting "ini" dropped, then "besok"
    'kantor di pasar minggu buka kapan', // market day dropped (a weekday all the same)
    'datang ahad pagi', // ahad
    'the 18 th of december',
    'booking 8.30',
  ];
  for (const text of said) {
    it(`"${text}"`, () => {
      const tokens = text.split(' ');
      expect(mayNameDateOrTime(tokens)).toBe(true);
      expect(gated(tokens)).toEqual(full(tokens));
    });
  }

  it('stays shut on messages with no day or time, whose full reading is indeed empty', () => {
    for (const text of ['mau tanya syarat bikin ktp', 'terima kasih banyak pak', 'lokasi mpp dimana ya', 'how do i renew my passport', 'sore pak, ini benar kantor samsat?']) {
      const tokens = text.split(' ');
      expect(mayNameDateOrTime(tokens), text).toBe(false);
      expect(full(tokens), text).toEqual(NOTHING);
      expect(gated(tokens), text).toEqual(NOTHING);
    }
  });
});

/** Words the transforms and chrono look at, beside the gate's (so shut messages still sit in date-like contexts). */
const CONTEXT_WORDS = [
  'tanggal', 'tgl', 'date', 'lewat', 'lebih', 'kurang', 'seperempat', 'menit', 'lagi', 'past', 'to', 'at', 'am', 'pm', 'o',
  'oclock', 'pasar', 'ini', 'itu', 'selamat', 'good', 'pagi', 'siang', 'sore', 'malam', 'subuh', 'nanti', 'sampai', 'hingga', 's',
  'di', 'sd', 'through', 'from', 'ke', 'jadi', 'menjadi', 'the', 'of', 'st', 'nd', 'rd', 'th', 'next', 'last', 'this', 'ago',
  'yesterday', 'tadi', 'sekarang', 'now', 'depan', 'lalu', 'kemaren', 'dalam', 'detik', 'hour', 'hours', 'day', 'days', 'year',
  'years', 'weeks', 'months', 'morning', 'evening', 'night', 'midnight', 'wib', 'wita', 'wit', 'move', 'pindah', 'ganti',
  'dipindahkan', 'awal', 'akhir', 'pertengahan', 'tengah', 'nol', 'puluhan', 'ratus', 'ribu', 'juta', 'kali', 'orang', 'on',
  'in', 'by', 'until', 'sebelum', 'sesudah', 'setelah', 'semalam', 'kemudian', 'minggunya', 'harinya', 'jamnya', 'bln', 'thn',
  'second', 'first', 'third', 'twenty', 'thirty', 'eleventh', 'twelfth', 'a', 'an', 'dozen', 'few',
];
/** Words that open the gate: each table it is built from, and digits in several shapes. */
const OPENING_WORDS = [
  'besok', 'lusa', 'kemarin', 'minggu', 'pekan', 'senin', 'jumat', 'ahad', 'today', 'tomorrow', 'tonight', 'friday', 'fri', 'sun', 'week',
  'month', 'desember', 'des', 'may', 'setengah', 'noon', 'hari', 'bulan', 'tahun', 'jam', 'pukul', 'dua', 'belas', 'puluh',
  'sebelas', 'nine', 'twelve', 'quarter', 'half', 'constructor', '9', '10.30', '15-12', '2026', '3rd',
];
const FILLER = ['saya', 'mau', 'booking', 'ktp', 'paspor', 'tanya', 'ya', 'bisa', 'gak', 'please', 'my', 'appointment', 'mpp', 'buka'];

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the date gate against the full path on random messages', () => {
  it('a shut gate is always an empty reading, and the gated answer is always the full one', () => {
    const next = random(11);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
    let shut = 0;
    for (let n = 0; n < 20_000; n++) {
      const length = 1 + Math.floor(next() * 9);
      const tokens: string[] = [];
      for (let i = 0; i < length; i++) {
        const r = next();
        tokens.push(r < 0.55 ? pick(CONTEXT_WORDS) : r < 0.8 ? pick(FILLER) : pick(OPENING_WORDS));
      }
      if (!mayNameDateOrTime(tokens)) {
        shut++;
        expect(full(tokens), tokens.join(' ')).toEqual(NOTHING);
      }
      expect(gated(tokens), tokens.join(' ')).toEqual(full(tokens));
    }
    // Both sides of the gate were exercised.
    expect(shut).toBeGreaterThan(2_000);
    expect(shut).toBeLessThan(18_000);
  });

  it('every pair of context words (none of them opening the gate) reads nothing on the full path', () => {
    for (const a of CONTEXT_WORDS) {
      for (const b of CONTEXT_WORDS) {
        const tokens = [a, b];
        expect(mayNameDateOrTime(tokens), tokens.join(' ')).toBe(false);
        expect(full(tokens), tokens.join(' ')).toEqual(NOTHING);
      }
    }
  });
});

describe('the date gate on the training examples', () => {
  it('every example, as the pipeline normalises it, reads the same with and without the gate', () => {
    const examples = [...trainingExamples().values()].flat();
    const analyzer = new Analyzer(fixtureCatalog, ZONE, examples);
    let shut = 0;
    for (const text of examples) {
      const tokens = analyzer.analyse(text, NOW).normalized.split(' ');
      if (!mayNameDateOrTime(tokens)) {
        shut++;
        expect(full(tokens), text).toEqual(NOTHING);
      }
      expect(gated(tokens), text).toEqual(full(tokens));
    }
    expect(shut).toBeGreaterThan(examples.length / 2);
  });
});

/** splitTokens as a series of passes (its patterns before session 11's one-scan path for ASCII). */
function splitByPasses(text: string): string[] {
  let cleaned = text.slice(0, 500).toLowerCase();
  cleaned = cleaned.replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ').normalize('NFKD').replace(/\p{M}+/gu, '');
  cleaned = cleaned.replace(/[’'`]/g, '').replace(/[^a-z0-9#./:\- ]+/g, ' ').replace(/(?<![0-9])[./:]|[./:](?![0-9])|(?<![a-z0-9])-|-(?![a-z0-9])/g, ' ');
  const tokens: string[] = [];
  for (const raw of cleaned.split(' ')) {
    if (raw === '' || raw === '#') continue;
    // Session 25: a word and one digit that looks like a letter ("bicar4") is left whole, for normalizeToken to read.
    const glued = /^([a-z]{2,})2$/.test(raw) || /^[a-z]{2}\d$/.test(raw) || /^[a-z]{3,}[013457]$/.test(raw) ? null : (/^([a-z]{2,})(\d[\d.:/]*)$/.exec(raw) ?? /^(\d[\d.:/]*)([a-z]{2,})$/.exec(raw));
    if (glued?.[1] !== undefined && glued[2] !== undefined) tokens.push(glued[1], glued[2]);
    else tokens.push(raw);
  }
  return tokens;
}

describe('splitTokens in one scan (ASCII text without a link)', () => {
  // Every ASCII shape the passes treat apart: separators between digits or not, hyphens, apostrophes, '#', glued numbers.
  const PIECES = ['a', 'K', 'ktp', 'Jam', 'kirim', 'ak', ' ', ' ', '  ', '0', '1', '2', '9', '13', '2026', '.', '/', ':', '-', '--', '#', ',', '?', '!',
    "'", '`', '\n', '\t', '_', '(', ')', '"', '+', '@', '~', '\u007f', 'x2', '2x', 'e-ktp', '13.00', '27/11', 'ly-7kq2m'];
  it('answers what the passes answer on 30,000 random texts', () => {
    const next = random(29);
    for (let n = 0; n < 30_000; n++) {
      let text = '';
      const length = Math.floor(next() * 16);
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)] ?? '';
      expect(splitTokens(text), JSON.stringify(text)).toEqual(splitByPasses(text));
    }
  });

  it('answers what the passes answer on shapes written here', () => {
    for (const text of ["jum'at jam13.00", 'tgl 27/11/2026, jam 08:30.', 'e-ktp -ok- -', 'a.b 1.2 1..2 .5 5. :3 3: 1/ /1', 'ktp2 ak1 kirim2nya #kode #', 'ly - 7kq2m', '12-12 senin-jumat', 'Rp.50.000,-']) {
      expect(splitTokens(text), text).toEqual(splitByPasses(text));
    }
  });
});

describe("a message's date windows parsed once (WindowMemo)", () => {
  it('a reading through the memo, first or again, is the reading without it', () => {
    const letters = [
      'selamat pagi. saya mau booking ktp besok jam 9. terima kasih',
      'mohon maaf mengganggu, jadwal saya tanggal 3 desember pukul 10.00 mohon dipindah ke senin 7 desember',
      'can i come tomorrow at 9am? i need a passport',
      'tanggal dua puluh lima bisa? kalau tidak, akhir bulan depan',
    ];
    for (const text of letters) {
      const windows: WindowMemo = new Map();
      const whole = text.split(' ');
      const parts = text.split('. ').map((p) => p.split(' '));
      for (const tokens of [whole, ...parts, whole, ...parts]) expect(extractDateTime(tokens, NOW, ZONE, windows), tokens.join(' ')).toEqual(full(tokens));
      expect(windows.size).toBeGreaterThan(0);
    }
  });
});
