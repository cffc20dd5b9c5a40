/**
 * Out-of-scope near misses (issue 11): a service question's frame ("cara …", "syarat …", "harga …",
 * "berapa lama …") around a topic that is not an MPP service: "cara bikin kue", "syarat jadi tiktokers
 * terkenal", "harga iphone terbaru", "cara perpanjang masa aktif kartu xl". The models read the frame and
 * answer procedure / requirements / cost / duration; the topic word, which no in-scope example has,
 * only lowers the coverage a little (one unknown word in five still passes the gate).
 *
 * Per frame, not per message: the refusal applies only when
 * - the answer is one of the service-question intents (SERVICE_FRAMES): an unknown name in an hours,
 *   location or "is X here" frame stays in scope as `unknownPlace` / `unknownAgency` (index.ts nameFrame);
 * - no service was named, and no agency or MPP word ("dukcapil", "loket", "petugas") says the topic is ours;
 * - the message holds a content word that no in-scope example has (a function word never counts, nor a
 *   word of the catalog's variants: "kalau yang baru pertama kali caranya gimana" asks about a variant of
 *   the service in the conversation. So "cara daftar sekolah online" passes, "sekolah" being a word of
 *   kia's "anak sekolah"; counting variant words as foreign refused such follow-ups).
 * A follow-up with no object ("biayanya brp?", "syaratnya apa aja", "kalau yang hilang gimana") has no
 * such word and stays in scope: the engine fills the service in from the conversation. A long message
 * (a letter with a story around its question) keeps the usual gate: its story words are not its topic.
 *
 * An earlier version refused every unsure service question holding an unknown word (whatever the
 * service or agency) and rejected in-scope messages: hence the conditions above. Measured in session 4:
 * the same rule on the booking family (book, cancel, reschedule, my_booking) rejects their own messages
 * ("nomer antrianku piro yo, lali aku", "titip tempat buat besok pagi"), dev set 3 96.5 → 93.3 %, so it stays
 * on the four service-question frames.
 */
import type { IntentName } from '../core/nlu.js';
import { AGENCY_NAMES } from './elsewhere.js';
import { ENGLISH_WORDS } from './english.js';
import { DamerauLevenshteinDistance, rootWords } from './natural.js';
import type { Analysis } from './pipeline.js';
import { type TopicWords, unseenWord } from './topic-words.js';

export type { TopicWords } from './topic-words.js';

/** Intents that answer a question about a service; without a service their topic must be ours. */
export const SERVICE_FRAMES: ReadonlySet<IntentName> = new Set(['procedure', 'requirements', 'cost', 'duration']);

/** From this many features a message is a letter: its story words are not its topic (index.ts LONG_MESSAGE). */
const LONG_MESSAGE = 10;


/** Shortest word that may be a misspelt service name ("npwb" for npwp): shorter ones are too close to everything. */
const MIN_MISSPELT = 4;

function misspeltService(word: string, names: ReadonlySet<string>): boolean {
  if (word.length < MIN_MISSPELT) return false;
  for (const name of names) if (Math.abs(name.length - word.length) <= 1 && name.length >= MIN_MISSPELT - 1 && DamerauLevenshteinDistance(word, name) <= 1) return true;
  return false;
}

/**
 * A how-to question the models took for a complaint ("hp saya lemot, gimana cara bersihin memori", "cara
 * menurunkan berat badan cepat": a word of judging or of trouble pulls them there) is a procedure frame: its
 * topic decides (session 5). A complaint about the manner of service ("cara petugasnya ngomong kasar") has
 * only words our complaint examples know, so it keeps its answer.
 */
function howToTakenForComplaint(a: Analysis, intent: IntentName): boolean {
  return intent === 'complaint' && a.words.some(([w]) => w === 'cara');
}


/** A question naming another tenant's errand may run this long (features) before it reads as a letter. */
const TENANT_QUESTION = 16;

/** Words before the name of an app or a programme ("aplikasi SiPanda", "program Bedah Rumah Sejahtera"). */
const PROGRAMME_MARKERS = new Set(['aplikasi', 'program', 'app', 'programme']);

/**
 * The name of a local app or programme after "aplikasi" / "program" (session 7: "aplikasi SiPanda itu gimana cara
 * daftarnya", "cara daftar program Bedah Rumah Sejahtera dari pemkot"): a word that is no Indonesian root nor English
 * ("sipanda", "jaknot"), or one written with a capital. Regions name their service apps and programmes; a common word
 * after the marker is a kind of programme, not one's name ("program diet", "aplikasi kamera"), and apps of another
 * domain are refused by name (other-domain.ts). Null when there is none.
 */
export function programmeName(a: Analysis): string | null {
  const at = a.words.findIndex(([w], i) => i > 0 && PROGRAMME_MARKERS.has(a.words[i - 1]?.[0] ?? '') && NAME_WORD.test(w) && (!(rootWords.has(w) || ENGLISH_WORDS.has(w)) || capitalized(a.raw, w)));
  return at < 0 ? null : (a.words[at]?.[0] ?? null);
}
const NAME_WORD = /^[a-z]{3,}$/;

/**
 * `word` is written with a capital where no sentence starts ("cara daftar program Bedah Rumah"), or with one inside it
 * ("SiPanda"): the writer marks a name. Only asked for a common word after a programme marker: rare, so not cached.
 */
function capitalized(raw: string, word: string): boolean {
  const tokens = raw.split(/\s+/);
  return tokens.some((token, i) => {
    const letters = token.replace(/[^A-Za-z]/g, '');
    if (letters.toLowerCase() !== word) return false;
    return /[a-z][A-Z]/.test(letters) || (i > 0 && /^[A-Z]/.test(letters) && !/[.!?]$/.test(tokens[i - 1] ?? ''));
  });
}

/** The first content word of a service question that names a topic none of ours, or null (see above). */
export function foreignObject(a: Analysis, intent: IntentName, topic: TopicWords): string | null {
  if (!(SERVICE_FRAMES.has(intent) || howToTakenForComplaint(a, intent)) || a.service !== null || a.features.length >= TENANT_QUESTION) return null;
  if (programmeName(a) !== null) return null;
  // An agency MPPs host that this catalog does not serve names the topic not ours, whatever else the question holds
  // ("syarat balik nama sertifikat tanah di BPN", "cara klaim pensiun taspen"; elsewhere.ts OTHER_TENANTS, session 16).
  // Past a short question too (session 35, dev sets 32–49: "gimana cara ngurus sertifikat tanah warisan ke BPN, step by
  // step", "How long does it take BPN to issue a land certificate?"), though not in a letter, which keeps its gate.
  const tenant = a.words.find(([w]) => topic.otherTenants.has(w));
  if (tenant !== undefined) return tenant[0];
  if (a.features.length >= LONG_MESSAGE) return null;
  // A listed agency or programme MPPs host names the topic ours ("syarat daftar kartu prakerja", "syarat dapat bantuan
  // pkh": session 6), as an agency word does.
  if (a.words.some(([w, stem]) => topic.ours.has(stem) || topic.ours.has(w) || AGENCY_NAMES.has(w))) return null;
  const foreign = unseenWord(a, topic, { minLength: 2 });
  // "npwb bisa langsung jadi?": a service misspelt is still a question about it (the engine asks which one).
  return foreign === null || misspeltService(foreign, topic.serviceNames) ? null : foreign;
}
