/** The session container: bounded, expiring in touch order, cheap at any size (issue 13 item 13). */
import { describe, expect, it } from 'vitest';

import { Sessions } from '../../core/session.js';
import type { UserKey } from '../../core/types.js';

const T0 = Date.parse('2026-11-23T03:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);
const user = (i: number): UserKey => `tg:${i}`;

/** A Date whose reads are counted: how much of the container one call looked at. */
function countingDate(ms: number) {
  const date = new Date(ms);
  let reads = 0;
  date.getTime = () => (reads++, ms);
  date.valueOf = () => (reads++, ms);
  return { date, reads: () => reads };
}

describe('Sessions', () => {
  it('keeps a session while it is used, and forgets it after 30 idle minutes', () => {
    const sessions = new Sessions();
    const s = sessions.get(user(1), at(0));
    s.service = 'ktp';
    expect(sessions.get(user(1), at(29)).service).toBe('ktp');
    expect(sessions.get(user(1), at(58)).service).toBe('ktp'); // touched at 29
    expect(sessions.get(user(1), at(88)).service).toBeUndefined();
  });

  it('drops idle sessions as time passes, whatever their number', () => {
    const sessions = new Sessions();
    for (let i = 0; i < 500; i++) sessions.get(user(i), at(0));
    for (let i = 0; i < 10; i++) sessions.get(user(i), at(20)); // still talking
    sessions.get(user(9999), at(31));
    expect(sessions.size).toBe(11);
  });

  it('does not look at every live session to create one, at 50,000 live sessions', () => {
    const sessions = new Sessions();
    for (let i = 0; i < 50_000; i++) sessions.get(user(i), at(i / 10_000)); // all within 5 minutes: none idle
    const now = countingDate(at(6).getTime());
    sessions.get(user(50_001), now.date);
    expect(sessions.size).toBe(50_001);
    expect(now.reads()).toBeLessThan(10);
  });

  it('caps the number of live sessions, dropping the least recently active first', () => {
    const sessions = new Sessions({ max: 3 });
    sessions.get(user(1), at(0)).service = 'one';
    sessions.get(user(2), at(1));
    sessions.get(user(3), at(2));
    sessions.get(user(1), at(3)); // 1 is now the most recent
    sessions.get(user(4), at(4));
    expect(sessions.size).toBe(3);
    expect(sessions.get(user(1), at(5)).service).toBe('one');
    expect(sessions.get(user(2), at(5)).service).toBeUndefined(); // 2 was dropped, this is a new one
  });

  it('remembers the language of a session that expired', () => {
    const sessions = new Sessions();
    sessions.get(user(1), at(0)).lang = 'en';
    sessions.get(user(2), at(40)); // expires user 1
    expect(sessions.get(user(1), at(41)).lang).toBe('en');
  });
});
