/** Reading an answer against the options that were offered: a number, the label, or the value. */
import type { App } from '../app.js';
import type { Understanding } from '../nlu.js';
import type { Choice } from '../session.js';

export function matchChoice(choices: readonly Choice[], text: string): Choice | undefined {
  const number = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(text)?.[1];
  if (number !== undefined) return choices[Number(number) - 1];
  const wanted = text.trim().toLowerCase();
  return choices.find((c) => c.value.toLowerCase() === wanted || c.label.toLowerCase() === wanted);
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

/** "ktp yg hilang" answering "KTP yang mana?": the understood service and variant pick the option. */
export function matchUnderstood(choices: readonly Choice[], u: Understanding): Choice | undefined {
  if (!u.service) return undefined;
  const hits = choices.filter((c) => c.request.service === u.service && (u.variant ? c.request.variant === u.variant : !c.request.variant));
  return hits.length === 1 ? hits[0] : undefined;
}

const FILLER = String.raw`( (aja|saja|deh|dong|ya|kak|min|please|pls))*[.!]*$`;
/** "terserah", "yang paling pagi aja", "earliest": the first day or time offered, which is the nearest free one. */
const FIRST = new RegExp(String.raw`^(terserah|bebas|apa aja|apa saja|mana aja|mana saja|yang mana aja|yg mana aja|(yang |yg )?(paling )?(pagi|awal|cepat|cepet|dekat|deket)|secepatnya|sesegera mungkin|any|anything|whatever|any time|anytime|earliest|the earliest|first one|the first one|soonest|as soon as possible|asap)${FILLER}`, 'i');
/** "yang paling sore", "the latest": the last one offered. */
const LAST = new RegExp(String.raw`^((yang |yg )?(paling )?(sore|siang|akhir|terakhir|telat)|latest|the latest|last one|the last one)${FILLER}`, 'i');

/**
 * "terserah" at "Pilih jam" (field test, issue 11): the citizen leaves the pick to us. Only for the
 * slot options of a booking, where the first is the nearest free one; a confirm question is never picked for.
 */
export function matchAny(choices: readonly Choice[], text: string): Choice | undefined {
  const t = text.trim();
  if (choices.length === 0 || !choices.every((c) => c.request.intent === 'book')) return undefined;
  if (FIRST.test(t)) return choices[0];
  return LAST.test(t) ? choices.at(-1) : undefined;
}
