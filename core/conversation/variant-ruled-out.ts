/**
 * A variant the citizen's own words rule out (the catalog's `notWhen`): "sim c saya sudah mati sejak tahun lalu, mau booking
 * perpanjang sim" was booked as a renewal, with "SIM lama yang masih berlaku" on the checklist, and "Apakah SIM yang sudah mati
 * bisa diperpanjang?" got "Maksud Anda yang mana?" (session 47, a field test). The rule's reason comes first, then the request is
 * answered or booked for the variant that fits.
 */
import { pick } from '../i18n.js';
import type { Service, Variant } from '../schema.js';
import { request } from './request-steps.js';
import type { Step, Understood } from './step.js';
import { variantFromWording } from './variant-wording.js';

/** Questions and bookings about a variant: what the rule changes. */
const ABOUT_A_VARIANT = new Set(['book', 'requirements', 'procedure', 'cost', 'duration']);
/** "belum mati", "mau mati bulan depan", "sebelum expired": not yet, so the variant stands. */
const NOT_YET = new Set(['belum', 'blm', 'akan', 'mau', 'hampir', 'sebelum', 'bakal', 'segera', 'not', 'before', 'almost']);

export const variantRuledOutStep: Step<Understood> = async (input) => {
  const { app, turn, u } = input;
  if (turn.session.pending || !u.service || !ABOUT_A_VARIANT.has(u.intent)) return null;
  const service = app.info.service(u.service);
  const ruled = service ? ruledOut(service, u.variant, turn.text) : undefined;
  if (!ruled?.notWhen) return null;
  const rest = (await request({ ...input, u: { ...u, variant: ruled.notWhen.use } })) ?? [];
  return [{ kind: 'answer', text: `ℹ️ ${pick(ruled.notWhen.why, turn.lang)}` }, ...rest];
};

/** The variant asked for (by the NLU, or by the citizen's verb) whose `notWhen` words the message says. */
function ruledOut(service: Service, read: string | null, text: string): Variant | undefined {
  const words = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const worded = variantFromWording(service, text);
  // The citizen's own verb first ("hilang"), then the NLU's reading: each rule says why in its own terms.
  const rules = (id: string | null | undefined): Variant | undefined => service.variants.find((v) => v.id === id && v.notWhen?.words.some((w) => said(words, w.toLowerCase())));
  return rules(worded) ?? rules(read);
}

function said(words: string, phrase: string): boolean {
  for (let at = words.indexOf(` ${phrase} `); at >= 0; at = words.indexOf(` ${phrase} `, at + 1)) {
    const before = words.slice(0, at).trim().split(' ').at(-1) ?? '';
    if (!NOT_YET.has(before)) return true;
  }
  return false;
}
