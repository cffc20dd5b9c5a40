/**
 * Guessing is not reading (issue 13, item 12): wrong booking codes and complaint tickets count
 * per user, and after 10 wrong tries in an hour lookups by code wait. The tries live in the
 * store's `guesses` table (one row per user, with an expiry), so a restart does not forgive a
 * guesser; the row is flushed before the "not found" reply goes out.
 */
import type { App, Turn } from '../app.js';
import { tr } from '../i18n.js';
import type { GuessLog } from '../records.js';
import type { Reply } from '../types.js';

export const MAX_WRONG_TRIES = 10;
const WINDOW_MS = 60 * 60_000;
/** Expired rows of other users are swept at most this often (they only take memory). */
const SWEEP_EVERY_MS = 10 * 60_000;

const lastSweep = new WeakMap<App, number>();

/** This user's wrong tries inside the window, oldest first (ms). */
function recent(app: App, turn: Turn): number[] {
  const since = turn.now.getTime() - WINDOW_MS;
  const row = app.store.table('guesses').get(turn.user);
  return (row?.at ?? []).map((at) => Date.parse(at)).filter((at) => at > since);
}

/** The polite refusal when this user has guessed too often, else null. */
export function tooManyGuesses(app: App, turn: Turn): Reply | null {
  const list = recent(app, turn);
  if (list.length < MAX_WRONG_TRIES) return null;
  const minutes = Math.max(1, Math.ceil((list[0]! + WINDOW_MS - turn.now.getTime()) / 60_000));
  return {
    kind: 'answer',
    text: tr(turn.lang, `Maaf, terlalu banyak kode yang tidak cocok. Demi keamanan data, coba lagi dalam ${minutes} menit, atau ketik "cek booking" untuk melihat booking Anda sendiri.`, `Sorry, too many codes did not match. To keep data safe, try again in ${minutes} minutes, or type "my booking" to see your own bookings.`),
  };
}

/** Counts one wrong try, durably: acknowledged "not found" means the try is on disk. */
export async function noteWrongGuess(app: App, turn: Turn): Promise<void> {
  const now = turn.now.getTime();
  const at = [...recent(app, turn), now].slice(-MAX_WRONG_TRIES).map((ms) => new Date(ms).toISOString());
  const row: GuessLog = { id: turn.user, at, expiresAt: new Date(now + WINDOW_MS).toISOString() };
  app.store.table('guesses').put(row);
  sweepExpired(app, now);
  await app.store.flush();
}

function sweepExpired(app: App, now: number): void {
  if (now - (lastSweep.get(app) ?? 0) < SWEEP_EVERY_MS) return;
  lastSweep.set(app, now);
  const table = app.store.table('guesses');
  const expired = [...table.values()].filter((row) => Date.parse(row.expiresAt) <= now);
  for (const row of expired) table.delete(row.id);
}
