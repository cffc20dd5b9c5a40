/**
 * Turn-by-turn conversation scripts for issue 10: each `step` types one message as a citizen,
 * reads what came back to that citizen (like a person reading the screen) and checks it before
 * the next message is typed. Every reply is also checked for text no citizen should see.
 */
import { expect } from 'vitest';

import type { BookingSummary, MessageKind, UserKey } from '../../../core/types.js';
import type { SimLine } from '../../../scripts/simulator.js';
import { simulation } from '../sim-harness.js';

export type Sim = Awaited<ReturnType<typeof simulation>>;

/** Monday 23 November 2026, 08:00 WIB: the MPP is open. */
export const MONDAY = '2026-11-23T08:00:00+07:00';
export const STAFF = 'tg:900' as const;

let nextUser = 5000;
/** A fresh citizen, so conversations in one simulation do not share a session. */
export function citizen(): UserKey {
  nextUser += 1;
  return `tg:${nextUser}`;
}

export function start(now = MONDAY, capacity?: number): Promise<Sim> {
  return simulation({ now, staff: [STAFF], ...(capacity ? { capacity } : {}) });
}

export interface Want {
  /** Kind of the last bubble (the one the citizen answers). */
  readonly kind?: MessageKind;
  /** Found somewhere in what the citizen received for this message. */
  readonly has?: readonly (string | RegExp)[];
  readonly not?: readonly (string | RegExp)[];
  readonly booking?: Partial<BookingSummary>;
  /** Option labels offered with the last bubble (each must be present). */
  readonly options?: readonly string[];
}

/** Internal names that must never reach a citizen (class 12). */
const INTERNAL = /\b(greeting|thanks|fallback|my_booking|list_services|overview|checkin)\b/;

export function checkCitizenText(line: SimLine): void {
  expect(line.text, 'no space before a full stop').not.toMatch(/\S \.(\s|$)/);
  expect(line.text, 'no ±0 estimate').not.toMatch(/±0\b/);
  expect(line.text, 'no "0 orang"').not.toMatch(/(^|\D)0 orang/);
  for (const option of line.options ?? []) {
    expect(option.label, 'no internal names on buttons').not.toMatch(INTERNAL);
    expect(option.label, 'options are not numbered twice').not.toMatch(/^\d+\.\s*\d+\./);
  }
}

export async function step(s: Sim, user: UserKey, text: string, want: Want): Promise<SimLine> {
  const mine = (await s.say(user, text)).filter((l) => l.to === user);
  expect(mine.length, `a reply to "${text}"`).toBeGreaterThan(0);
  const all = mine.map((l) => l.text).join('\n---\n');
  const last = mine.at(-1)!;
  mine.forEach(checkCitizenText);
  if (want.kind) expect(last.kind, `kind of the reply to "${text}":\n${all}`).toBe(want.kind);
  for (const needle of want.has ?? []) {
    if (typeof needle === 'string') expect(all, `reply to "${text}"`).toContain(needle);
    else expect(all, `reply to "${text}"`).toMatch(needle);
  }
  for (const needle of want.not ?? []) {
    if (typeof needle === 'string') expect(all, `reply to "${text}"`).not.toContain(needle);
    else expect(all, `reply to "${text}"`).not.toMatch(needle);
  }
  if (want.booking) expect(last.booking, `booking in the reply to "${text}":\n${all}`).toMatchObject(want.booking);
  for (const label of want.options ?? []) expect(last.options?.map((o) => o.label), `options of "${text}"`).toContain(label);
  return last;
}

/** How many of the citizen's bookings "cek booking" lists (an aside itself when a dialog is open). */
export async function bookingsListed(s: Sim, user: UserKey): Promise<number> {
  const lines = (await s.say(user, 'cek booking')).filter((l) => l.to === user);
  // In the chat's language: "cek booking" (two words) no longer switches an English chat to Indonesian (session 42).
  const listing = lines.find((l) => /^(Booking Anda:|Anda belum punya booking aktif|Your bookings:|You have no active booking)/.test(l.text));
  expect(listing, 'the bookings are listed').toBeDefined();
  return listing!.text.match(/Kode booking:|Booking code:/g)?.length ?? 0;
}

/** Books `service` for `user` the short way and returns the booking summary. */
export async function book(s: Sim, user: UserKey, request: string, name = 'Sari Dewi'): Promise<BookingSummary> {
  let reply = await step(s, user, request, {});
  if (reply.text.includes('atas nama')) reply = await step(s, user, name, { kind: 'clarify', has: [name] });
  const done = await step(s, user, 'ya', { kind: 'booking_confirmed' });
  return done.booking!;
}
