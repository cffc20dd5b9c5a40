/** Reading an answer against the options that were offered: a number, the label, or the value. */
import type { App } from '../app.js';
import type { Understanding } from '../nlu.js';
import type { Choice, DayEdges } from '../session.js';

export function matchChoice(choices: readonly Choice[], text: string): Choice | undefined {
  const number = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(text)?.[1] ?? ordinal(text);
  if (number !== undefined) return choices[Number(number) - 1];
  const wanted = text.trim().toLowerCase();
  return choices.find((c) => c.value.toLowerCase() === wanted || c.label.toLowerCase() === wanted);
}

/**
 * The place of an option said in words: "yg kedua", "nomor 3", "pilihan ke-2", "the second one". The list asks for a number, and
 * "yg kedua" was "not one of the options" (session 44, `npm run simulate`).
 */
const ORDINAL = /^\s*(?:(?:yang|yg|yng|nomor|nomer|no|nmr|pilihan|opsi|option|number|the)\.?\s+)*(?:ke-?\s*(\d{1,2})|(\d{1,2})|(pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|first|second|third|fourth|fifth|sixth|seventh|eighth))(?:\s+(?:aja|saja|deh|ya|dong|kak|min|one|option|please))*\s*[.!]*\s*$/i;
const ORDINAL_WORDS = ['pertama', 'kedua', 'ketiga', 'keempat', 'kelima', 'keenam', 'ketujuh', 'kedelapan'];
const ENGLISH_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];

function ordinal(text: string): string | undefined {
  const m = ORDINAL.exec(text);
  if (!m) return undefined;
  const word = m[3]?.toLowerCase();
  if (word === undefined) return m[1] ?? m[2];
  return String(Math.max(ORDINAL_WORDS.indexOf(word), ENGLISH_ORDINALS.indexOf(word)) + 1);
}

/** "perpanjang" answering "SIM yang mana?": the variant's own words pick the option. */
export function matchVariant(app: App, choices: readonly Choice[], text: string): Choice | undefined {
  const words = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const hits = choices.filter((c) => {
    const service = c.request.service ? app.info.service(c.request.service) : undefined;
    const variant = service?.variants.find((v) => v.id === c.request.variant);
    return variant?.synonyms.some((synonym) => words.includes(` ${synonym.toLowerCase()} `));
  });
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * The variant of `serviceId` a whole message names by its id or one of its synonyms ("perpanjang" for SIM), or undefined: what
 * the name step reads as the kind of service, not a name (read-request.ts).
 */
export function variantNamed(app: App, serviceId: string, text: string): string | undefined {
  const said = text.trim().toLowerCase().replace(/[\s.!,]+$/u, '');
  const service = app.info.service(serviceId);
  return service?.variants.find((v) => v.id === said || v.synonyms.some((synonym) => synonym.toLowerCase() === said))?.id;
}

/** "ktp yg hilang" answering "KTP yang mana?": the understood service and variant pick the option. */
export function matchUnderstood(choices: readonly Choice[], u: Understanding): Choice | undefined {
  if (!u.service) return undefined;
  const hits = choices.filter((c) => c.request.service === u.service && (u.variant ? c.request.variant === u.variant : !c.request.variant));
  return hits.length === 1 ? hits[0] : undefined;
}

const FILLER = String.raw`( (aja|saja|deh|dong|ya|kak|min|please|pls))*[.!]*$`;
/** "terserah", "yang paling dekat", "whatever": the citizen leaves the pick to us; nearest to what they asked for, if anything. */
const ANY = new RegExp(String.raw`^(terserah|bebas|apa aja|apa saja|mana aja|mana saja|yang mana aja|yg mana aja|(yang |yg )?(paling )?(dekat|deket|terdekat)|any|anything|whatever|any time|anytime|the nearest|nearest)${FILLER}`, 'i');
/** "yang paling pagi aja", "earliest": the first day or time offered. */
const FIRST = new RegExp(String.raw`^((yang |yg )?(paling )?(pagi|awal|cepat|cepet)|secepatnya|sesegera mungkin|earliest|the earliest|first one|the first one|soonest|as soon as possible|asap)${FILLER}`, 'i');
/** "yang paling sore", "the latest": the last one offered. */
const LAST = new RegExp(String.raw`^((yang |yg )?(paling )?(sore|siang|akhir|terakhir|telat)|latest|the latest|last one|the last one)${FILLER}`, 'i');
const CLOCK = /^(\d{2}):(\d{2})$/;

/**
 * "terserah" at "Pilih jam" (field test, issue 11): the citizen leaves the pick to us. Only for the
 * slot options of a booking; a confirm question is never picked for. `asked`: the time the citizen asked
 * for, when it was full or closed: "terserah" then takes the free time nearest to it (the earlier of two
 * as near), not the day's first (it took 08:00 after "10.00 penuh", a field leftover of session 6).
 */
export function matchAny(choices: readonly Choice[], text: string, asked?: string | null, dayEdges?: DayEdges): Choice | undefined {
  return pickFor(choices, text, asked, dayEdges)?.choice;
}

/**
 * The option "terserah" picks, and how: nearest to the time asked for, the first, or the last. `dayEdges`: the day's first and
 * last free times, which "the earliest" and "the latest" mean when the times shown are only those nearest the one asked for.
 */
export function pickFor(
  choices: readonly Choice[],
  text: string,
  asked?: string | null,
  dayEdges?: DayEdges,
): { choice: Choice; how: 'nearest' | 'first' | 'last' } | undefined {
  const t = text.trim();
  const first = choices[0];
  const last = choices.at(-1);
  if (first === undefined || last === undefined || !choices.every((c) => c.request.intent === 'book')) return undefined;
  if (ANY.test(t)) {
    const nearest = asked ? nearestTime(choices, asked) : undefined;
    return nearest ? { choice: nearest, how: 'nearest' } : { choice: first, how: 'first' };
  }
  if (FIRST.test(t)) return { choice: dayEdges?.first ?? first, how: 'first' };
  return LAST.test(t) ? { choice: dayEdges?.last ?? last, how: 'last' } : undefined;
}

/** The time option nearest to `time`; undefined unless every option is a time. */
function nearestTime(choices: readonly Choice[], time: string): Choice | undefined {
  const target = minutes(time);
  if (target === null || !choices.every((c) => CLOCK.test(c.value))) return undefined;
  let best: Choice | undefined;
  for (const c of choices) if (best === undefined || Math.abs(minutes(c.value)! - target) < Math.abs(minutes(best.value)! - target)) best = c;
  return best;
}

function minutes(time: string): number | null {
  const match = CLOCK.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}
