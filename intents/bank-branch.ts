/**
 * A bank's own hours or whereabouts (session 16, dev sets 17–55: "bank bca buka sampe jam berapa ya", "Bank Mandiri buka
 * sabtu gak", "jam buka bank papua cabang abepura", "what time does the bank next door close"). Banks are in AGENCY_NAMES
 * because many MPPs host a bank's counter, so a name frame took every bank for an agency we lack and answered our hours.
 * Writers who never saw our examples label a bank's hours out of scope 51 times in 52 unless the question ties the bank to
 * the MPP ("bank bjb di mpp buka jam brp", "loket bank jatim buka jam berapa": 13 of 13 hours): the branch in town is the
 * bank's business, its counter in our building is ours. index.ts answers the first out of scope.
 */
import type { IntentName } from '../core/nlu.js';
import { AGENCY_NAMES, BANKS } from './elsewhere.js';
import { HERE, NEAR, OUR_PLACE } from './name-frame.js';
import type { Analysis } from './pipeline.js';

/** "bank" and the banks a chat names without it; "mandiri" ("pendaftaran mandiri", self-service) and the regions only after "bank". */
export const BANK: ReadonlySet<string> = new Set(['bank', ...BANKS]);

/** Banks and the regions of regional banks, as AGENCY_NAMES holds them: none of them ties the question to an agency of ours. */
const BANKING_NAMES = new Set([...BANK, 'mandiri', 'jatim', 'jateng', 'jabar', 'kalsel', 'kalteng', 'kaltim', 'sulselbar', 'sultra', 'sulteng', 'papua', 'dki']);

/** A counter's words before the bank ("loket bank bjb", "gerai bri"): the bank's desk in a building like ours. */
const COUNTER = new Set(['loket', 'gerai', 'konter', 'counter', 'desk', 'meja']);

const PLACE_INTENTS: ReadonlySet<IntentName> = new Set(['hours', 'location']);
/** The words a bank's customer service is named by, right before the bank ("cs bank mandiri"). */
const CUSTOMER_SERVICE = new Set(['cs', 'service']);

/** The bank whose own branch an hours or location question asks about, or null when the question ties it to us. */
export function bankBranch(a: Analysis, intent: IntentName): string | null {
  if (a.service !== null) return null;
  const w = a.words;
  const bank = w.findIndex(([word]) => BANK.has(word));
  if (bank < 0) return null;
  // The bank's customer service asked for (session 31, dev set 180: "Kartu ATM saya ketelen mesin. CS Bank Mandiri bisa
  // dihubungi lewat mana?"): its people, not ours (five field messages of six; the sixth says "bukan CS bank").
  const theirPeople = intent === 'human' && CUSTOMER_SERVICE.has(w[bank - 1]?.[0] ?? '') && !w.some(([word]) => word === 'bukan');
  if (!PLACE_INTENTS.has(intent) && !theirPeople) return null;
  if (COUNTER.has(w[bank - 1]?.[0] ?? '')) return null;
  for (let i = 0; i < w.length; i++) {
    const word = w[i]?.[0] ?? '';
    // "bank sebelah mpp" is beside our building, not in it; "bank bri cabang sini" is the town's branch (session 31, dev
    // set 180: "Bank BRI cabang sini besok buka jam berapa ya?"), "bank kalsel cabang mpp" the counter in ours.
    const near = NEAR.has(w[i - 1]?.[0] ?? '') || (w[i - 1]?.[0] === 'cabang' && HERE.has(word));
    if ((OUR_PLACE.has(word) || HERE.has(word)) && !near) return null;
    // Another agency beside the bank ("bank mandiri taspen", "bank bjb buat bayar samsat") is what the question is about.
    if (AGENCY_NAMES.has(word) && !BANKING_NAMES.has(word)) return null;
  }
  return w[bank]?.[0] ?? null;
}
