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
