/**
 * The question word of an information request (issue 11, dev sets 1–7): "di mana", "lantai berapa", "jam berapa",
 * "berapa lama", "bayar berapa", "syaratnya". When the two models disagree, the rest of the message pulls towards
 * the errand's usual question: "pbb ne bayar di lantai berapa" read as cost (bayar), "pembayaran pbb loketnya
 * dimana" as procedure, "loket imigrasi yang buat paspor di lantai berapa" as list_services. The question word
 * says what is asked, so it decides between the information intents, and only then: a sure decision, a
 * booking, a complaint or out of scope is never changed here.
 *
 * Measured before adding (dev sets 1–7 and the test set, 4,000 messages): of the uncertain information decisions
 * with exactly one frame whose intent differed, 15 were wrong and labelled the frame's intent, none right; the
 * procedure frame, "jalan apa", "kapan jadinya" and the regional "bayar kah" added 10 more, again none right before.
 *
 * ourQuestion (below) is the same question words' second use: a message the models rejected that names one of our
 * services or our MPP is the question its word asks.
 */
import type { IntentName } from '../core/nlu.js';
import { type Decision, decision, ENTITY_ONLY_CONFIDENCE } from './decision.js';
import type { Analysis } from './pipeline.js';

/** The intents a question word can decide between: each is a kind of information about one service. */
export const INFO_INTENTS: ReadonlySet<IntentName> = new Set(['requirements', 'procedure', 'cost', 'duration', 'hours', 'location', 'list_services']);

// Not name-frame.ts NAME_FRAMES, though both name a question's frame (issue 11, session 8: nameFrame confirming its
// frame with this table instead changed 53 of 3,572 dev and test-set answers, so both stay). These are phrases that ASK ("jam buka", "di mana",
// "bayar berapa"), matched on the normalised text, for all seven kinds of information: they pick the intent, so a
// bare "buka", "ada" or "alamat" ("ganti alamat di ktp") must not match. NAME_FRAMES are single stems for three
// intents, matched on features where the name became `#nama`: they only confirm the intent the models chose, and one
// word is enough there ("taspen buka?", "bpn ada di mpp?"), which this table would miss.
// On the normalised text: "dmn", "brp", "lm", "syrtnya" already read "dimana", "berapa", "lama", "syarat".
// "alamat" is left out: "ganti alamat di ktp" is an errand, not a question of where.
const FRAMES: readonly (readonly [IntentName, RegExp])[] = [
  // "di loket mana", "sebelah mana" (session 8, dev set 8: "… bikinnya di loket mana" read as procedure)
  // English "how do i get to / there" asks the way, not a procedure (session 9, english).
  // Indonesian "cara menuju/ke", "rute", "angkutan umum apa" ask the way too (session 10, long-polite: "Bagaimana cara menuju
  // gedung MPP dengan bus dari terminal?" read as procedure). English "where" asks, "where I can …" is a relative clause
  // ("Does the MPP have a Samsat service where I can do the transfer?" asks whether it is served here).
  ['location', /\b(?:di ?mana|ke ?mana|lantai berapa|jalan apa|where(?! (?:i|we|you) (?:can|could))(?! (?:do|should|can|could) (?:i|we) (?:start|begin))|letak|lokasi|(?:loket|gedung|ruang|ruangan|counter|sebelah|bagian) mana|how (?:do i|do we|can i|to) get (?:to|there)|cara (?:menuju|ke|pergi ke|sampai (?:di|ke))|rute|angkutan (?:umum )?apa)\b/],
  // English "is the X open", "open during/on/until" (session 9, english: "is the samsat counter open during lunch break").
  // With their -nya ("Disnaker buat urus kartu kuning jam operasionalnya kapan?", session 36, dev set 226).
  ['hours', /\b(?:jam berapa|buka jam|tutup jam|jam buka|jam tutup|jam operasional(?:nya)?|jam layanan(?:nya)?|what time|opening hours|is (?:the |it |mpp )?(?:\w+ ){0,2}open|open (?:during|on|until|till|at))\b/],
  ['duration', /\b(?:berapa lama|how long|kapan (?:jadi|selesai)(?:nya)?|berapa hari)\b/],
  // "bayar kah", "bayar ki kah" (Banjar, Bugis-Makassar question particles), "bayar tidak" (ga, kagak, kada); any of the
  // Bugis-Makassar enclitics between ("bayar ji kah", session 9 dev set 10).
  // A price asked of "here" and nothing else after it ("skck di sini berapa", Javanese "mbayar pajak motor neng kene piro?";
  // session 48, dev set 357): the models read the list of services by its "di sini".
  ['cost', /\b(?:di ?sini berapa(?: (?:ya|sih|kak|min|mas|mbak|pak|bu|dong|nih|an|an ya))?\s*$|berapa biaya|biaya berapa|biayanya berapa|bayar berapa|berapa bayar|bayar (?:(?:ki|ji|mi|pi) )?(?:kah|tidak)|gratis|harga|how much|(?:ada|kena|dikenakan|dipungut) (?:biaya|denda)|cost (?:to|of|for)|what is the (?:cost|fee|price))\b/],
  // English "what is the process for", "what are the steps" (session 9, english); "how do we", "how can i" as "how do i"
  // (session 10: "How do we update the address on our Kartu Keluarga at the MPP?" read as location).
  // "where do we start" asks for the first step, not a place (session 48, dev set 367: "What's the step-by-step process, where
  // do we start?" read as location). Not "mulai dari mana": without a service it asks how to use the chat (dev sets 101, 129).
  ['procedure', /\b(?:where (?:do|should|can|could) (?:i|we) (?:start|begin)|tahapan|bagaimana (?:cara )?(?:urus|ngurus|mengurus|buat|bikin|membuat|daftar|proses)|cara (?:urus|ngurus|mengurus|buat|bikin|membuat|daftar)|langkah|alur|prosedur|how (?:do|can|should) (?:i|we)(?! get (?:to|there))|how to(?! get (?:to|there))|what is the (?:process|procedure)|what are the steps)\b/],
  // English "what do i need (to bring)" (session 9, english: "what do i need to bring to register our marriage at the KUA"),
  // "which papers", "need to prepare" (session 10).
  // What is needed, said with "butuh"/"perlu" ("ngurus skck di sini butuh apa aja?", session 48, dev set 367: the "di sini …
  // apa aja" of a question about the services here pulled it to list_services).
  ['requirements', /\b(?:syarat|syaratnya|persyaratan|dokumen apa|bawa apa|(?:butuh|perlu|dibutuhkan|diperlukan|disiapkan|siapkan|siapin) apa (?:saja|aja)|requirements|what documents|what do (?:i|we) need(?! to pay)|need to bring|(?:which|what) (?:papers|documents|dokumen)|need to prepare)\b/],
  // English "can i pay my pbb at the mpp or do i have to go somewhere else" asks whether it is served here (session 9, english).
  // Whether the MPP has a counter or a service ("apakah di MPP ini ada loket BPJS", "does this mall have an immigration
  // office", session 10): a counter said to be here, not where it is.
  ['list_services', /\b(?:somewhere else|go elsewhere|(?:can|could) (?:i|we) (?:[a-z]+ ){1,5}(?:at|in) (?:the )?mpp|di (?:mpp|sini)(?: ini)? (?:ada|tersedia|juga ada) (?:loket|layanan|pelayanan)|(?:does|do) (?:the|this|your) (?:mpp|mall|building|place) (?:have|offer))\b/],
];

/** The one information intent the message's question words ask for; null when none does, or several do. */
export function questionFrame(normalized: string): IntentName | null {
  let found: IntentName | null = null;
  for (const [intent, pattern] of FRAMES) {
    if (!pattern.test(normalized)) continue;
    if (found !== null && found !== intent) return null;
    found = intent;
  }
  return found;
}

/** The words of `normalized` that ask for `intent` ("bagaimana langkah"), or '' when its frame is not there. */
export function frameWords(normalized: string, intent: IntentName): string {
  const pattern = FRAMES.find(([i]) => i === intent)?.[1];
  return pattern?.exec(normalized)?.[0] ?? '';
}

const OUR_MPP = /\b(?:mpp|mal pelayanan)\b/;

/**
 * A question word about one of our services or our MPP, too unlike any example to pass ("kulo ajeng tanglet, mpp
 * punika bikak jam pinten": Javanese krama, most words new): the question word says what is asked. Without the
 * service or the MPP named, "jam berapa sekarang di london" and "indomaret buka jam berapa" stay out (dev sets
 * 1–7: every rejected message with a question word and one of ours named was that question, 4 of 4; the fourth named
 * another MPP, which the word check below leaves alone).
 */
export function ourQuestion(a: Analysis, knows: (word: string) => boolean): Decision | null {
  const mpp = OUR_MPP.exec(a.normalized);
  if (a.service === null && mpp === null) return null;
  // "mpp tanjung pinang …": another MPP, which nameFrame answers as an unknown place or not at all; not ours.
  const after = mpp === null ? '' : (a.normalized.slice(mpp.index + mpp[0].length).trim().split(' ')[0] ?? '');
  if (after !== '' && !knows(after)) return null;
  const framed = questionFrame(a.normalized);
  return framed === null ? null : decision(framed, ENTITY_ONLY_CONFIDENCE);
}
