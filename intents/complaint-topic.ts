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
import { AGENCY_MARKERS, AGENCY_NAMES, ELSEWHERE } from './elsewhere.js';
import { grievances } from './grievance.js';
import { INTERJECTIONS } from './interjections.js';
import { HERE, OUR_PLACE } from './name-frame.js';
import type { Analysis } from './pipeline.js';
import { type TopicWords, unseenWord } from './topic-words.js';

/**
 * What a complaint to an MPP is about, as written or stemmed, besides AGENCY_NAMES / AGENCY_MARKERS / the
 * agency words: staff, the queue and its numbers, documents and their blanks, payments asked for, the channels
 * of a complaint ("pengaduan" stems to "adu"), and places of the building. Reviewed by hand from the dev sets'
 * complaints that name no service; a word here only keeps a complaint, never makes one. Being answered ("dijawab": session
 * 31, dev set 182, "saya sopan nanya, eh dijawab 'baca sendiri di papan'") is what our people did: 43 field messages with
 * it are complaints, one (a restaurant's, which othersBusiness reads) out of scope. A booking moved or called off
 * ("reschedule", "batal", "cancel") is ours too (session 36, dev set 229: "kok tega ya, udah reschedule ke rabu minggu depan
 * eh dapet sms dibatalin sepihak"), and so are the citizens our building must serve first ("kasian bapak difabel tadi ga dibantu
 * sama sekali", dev set 242: "difabel" was the unseen word that put it elsewhere).
 */
export const OURS: ReadonlySet<string> = new Set(
  `petugas tugas pegawai staf staff satpam security admin operator cs pelayan layan pelayanan service mbak mba mas bapak ibu
  antre antri antrian antrean nomor panggil dipanggil berkas dokumen blanko blangko kuota syarat jadwal booking kode proses
  sistem aplikasi website calo pungli sogok suap pelicin bayar biaya tarif pungut
  adu pengaduan lapor laporan komplain keluh masyarakat ombudsman
  dijawab dijawabnya reschedule batal cancel difabel disabilitas tunanetra tunarungu tunadaksa lansia
  sini kesini sana kesana kemari situ mpp gedung ruang tunggu toilet wc parkir parkiran kursi meja informasi struk kuitansi kwitansi`.split(/\s+/),
);


/** From this many features a message is a letter (index.ts LONG_MESSAGE). */
const LONG_MESSAGE = 10;

/** Stems of the words of judging (feelings.ts, normalised and stemmed by the analyzer). */
export interface ComplaintTopicWords extends TopicWords {
  readonly feelings: ReadonlySet<string>;
}

/**
 * Someone else's business, where a complaint happened (session 15, dev set 51: bad service told as a story, at a
 * restaurant, a cinema, on a motorbike taxi, by a courier, a dealer, one's employer or neighbour: "di restoran tadi
 * pelayannya jutek bgt", "di bioskop kursi yg saya booking … petugasnya cuek", "dealer motor janji surat2 motor beres 2
 * minggu"). Their people are "pelayan", "petugas", "sales", words OURS keeps a complaint with, and the story has the shapes of
 * ours; the place or trade says whose. ELSEWHERE's places and these trades, unless an agency, an office of the building or
 * our MPP is named too ("di warung depan mpp ada calo").
 * Session 19 (dev sets 61 and 66, worries of traders and neighbours): an apartment's manager, an arisan's organiser who ran
 * off with the money, a loan app, a phone provider, a train ticket, a credit card. Of the dev messages with these words,
 * 129 are out of scope and no complaint lacks a word of ours.
 */
const OTHERS_BUSINESS: ReadonlySet<string> = new Set([
  ...ELSEWHERE,
  ...`ojol ojek driver sopir supir angkot bus travel umroh dealer leasing ekspedisi kurir jne jnt hrd tetangga koperasi
  asuransi shopee tokopedia lazada grab gojek maxim indihome kos kost landlord courier employer neighbour neighbor airline maskapai
  apartemen arisan bandar pinjol provider kereta kai kredit`.split(/\s+/),
]);
/** Words that put the complaint in our building whatever else it names. */
export const OUR_PLACE_WORDS: ReadonlySet<string> = new Set([...OUR_PLACE, ...HERE, 'loket', 'gedung']);

/** Up to this many features a complaint is a chat story whose business othersBusiness may name. */
const STORY_FEATURES = 20;

/**
 * OURS without the words every business has (its people, its app, its payments, its queue and seats): a tout, a queue number, a blank, our
 * system being down ("izin setengah hari dari kantor cuma buat dengerin 'sistemnya lagi down pak'") put the story in the
 * MPP whatever else it names.
 */
const EVERY_BUSINESS = new Set(
  `petugas tugas pegawai staf staff pelayan layan pelayanan service mbak mba mas bapak ibu admin cs operator satpam security aplikasi
  booking bayar biaya tarif sini sana situ kesini kesana kemari website proses masyarakat antre antri antrian antrean kursi meja
  dijawab dijawabnya`.split(/\s+/),
);
const ONLY_OURS = (w: string): boolean => OURS.has(w) && !EVERY_BUSINESS.has(w);
/** Words of ELSEWHERE that are everyday words in a story: the sun ("pas matahari udah tinggi"), a garden's clothes ("baju kebun"). */
const EVERYDAY: ReadonlySet<string> = new Set(['matahari', 'hero', 'giant', 'kebun', 'binatang', 'toko', 'warung', 'sekolah']);

/** Office words every business has: "kantor tempat saya kerja", "pelayannya", "customer service bank", "counter tiket". */
const ANYONES: ReadonlySet<string> = new Set(['kantor', 'layanan', 'layan', 'bank', 'counter', 'office', 'unit', 'cabang', 'konter', 'gerai', 'resepsionis', 'receptionist', 'reception', 'lift', 'lobi', 'lobby']);

const HOSPITAL = /\brumah sakit\b/;

/** A ticket bought or booked ("booking tiket kereta", "beli tiket konser"), not a queue's ("tiket antrian"). */
const TICKET_BOUGHT = /\b(?:booking|book|pesan|pesen|beli|checkout|bayar)\s+tiket\b(?!\s+antr)/;

/** Someone else's business the complaint is about (see OTHERS_BUSINESS), or null. */
function othersBusiness(a: Analysis): string | null {
  const office = ([w]: readonly [string, string]): boolean => AGENCY_NAMES.has(w) || (AGENCY_MARKERS.has(w) && !ANYONES.has(w)) || OUR_PLACE_WORDS.has(w);
  const ours = a.words.some(([w, stem]) => ONLY_OURS(w) || ONLY_OURS(stem)) || grievances(a) > 0;
  // A hospital, in two words, whose "pelayanan" is its own and not our building's (session 30, dev set 169: "Pelayanan di rumah
  // sakit swasta kemarin jelek banget, perawatnya judes").
  if (!ours && HOSPITAL.test(a.normalized) && !a.words.some(([w]) => AGENCY_NAMES.has(w) || w === 'mpp' || w === 'mal' || w === 'loket')) return 'rumah sakit';
  if (ours || a.words.some(office)) return null;
  // "hotelnya", "restorannya": the stemmer strips -nya only from dictionary words.
  const named = a.words.map(([w]) => (w.endsWith('nya') && OTHERS_BUSINESS.has(w.slice(0, -3)) ? w.slice(0, -3) : w));
  return named.find((w) => OTHERS_BUSINESS.has(w) && !EVERYDAY.has(w)) ?? null;
}

/** The word that puts a complaint's object outside the MPP, or null (see above). */
export function complaintElsewhere(a: Analysis, intent: IntentName, topic: ComplaintTopicWords, sure = false): string | null {
  if (intent !== 'complaint' || a.service !== null) return null;
  // A ticket being bought or booked, not a queue ticket (session 31, dev set 179: "aku mau booking tiket kereta ke jogja lewat
  // aplikasi kok gagal terus ya"): its failure is the seller's, whatever grievance it tells. 75 of the 77 field messages of
  // the shape are out of scope; the other two name a service of ours, which returns above.
  if (a.features.length < STORY_FEATURES && TICKET_BOUGHT.test(a.normalized) && !a.words.some(([w]) => OUR_PLACE_WORDS.has(w))) return 'tiket';
  // A chat story, not a letter: a letter's story names the office the writer took leave from and the ojek that brought them.
  const business = a.features.length < STORY_FEATURES ? othersBusiness(a) : null;
  if (business !== null) return business;
  // A tenant our catalog does not serve, and no word of our building (session 16: "PLN padamin listrik tanpa pengumuman",
  // "air PDAM mati dari subuh 😤 lapornya ke nomor berapa"): of the dev messages naming one and no place of ours, 213 are
  // out of scope and none a complaint. "loket bank bjb di mpp lama banget" is about our building.
  const tenant = a.features.length < STORY_FEATURES ? a.words.find(([w]) => topic.otherTenants.has(w)) : undefined;
  if (tenant !== undefined && !a.words.some(([w]) => OUR_PLACE_WORDS.has(w))) return tenant[0];
  if (a.features.length >= LONG_MESSAGE) return null;
  const ours = ([w, stem]: readonly [string, string]): boolean =>
    OURS.has(w) || OURS.has(stem) || topic.ours.has(stem) || AGENCY_NAMES.has(w) || AGENCY_MARKERS.has(w) || AGENCY_MARKERS.has(stem);
  // A complaint said by a sure phrase (sure-phrases.ts) is ours: an unseen word beside it is the chat's own ("naros sae2",
  // Sundanese "asked nicely"), not a topic of someone else's (session 38, dev set 290).
  if (a.words.some(ours) || grievances(a) > 0 || sure) return null;
  return unseenWord(a, topic, { minLength: 2, skip: (w, stem) => INTERJECTIONS.has(w) || topic.feelings.has(stem) });
}
