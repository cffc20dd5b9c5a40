/**
 * "terserah" at "Pilih jam" picks a slot for the citizen (choices.ts `matchAny`); the next question (a name,
 * a confirm) does not always show the time, so one line says which was picked and why (issue 11, field test).
 */
import type { App, Turn } from '../app.js';
import { formatTime } from '../format.js';
import { tr } from '../i18n.js';
import type { Pending, Request } from '../session.js';
import type { Reply } from '../types.js';
import { matchChoice, pickFor } from './choices.js';

/** The line saying which option was picked for the citizen, or null when they picked it themselves. */
export function pickedForCitizen(app: App, turn: Turn, asked: Pending | undefined, reading: Request): Reply | null {
  if (asked?.kind !== 'booking' || asked.awaiting !== 'slot' || matchChoice(asked.choices, turn.text)) return null;
  const wanted = asked.draft.time;
  const pick = pickFor(asked.choices, turn.text, wanted, asked.dayEdges);
  if (pick?.choice.request !== reading) return null;
  const { choice } = pick;
  const { lang } = turn;
  const text = wanted && pick.how === 'nearest'
    ? tr(lang, `Saya pilihkan ${choice.label}, jam kosong yang paling dekat dengan ${formatTime(wanted, app.settings.timeZone, lang)} yang Anda minta.`, `I picked ${choice.label}, the free time nearest to the ${formatTime(wanted, app.settings.timeZone, lang)} you asked for.`)
    : tr(lang, `Saya pilihkan ${choice.label}.`, `I picked ${choice.label}.`);
  return { kind: 'answer', text };
}
