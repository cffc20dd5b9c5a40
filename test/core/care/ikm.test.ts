import { describe, expect, it } from 'vitest';

import {
  computeIkm,
  CSV_HEADER,
  filterResponses,
  formatIkm,
  gradeOf,
  type IkmInput,
  parsePeriod,
  toCsv,
} from '../../../core/care/ikm.js';
import { SKM_ELEMENTS } from '../../../core/care/skm-elements.js';
import type { SurveyResponse } from '../../../core/records.js';

type Score = 1 | 2 | 3 | 4 | null;

let nextId = 0;
function survey(scores: readonly Score[], extra: Partial<SurveyResponse> = {}): SurveyResponse {
  nextId++;
  return {
    id: `b${nextId}`,
    service: 'paspor',
    date: '2026-03-10',
    scores,
    status: 'completed',
    askedAt: '2026-03-10T05:00:00.000Z',
    ...extra,
  };
}

const all = (score: Score): Score[] => new Array<Score>(9).fill(score);

/**
 * Worked example, 5 respondents (rows) × 9 unsur (columns):
 *
 *        U1 U2 U3 U4 U5 U6 U7 U8 U9
 *   R1    4  3  3  4  3  4  4  2  3
 *   R2    3  3  2  4  3  3  4  3  3
 *   R3    4  4  3  4  4  4  4  3  4
 *   R4    3  2  3  4  3  3  3  2  3
 *   R5    4  3  2  4  3  4  4  3  4
 *   Σ    18 15 13 20 16 18 19 13 17     (Σ of all = 149)
 *   NRR 3.6 3.0 2.6 4.0 3.2 3.6 3.8 2.6 3.4   (Σ / 5)
 *
 *   Σ NRR        = 29.8
 *   IKM          = 29.8 × 1/9 = 3.31111…  → "3.3111"
 *   konversi     = 3.31111… × 25 = 82.7777… → "82.78"
 *   76.61 ≤ 82.78 ≤ 88.30 → B, "Baik"
 */
const WORKED: Score[][] = [
  [4, 3, 3, 4, 3, 4, 4, 2, 3],
  [3, 3, 2, 4, 3, 3, 4, 3, 3],
  [4, 4, 3, 4, 4, 4, 4, 3, 4],
  [3, 2, 3, 4, 3, 3, 3, 2, 3],
  [4, 3, 2, 4, 3, 4, 4, 3, 4],
];

describe('SKM_ELEMENTS', () => {
  it('lists the 9 unsur of Permenpan RB 14/2017 in order, each with 4 bilingual answers', () => {
    expect(SKM_ELEMENTS.map((e) => e.code)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
    expect(SKM_ELEMENTS.map((e) => e.name.id)).toEqual([
      'Persyaratan',
      'Sistem, Mekanisme, dan Prosedur',
      'Waktu Penyelesaian',
      'Biaya/Tarif',
      'Produk Spesifikasi Jenis Pelayanan',
      'Kompetensi Pelaksana',
      'Perilaku Pelaksana',
      'Penanganan Pengaduan, Saran dan Masukan',
      'Sarana dan Prasarana',
    ]);
    for (const element of SKM_ELEMENTS) {
      expect(element.answers).toHaveLength(4);
      expect([element.question, ...element.answers].every((t) => t.id !== '' && t.en !== '')).toBe(true);
    }
    expect(SKM_ELEMENTS[3].answers.map((a) => a.id)).toEqual(['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis']);
  });
});

describe('computeIkm', () => {
  it('gives 4.0 / 100 / A when everyone answers 4, and 1.0 / 25 / D when everyone answers 1', () => {
    const best = computeIkm([survey(all(4)), survey(all(4))]);
    expect(best).toMatchObject({ respondents: 2, ikm: 4, konversi: 100, grade: 'A', label: { id: 'Sangat baik', en: 'Very good' } });
    const worst = computeIkm([{ scores: all(1) }]);
    expect(worst).toMatchObject({ respondents: 1, ikm: 1, konversi: 25, grade: 'D', label: { id: 'Tidak baik', en: 'Not good' } });
  });

  it('follows the worked example by hand (see WORKED)', () => {
    const result = computeIkm(WORKED.map((scores) => survey(scores)));
    expect(result.respondents).toBe(5);
    expect(result.perElement.map((e) => e.answered)).toEqual(new Array<number>(9).fill(5));
    const nrr = result.perElement.map((e) => e.nrr);
    [3.6, 3.0, 2.6, 4.0, 3.2, 3.6, 3.8, 2.6, 3.4].forEach((expected, i) => expect(nrr[i]).toBeCloseTo(expected, 10));
    expect(result.ikm).toBeCloseTo(29.8 / 9, 10);
    expect(result.konversi).toBeCloseTo((29.8 / 9) * 25, 10);
    expect(result.grade).toBe('B');
    expect(result.missing).toEqual([]);
  });

  it('hits the C boundary exactly: 5 respondents, 45 scores summing to 117 → 65.00 → C', () => {
    // 117 / 5 = 23.4 = Σ NRR; 23.4 / 9 = 2.6; 2.6 × 25 = 65.00. 27 threes + 18 twos = 81 + 36 = 117.
    const rows: Score[][] = [all(3), all(3), all(3), [...all(2)], [...all(2)]];
    const result = computeIkm(rows.map((scores) => ({ scores })));
    expect(result.konversi).toBeCloseTo(65, 10);
    expect(result.grade).toBe('C');
  });

  it('grades a konversi between the bands by its 2-decimal rounding (88.3055… → 88.31 → A)', () => {
    // 79 rows summing to 32 and 21 summing to 31: Σ = 2528 + 651 = 3179 over 100 respondents.
    // IKM = 31.79 / 9 = 3.53222…, konversi = 88.30555…: above 88.30, below 88.31, rounds to 88.31.
    const high: Score[] = [4, 4, 4, 4, 4, 3, 3, 3, 3];
    const low: Score[] = [4, 4, 4, 4, 3, 3, 3, 3, 3];
    const rows = [...new Array<Score[]>(79).fill(high), ...new Array<Score[]>(21).fill(low)].map((scores) => ({ scores }));
    const result = computeIkm(rows);
    expect(result.konversi).toBeCloseTo(88.305555, 5);
    expect(result.grade).toBe('A');
  });

  it('leaves the index undefined when an unsur has no answers, naming it', () => {
    const u8Unanswered: Score[] = [4, 4, 4, 4, 4, 4, 4, null, 4];
    const result = computeIkm([survey(u8Unanswered), survey(u8Unanswered)]);
    expect(result).toMatchObject({ respondents: 2, missing: [8], ikm: null, konversi: null, grade: null, label: null });
    expect(result.perElement[7]).toEqual({ nrr: null, answered: 0 });
    expect(result.perElement[0]).toEqual({ nrr: 4, answered: 2 });
  });

  it('reports no respondents and all 9 unsur missing for no input', () => {
    const result = computeIkm([]);
    expect(result).toMatchObject({ respondents: 0, missing: [1, 2, 3, 4, 5, 6, 7, 8, 9], ikm: null, grade: null });
  });

  it('counts the answered unsur of skipped surveys, ignores surveys still being asked', () => {
    const rows = [
      survey(all(4)),
      survey(all(2)),
      // Stopped after 2 answers: counts for U1 and U2 only.
      survey([1, 1, null, null, null, null, null, null, null], { status: 'skipped' }),
      // Skipped before any answer: not a respondent.
      survey(all(null), { status: 'skipped' }),
      // Still in the chat: not counted yet.
      survey(all(1), { status: 'asked' }),
    ];
    const result = computeIkm(rows);
    expect(result.respondents).toBe(3);
    // U1: (4 + 2 + 1) / 3 = 2.3333…; U3: (4 + 2) / 2 = 3.
    expect(result.perElement[0]).toEqual({ nrr: 7 / 3, answered: 3 });
    expect(result.perElement[2]).toEqual({ nrr: 3, answered: 2 });
    // Σ NRR = 7/3 + 7/3 + 7 × 3 = 25.6666…; IKM = 2.85185…; konversi = 71.2962… → C.
    expect(result.ikm).toBeCloseTo((14 / 3 + 21) / 9, 10);
    expect(result.grade).toBe('C');
  });

  it('rejects scores outside 1–4 and rows without 9 scores, naming the survey', () => {
    const bad: IkmInput = { scores: [5, 4, 4, 4, 4, 4, 4, 4, 4] };
    expect(() => computeIkm([bad])).toThrow(/#0: score 5 is not 1–4/);
    expect(() => computeIkm([survey([4, 4] as Score[], { id: 'x1' })])).toThrow(/x1: expected 9 scores, got 2/);
    expect(() => computeIkm([{ scores: [2.5, ...all(4).slice(1)] }])).toThrow(RangeError);
  });
});

describe('gradeOf', () => {
  it('uses the exact band boundaries of the konversi column', () => {
    expect(gradeOf(100)).toBe('A');
    expect(gradeOf(88.31)).toBe('A');
    expect(gradeOf(88.3)).toBe('B');
    expect(gradeOf(76.61)).toBe('B');
    expect(gradeOf(76.6)).toBe('C');
    expect(gradeOf(65)).toBe('C');
    expect(gradeOf(64.99)).toBe('D');
    expect(gradeOf(25)).toBe('D');
  });

  it('rounds half up to 2 decimals first, despite binary floating point', () => {
    expect(gradeOf(88.305)).toBe('A');
    expect(gradeOf(88.3049)).toBe('B');
    expect(gradeOf(76.605)).toBe('B');
    expect(gradeOf(76.6049)).toBe('C');
    expect(gradeOf(64.995)).toBe('C');
    expect(gradeOf(64.9949)).toBe('D');
  });

  it('rejects values outside 25–100', () => {
    expect(() => gradeOf(24.99)).toThrow(RangeError);
    expect(() => gradeOf(100.01)).toThrow(RangeError);
    expect(() => gradeOf(Number.NaN)).toThrow(RangeError);
  });
});

describe('formatIkm', () => {
  const worked = computeIkm(WORKED.map((scores) => survey(scores)));

  it('shows NRR with 2 decimals, IKM with 4, konversi with 2 and the grade (Indonesian decimal comma)', () => {
    const text = formatIkm(worked, 'id', 'IKM Paspor, 2026-Q1');
    expect(text.split('\n')).toEqual([
      'IKM Paspor, 2026-Q1',
      'Responden: 5',
      '',
      'U1 Persyaratan: 3,60 (5 jawaban)',
      'U2 Sistem, Mekanisme, dan Prosedur: 3,00 (5 jawaban)',
      'U3 Waktu Penyelesaian: 2,60 (5 jawaban)',
      'U4 Biaya/Tarif: 4,00 (5 jawaban)',
      'U5 Produk Spesifikasi Jenis Pelayanan: 3,20 (5 jawaban)',
      'U6 Kompetensi Pelaksana: 3,60 (5 jawaban)',
      'U7 Perilaku Pelaksana: 3,80 (5 jawaban)',
      'U8 Penanganan Pengaduan, Saran dan Masukan: 2,60 (5 jawaban)',
      'U9 Sarana dan Prasarana: 3,40 (5 jawaban)',
      '',
      'IKM: 3,3111',
      'Konversi: 82,78',
      'Mutu: B (Baik)',
    ]);
  });

  it('writes English with a decimal point', () => {
    const text = formatIkm(worked, 'en', 'CSI');
    expect(text).toContain('U1 Requirements: 3.60 (5 answers)');
    expect(text).toContain('IKM: 3.3111\nConverted: 82.78\nGrade: B (Good)');
  });

  it('says why there is no index', () => {
    const partial = computeIkm([{ scores: [4, 4, 4, null, 4, 4, 4, null, 4] }]);
    const text = formatIkm(partial, 'id', 'IKM');
    expect(text).toContain('U4 Biaya/Tarif: – (belum ada jawaban)');
    expect(text).toContain('IKM belum dapat dihitung: belum ada jawaban untuk U4, U8');
    expect(formatIkm(computeIkm([]), 'en', 'CSI')).toBe('CSI\nRespondents: 0\nNo survey answers yet.');
  });
});

describe('filterResponses', () => {
  const rows = [
    survey(all(4), { service: 'paspor', date: '2026-01-01' }),
    survey(all(4), { service: 'ktp', date: '2026-03-31' }),
    survey(all(4), { service: 'paspor', date: '2026-04-01' }),
    survey(all(4), { service: 'paspor', date: '2025-12-31' }),
  ];

  it('keeps one service, a period (inclusive at both ends), or both', () => {
    expect(filterResponses(rows, { service: 'paspor' }).map((r) => r.date)).toEqual(['2026-01-01', '2026-04-01', '2025-12-31']);
    expect(filterResponses(rows, { from: '2026-01-01', to: '2026-03-31' }).map((r) => r.service)).toEqual(['paspor', 'ktp']);
    expect(filterResponses(rows, { service: 'paspor', ...parsePeriod('2026-Q1', '2026-06-01') }).map((r) => r.date)).toEqual([
      '2026-01-01',
    ]);
    expect(filterResponses(rows, {})).toHaveLength(4);
    expect(filterResponses(rows.values(), { service: 'sim' })).toEqual([]);
  });
});

describe('parsePeriod', () => {
  const today = '2026-03-15';

  it('reads years, months, quarters, ranges and single days', () => {
    expect(parsePeriod('2026', today)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(parsePeriod('2026-02', today)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(parsePeriod('2024-02', today)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(parsePeriod('2026-Q1', today)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(parsePeriod('2026-q2', today)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(parsePeriod('2026-Q4', today)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(parsePeriod('2026-01-01..2026-06-30', today)).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(parsePeriod(' 2026-01-01 .. 2026-06-30 ', today)).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(parsePeriod('2026-03-05', today)).toEqual({ from: '2026-03-05', to: '2026-03-05' });
  });

  it('reads this/last month and year relative to today, in both languages', () => {
    expect(parsePeriod('bulan ini', today)).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(parsePeriod('This  Month', today)).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(parsePeriod('tahun ini', today)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(parsePeriod('this year', today)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(parsePeriod('bulan lalu', '2026-01-10')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(parsePeriod('last month', '2024-03-31')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(parsePeriod('tahun lalu', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('returns null for anything else', () => {
    for (const text of ['', 'kemarin', '2026-13', '2026-00', '2026-Q5', '2026-02-30', '2026-06-30..2026-01-01', '26', '2026-1']) {
      expect(parsePeriod(text, today), text).toBeNull();
    }
  });

  it('rejects a malformed today (a caller bug)', () => {
    expect(() => parsePeriod('bulan ini', '15/03/2026')).toThrow(RangeError);
  });
});

describe('toCsv', () => {
  it('writes the header, then one CRLF line per response, empty cells for unanswered unsur', () => {
    const csv = toCsv([
      survey([4, 3, 2, 1, 4, 3, 2, 1, 4], { date: '2026-03-01' }),
      survey([1, 1, null, null, null, null, null, null, null], { date: '2026-03-02', status: 'skipped' }),
    ]);
    expect(CSV_HEADER).toBe('date,service,status,u1,u2,u3,u4,u5,u6,u7,u8,u9');
    expect(csv).toBe(
      'date,service,status,u1,u2,u3,u4,u5,u6,u7,u8,u9\r\n' +
        '2026-03-01,paspor,completed,4,3,2,1,4,3,2,1,4\r\n' +
        '2026-03-02,paspor,skipped,1,1,,,,,,,\r\n',
    );
    expect(toCsv([])).toBe(`${CSV_HEADER}\r\n`);
  });

  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    const line = (service: string) => toCsv([survey(all(4), { service })]).split('\r\n')[1];
    expect(line('a,b')).toBe('2026-03-10,"a,b",completed,4,4,4,4,4,4,4,4,4');
    expect(line('say "hi"')).toBe('2026-03-10,"say ""hi""",completed,4,4,4,4,4,4,4,4,4');
    expect(toCsv([survey(all(4), { service: 'a\nb' })])).toContain('"a\nb"');
    expect(line('=HYPERLINK("x")')).toBe(`2026-03-10,"'=HYPERLINK(""x"")",completed,4,4,4,4,4,4,4,4,4`);
    expect(line('-1+1')).toBe("2026-03-10,'-1+1,completed,4,4,4,4,4,4,4,4,4");
  });

  it('never writes the row id (it is the booking id, which leads to the citizen)', () => {
    const csv = toCsv([survey(all(4), { id: 'booking-secret-42' })]);
    expect(csv).not.toContain('booking-secret-42');
  });
});
