import { describe, expect, it } from 'vitest';

import { seededRandom } from '../../core/booking/booking-code.js';
import { dayMs, daysBetween, instantMs, isoString, toMinutes, weekdayOf } from '../../core/local-time.js';

describe('instantMs', () => {
  it('reads stored instants as Date.parse does, including rolled-over and damaged ones', () => {
    const fixed = ['2026-11-24T11:00:00.000Z', '2024-02-29T23:59:59.999Z', '2026-02-31T00:00:00.000Z', '2026-13-01T00:00:00.000Z', '2026-11-24T24:00:00.000Z', '0099-01-01T00:00:00.000Z', '+02026-11-24T11:00:00.000Z', '2026-11-24 11:00:00.000Z', ''];
    const random = seededRandom(13);
    const fuzzed = Array.from({ length: 20_000 }, (_, i) => {
      const iso = new Date(Math.floor(random() * 4e12) - 1e12).toISOString();
      if (i % 2 === 0) return iso;
      const at = Math.floor(random() * iso.length); // one character replaced, any of 60
      return iso.slice(0, at) + String.fromCharCode(40 + Math.floor(random() * 60)) + iso.slice(at + 1);
    });
    const differ = [...fixed, ...fuzzed].filter((iso) => !Object.is(instantMs(iso), Date.parse(iso)));
    expect(differ).toEqual([]);
  });
});

describe('toMinutes', () => {
  it('reads HH:MM in place and gives the same answer as splitting on ":" for anything else (issue 13)', () => {
    const bySplit = (time: string) => {
      const [h = '0', m = '0'] = time.split(':');
      return Number(h) * 60 + Number(m);
    };
    const fixed = ['00:00', '08:30', '23:59', '99:99', '8:30', '08:3', '08:30:00', 'ab:cd', '0a:30', '08-30', '', ':', ' 8:30', '08: 3'];
    const random = seededRandom(7);
    const alphabet = '0123456789: a';
    const fuzzed = Array.from({ length: 2_000 }, () => Array.from({ length: 5 }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    for (const time of [...fixed, ...fuzzed]) expect(toMinutes(time), JSON.stringify(time)).toEqual(bySplit(time));
  });
});

describe('dayMs, daysBetween, weekdayOf', () => {
  it('read dates as Date.parse does (rolled-over, damaged and other forms included), so the slot rules answer as before (issue 13)', () => {
    const byParse = (date: string) => Date.parse(`${date}T00:00:00Z`);
    const fixed = ['2026-11-24', '2024-02-29', '2026-02-31', '2026-13-01', '2026-00-10', '2026-01-00', '0099-01-01', '1000-01-01', '+02026-11-24', '2026-1-24', '2026/11/24', '', '2026-11-24T01'];
    const random = seededRandom(17);
    const fuzzed = Array.from({ length: 20_000 }, (_, i) => {
      const date = new Date(Math.floor(random() * 4e12) - 1e12).toISOString().slice(0, 10);
      if (i % 2 === 0) return date;
      const at = Math.floor(random() * date.length); // one character replaced, any of 60
      return date.slice(0, at) + String.fromCharCode(40 + Math.floor(random() * 60)) + date.slice(at + 1);
    });
    const dates = [...fixed, ...fuzzed];
    expect(dates.filter((date) => !Object.is(dayMs(date), byParse(date)))).toEqual([]);
    const weekday = (date: string) => ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][new Date(`${date}T00:00:00Z`).getUTCDay()] ?? 'sun';
    expect(dates.filter((date) => weekdayOf(date) !== weekday(date))).toEqual([]);
    const between = (from: string, to: string) => Math.round((byParse(to) - byParse(from)) / 86_400_000);
    expect(dates.slice(1).filter((to, i) => !Object.is(daysBetween(dates[i]!, to), between(dates[i]!, to)))).toEqual([]);
  });
});

describe('isoString', () => {
  it('writes what toISOString() writes, for any instant, and throws where it throws (issue 13)', () => {
    const fixed = [0, 1, 86_399_999, 86_400_000, 951_782_400_000 /* 2000-02-29 */, 4_107_542_399_999 /* 2100-02-28T23:59:59.999Z */, 253_402_300_799_999, 253_402_300_800_000, -1, -62_198_755_200_000, 1.5, 8.64e15];
    const random = seededRandom(19);
    const fuzzed = Array.from({ length: 50_000 }, (_, i) => (i % 5 === 0 ? Math.floor(random() * 86_400_000) * 1000 : Math.floor(random() * 253_402_300_800_000)));
    expect([...fixed, ...fuzzed].filter((ms) => isoString(ms) !== new Date(ms).toISOString())).toEqual([]);
    expect(() => isoString(Number.NaN)).toThrow(RangeError);
  });
});
