/**
 * Venting about something that is not ours (issue 11, session 6): "filmnya jelek banget, kecewa", "macet parah
 * di jalan, kesel", "aku lagi sedih dan kecewa sama pacar", "internet rumah lemot parah, indihome payah". A word
 * of judging (feelings.ts) pulls the models to `complaint` and lets the message hold more unknown words, so the
 * feeling alone made these complaints to the MPP: of 12 such hand-written probes, 10 were accepted as complaints,
 * while the dev sets' 221 complaints mostly name what they judge in our words.
 *
 * A complaint is about the MPP when it says so: a service, an agency or office word, one of the MPP's own people,
 * rooms, processes or complaint channels (OURS below), or a grievance shape (grievance.ts: waiting hours, a
 * service denied, a facility broken). Without any of those, a content word that no in-scope example has and that
 * is no word of judging names what the citizen is judging, and it is not ours. A bare feeling ("saya kesal",
 * "kecewa berat", "mbaknya judes") has no such word and stays a complaint: said to the MPP's bot, it is about the MPP.
 * A long message (a letter) keeps the usual gate: its story words are not its topic.
 */
import type { IntentName } from '../core/nlu.js';
import { AGENCY_MARKERS, AGENCY_NAMES } from './elsewhere.js';
import type { TopicWords } from './foreign-object.js';
import { grievances } from './grievance.js';
import type { Analysis } from './pipeline.js';

/**
 * What a complaint to an MPP is about, as written or stemmed, besides AGENCY_NAMES / AGENCY_MARKERS / the
 * agency words: staff, the queue and its numbers, documents and their blanks, payments asked for, the channels
 * of a complaint ("pengaduan" stems to "adu"), and places of the building. Reviewed by hand from the dev sets'
 * complaints that name no service; a word here only keeps a complaint, never makes one.
 */
const OURS = new Set(
  `petugas tugas pegawai staf staff satpam security admin operator cs pelayan layan pelayanan service mbak mba mas bapak ibu
  antre antri antrian antrean nomor panggil dipanggil berkas dokumen blanko blangko kuota syarat jadwal booking kode proses
  sistem aplikasi website calo pungli sogok suap pelicin bayar biaya tarif pungut
  adu pengaduan lapor laporan komplain keluh masyarakat ombudsman
  sini kesini sana kesana kemari situ mpp gedung ruang tunggu toilet wc parkir parkiran kursi meja informasi struk kuitansi kwitansi`.split(/\s+/),
);

/** Interjections that judge nothing: "aduh cape deh", "jujur nyesel dateng". */
const INTERJECTIONS = new Set(['aduh', 'duh', 'waduh', 'hadeh', 'hadeuh', 'astaga', 'astagfirullah', 'ampun', 'jujur', 'sumpah', 'beneran', 'serius']);

/** From this many features a message is a letter (index.ts LONG_MESSAGE). */
const LONG_MESSAGE = 10;
const WORD = /^[a-z]{2,}$/;

/** Stems of the words of judging (feelings.ts, normalised and stemmed by the analyzer). */
export interface ComplaintTopicWords extends TopicWords {
  readonly feelings: ReadonlySet<string>;
}

/** The word that puts a complaint's object outside the MPP, or null (see above). */
export function complaintElsewhere(a: Analysis, intent: IntentName, topic: ComplaintTopicWords): string | null {
  if (intent !== 'complaint' || a.service !== null || a.features.length >= LONG_MESSAGE) return null;
  const ours = ([w, stem]: readonly [string, string]): boolean =>
    OURS.has(w) || OURS.has(stem) || topic.ours.has(stem) || AGENCY_NAMES.has(w) || AGENCY_MARKERS.has(w) || AGENCY_MARKERS.has(stem);
  if (a.words.some(ours) || grievances(a) > 0) return null;
  const other = a.words.find(
    ([w, stem]) => WORD.test(w) && !INTERJECTIONS.has(w) && !topic.seen(stem) && !topic.neutral.has(stem) && !topic.feelings.has(stem) && a.features.includes(stem),
  );
  return other?.[0] ?? null;
}
