/**
 * Guessing is not reading (issue 13, item 12): wrong booking codes and complaint tickets count
 * per user, and after 10 wrong tries in an hour lookups by code wait. Kept per engine in memory:
 * a restart forgives, which is fine for a limit measured in an hour.
 */
import type { App, Turn } from '../app.js';
import { tr } from '../i18n.js';
import type { Reply } from '../types.js';

export const MAX_WRONG_TRIES = 10;
const WINDOW_MS = 60 * 60_000;

const misses = new WeakMap<App, Map<string, number[]>>();

function recent(app: App, turn: Turn): number[] {
  let byUser = misses.get(app);
  if (!byUser) misses.set(app, (byUser = new Map<string, number[]>()));
  const since = turn.now.getTime() - WINDOW_MS;
  const list = (byUser.get(turn.user) ?? []).filter((at) => at > since);
  if (list.length > 0) byUser.set(turn.user, list);
  else byUser.delete(turn.user);
  return list;
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

export function noteWrongGuess(app: App, turn: Turn): void {
  const list = recent(app, turn);
  misses.get(app)!.set(turn.user, [...list, turn.now.getTime()]);
}
