import { describe, expect, it } from 'vitest';

import { dayPointedAt, rememberDay, takesDayPointedAt } from '../../core/conversation/day-follow-up.js';
import type { Understanding } from '../../core/nlu.js';
import type { Session } from '../../core/session.js';

const NOW = new Date('2026-11-23T02:00:00Z');
const FRESH_MS = 30 * 60_000;

/** What the NLU made of a message; only the parts a day follow-up reads. */
function read(part: Partial<Understanding> = {}): Understanding {
  return { intent: 'fallback', confidence: 0.6, service: null, date: null, alternatives: [], ...part } as Understanding;
}

function afterHours(date = '2026-12-24', at = NOW): Session {
  const session = { lang: 'id', fallbacks: 0, touchedAt: at.getTime() } as Session;
  rememberDay(session, 'hours', date, at);
  return session;
}

describe('dayPointedAt (a day said by pointing at the one just talked about)', () => {
  it.each([
    ['kalau besoknya?', '2026-12-25', true],
    ['lusanya gimana', '2026-12-26', true],
    ['what about the day after?', '2026-12-25', true],
    ['kalau sehari sebelumnya?', '2026-12-23', true],
    ['hari itu antrinya rame ga', '2026-12-24', false],
  ])('%s → %s (bare: %s)', (text, date, bare) => {
    expect(dayPointedAt(afterHours(), read(), text, NOW, FRESH_MS)).toMatchObject({ date, bare });
  });

  it('a bare follow-up asks what was asked of the day, unless it says what it asks', () => {
    expect(dayPointedAt(afterHours(), read(), 'kalau besoknya?', NOW, FRESH_MS)?.intent).toBe('hours');
    const booked = { lang: 'id', fallbacks: 0, touchedAt: 0 } as Session;
    rememberDay(booked, 'book', '2026-11-24', NOW);
    expect(dayPointedAt(booked, read(), 'kalau besoknya?', NOW, FRESH_MS)?.intent).toBe('book');
    expect(dayPointedAt(booked, read({ intent: 'hours', confidence: 0.8 }), 'kalau besoknya buka?', NOW, FRESH_MS)?.intent).toBe('hours');
  });

  it('"the day after tomorrow" is no day after the one talked about', () => {
    expect(dayPointedAt(afterHours(), read(), 'and the day after tomorrow?', NOW, FRESH_MS)).toBeNull();
  });

  it('a day named alone after an hours answer asks about that day; a booking asked for it does not', () => {
    const thursday = read({ intent: 'book', confidence: 0.3, date: '2026-11-26' });
    expect(dayPointedAt(afterHours(), thursday, 'kalau hari kamis?', NOW, FRESH_MS)).toEqual({ date: '2026-11-26', bare: true, intent: 'hours' });
    const booking = read({ intent: 'fallback', confidence: 0.77, date: '2026-11-30' });
    expect(dayPointedAt(afterHours(), booking, 'what about booking monday?', NOW, FRESH_MS)).toBeNull();
  });

  it('nothing is pointed at once the day is stale, or when none was talked about', () => {
    const later = new Date(NOW.getTime() + FRESH_MS);
    expect(dayPointedAt(afterHours(), read(), 'kalau besoknya?', later, FRESH_MS)).toBeNull();
    expect(dayPointedAt({ lang: 'id', fallbacks: 0, touchedAt: 0 }, read(), 'kalau besoknya?', NOW, FRESH_MS)).toBeNull();
  });

  it('a booking takes the day pointed at; a reschedule reads its own target', () => {
    expect(takesDayPointedAt('book')).toBe(true);
    expect(takesDayPointedAt('reschedule')).toBe(false);
  });
});
