/**
 * Whether an errand can be done at the MPP (session 9, long-polite on dev sets 7, 8 and 11): "Apakah pembayaran PBB juga dapat
 * dilakukan di Mal Pelayanan Publik?", "… dapat dilakukan di Mal Pelayanan Publik ini, karena kantor pajak daerah cukup jauh":
 * read as cost (the payment) or human (the story), though the question is which services the MPP has. "bisa/dapat" with a
 * verb of doing the errand, then "di MPP/di sini", in one sentence: on dev sets 1, 3–11 all 11 messages with that shape are
 * list_services. The MPP's spelled-out name reads as "mpp" and "mpp ini" as "sini" (mpp-name.ts), so the normalised text is
 * read.
 */
import { type Decision, decision, promoted } from './decision.js';

const DONE_HERE = /\b(?:bisa|dapat|boleh)\b (?:juga )?(?:dilakukan|diurus|dibayar|dibuat|mengurus|diproses|dilayani|membayar)\b[^.?!]{0,30}\b(?:di|ke) (?:mpp|sini)\b/;

/** Another question beside it is what is asked: "perpanjang sim bisa diurus di mpp, syaratnya apa?" asks the requirements. */
const ASKS_MORE = /\b(?:syarat|persyaratan|biaya|berapa|jam|kapan|bagaimana|cara|caranya|lama|mana)\b/;

/** The message asks whether its errand can be done at the MPP (see above); `normalized` is the analysis' normal form. */
export function asksDoneHere(normalized: string): boolean {
  return DONE_HERE.test(normalized) && !ASKS_MORE.test(normalized);
}

/** What "can X be done at the MPP" was taken for: the errand's payment (cost), its story (human, help), its steps. */
const DONE_HERE_FROM: ReadonlySet<string> = new Set(['cost', 'human', 'help', 'procedure', 'requirements', 'book']);

/** `read` turned into a question for the MPP's services when it asks whether its errand is done here; null otherwise. */
export function doneHere(normalized: string, read: Decision): Decision | null {
  return DONE_HERE_FROM.has(read.intent) && asksDoneHere(normalized) ? decision('list_services', Math.min(read.confidence, 0.49), promoted(read.alternatives, 'list_services')) : null;
}
