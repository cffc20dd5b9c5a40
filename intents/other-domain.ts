/**
 * Out-of-scope near misses that name a service (issue 11, session 5): the service word sits inside a topic
 * that is no public service: a game ("di sims 4 cara nambah anggota kartu keluarga", "skin paspor di game"),
 * an app or social network ("cara edit foto ktp buat upload ig", "id card panitia di canva", "verifikasi akun
 * e-wallet pakai ktp"), a pet ("paspor kucing"), cooking ("kue ktp"). foreign-object.ts cannot see these: it
 * leaves every message with a service alone, and the gate lets a named service through whatever else the
 * message says (a story around a service is usual: "nib buat usaha warung", Banjar "gasan sabuting keluarga").
 * So the evidence here is not "a word no example has" but a word that names the other domain.
 *
 * Hand-made list of domain words, as written (not stemmed: "tugas" is the stem of "petugas"), each a word that
 * has no sense in an MPP errand: game titles and game words, apps and social networks by their own names, photo
 * editing and posting, e-wallet brands, pets, baking. Left out on purpose: words with an MPP sense ("aplikasi",
 * "akun": the IKD and OSS accounts; "online", "foto", "upload" and "edit" (M-Paspor uploads, "edit data kk"),
 * "template" (of a statement letter), "premium", "konten" and "youtuber" (a creator's NIB), "wa", "email";
 * "dana" is also funds, "cat" is paint, "ml" is too short).
 * Session 6 (dev set 6 out of scope): online shops and food delivery by name, and a parcel's "resi" ("status pesanan
 * shopee saya kok belum dikirim" read as my_booking: the booking family is checked too); a contest ("syarat ikut
 * lomba panjat pinang"); school homework by its subject and kind ("tugas pkn: jelaskan fungsi ktp"; not "tugas",
 * the stem of "petugas", nor "sekolah": kia's "anak sekolah").
 * A complaint keeps them ("petugasnya kasar, saya viralkan di tiktok"), and so do help and people; so does a message
 * naming an agency MPPs host ("karantina hewan ada di mpp": "hewan" is left out for it too).
 */
import type { IntentName } from '../core/nlu.js';
import { AGENCY_NAMES, ELSEWHERE } from './elsewhere.js';
import type { Analysis } from './pipeline.js';
import { COMPLAINT_WORDS, FRAME_WORDS, OVER_AGENCY_WORDS } from './topic-domain.js';


/*
 * Session 7 (dev sets 1 and 5 out of scope, and probes written for it): school enrolment (PPDB, "cara daftar sekolah online":
 * "sekolah" alone is kia's "anak sekolah", so only after a verb of enrolling), online loans ("pinjol", OJK's domain), the
 * DANA e-wallet ("verifikasi akun dana premium pake ktp": "dana" alone is funds, so only beside an account word), and a
 * phone assistant's wake phrase ("ok google": said to the phone, not to us), a notary's deed ("akta notaris pendirian pt":
 * "akta" alone is ours), a wedding party and renting ("biaya sewa gedung buat resepsi nikah", dev set 7).
 */
const ENROL = new Set(['daftar', 'pendaftaran', 'masuk']);
const SCHOOLS = new Set(['sekolah', 'sd', 'smp', 'sma', 'smk', 'tk', 'paud', 'kuliah', 'kampus', 'universitas', 'pesantren']);
const WALLET = new Set(['akun', 'premium', 'saldo', 'topup', 'top', 'aplikasi', 'apk']);
const ASSISTANTS = new Set(['google', 'siri', 'alexa', 'cortana', 'bixby']);
const WAKE = new Set(['oke', 'ok', 'halo', 'hai', 'hey', 'hei']);

function pairedDomain(a: Analysis): string | null {
  const w = a.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i]?.[0] ?? '';
    // "daftar sekolah", "daftar ulang sekolah" (dev set 7)
    if (ENROL.has(word) && (SCHOOLS.has(w[i + 1]?.[0] ?? '') || SCHOOLS.has(w[i + 2]?.[0] ?? ''))) return word;
    if (word === 'dana' && (WALLET.has(w[i - 1]?.[0] ?? '') || WALLET.has(w[i + 1]?.[0] ?? ''))) return word;
  }
  return null;
}

/**
 * A queue slot asked for one of our services: the school it is for is the reason, not the errand ("bisa reservasi antrean
 * KIA? anak sy mau masuk TK dan diminta KIA"; session 20, dev set 72). "daftar sekolah sd" names no service of ours.
 */
const QUEUE_WORDS = new Set(['antre', 'antrian', 'antrean', 'booking', 'reservasi', 'jadwal']);

function queuedFor(a: Analysis): boolean {
  return a.service !== null && a.words.some(([w, stem]) => QUEUE_WORDS.has(w) || QUEUE_WORDS.has(stem));
}

/** "ok google", "hey siri": a wake phrase and nothing else. */
export function wakePhrase(a: Analysis): boolean {
  return a.words.length === 2 && WAKE.has(a.words[0]?.[0] ?? '') && ASSISTANTS.has(a.words[1]?.[0] ?? '');
}

/**
 * Schoolwork and contests have no complaint sense either ("tugas pkn: jelaskan fungsi ktp" drew complaint from the
 * "tugas" of "petugas"), so they refuse a complaint too; so does "tugas" before a word of school ("tugas sekolah: buat
 * contoh surat pindah").
 */
const SCHOOLWORK = new Set(['lomba', 'pkn', 'ppkn', 'makalah', 'skripsi']);
const SCHOOL = new Set(['sekolah', 'kuliah', 'kampus', 'kelompok', 'akhir', 'guru', 'dosen']);

function schoolwork(a: Analysis): string | null {
  const found = a.words.find(([w], i) => (SCHOOLWORK.has(w) && !contestFor(a, w)) || (w === 'tugas' && SCHOOL.has(a.words[i + 1]?.[0] ?? '')));
  return found?.[0] ?? null;
}

/**
 * A contest beside a service of ours is why the citizen needs it (session 39: "anak saya mau ikut lomba dan butuh KIA … bikinnya
 * lama ga ya?", "Saya cuma mau bayar PBB, bukan ikut lomba lari." were put out of scope by the contest): of the 54 dev and test
 * messages with "lomba", 11 name a service of ours and 10 of those are ours. A contest's own registration names none
 * (sure-phrases.ts NEVER_OURS).
 */
function contestFor(a: Analysis, word: string): boolean {
  return word === 'lomba' && a.service !== null;
}

/**
 * A service done abroad (session 6, dev set 6: "cara perpanjang driving licence di australia, aku lagi kerja di
 * perth"): "di" before a foreign country or city, or "di luar negeri", puts the errand at an embassy or a foreign
 * office, not at an MPP. "ke" does not ("paspor buat ke jepang" is ours: the trip is why one needs it). Countries and
 * cities Indonesians live and work in, by the names chat uses.
 */
const ABROAD = new Set(
  `malaysia singapura singapore brunei thailand filipina vietnam jepang japan korea china tiongkok taiwan hongkong arab saudi
  mekah makkah madinah dubai uae qatar kuwait australia amerika usa inggris london belanda jerman perancis prancis eropa kanada
  turki mesir india perth sydney melbourne tokyo osaka seoul kualalumpur johor sabah sarawak penang`.split(/\s+/),
);

/**
 * Who is abroad, not where the errand is done: "orang tuanya sedang bekerja di luar negeri, jadi saya yang mengurus
 * KIA", "mengunjungi anak saya di luar negeri" (long letters on dev sets 3 and 4) ask about an errand here.
 */
// Session 20 (dev set 70, home for Lebaran): "saya seorang pekerja migran di Malaysia yang sedang pulang kampung",
// "TKI di Malaysia", "merantau di Johor".
const STORY_BEFORE = new Set([
  'kerja', 'bekerja', 'tinggal', 'sekolah', 'kuliah', 'saya', 'aku', 'anak', 'sedang', 'lagi', 'berada', 'ada', 'masih',
  'migran', 'tki', 'tkw', 'pmi', 'bmi', 'merantau', 'rantau', 'perantau',
  // Session 33 (dev set 200, migrant workers and their families): working said in the regional languages (Banjar bagawi,
  // Sasak and Banjar begawe, Javanese kerjo and nyambut gawe), the family member who is there ("suami saya di Malaysia",
  // "anak ku di Sabah", the clitic written apart).
  'bagawi', 'begawe', 'kerjo', 'gawe', 'ku', 'suami', 'istri', 'kami',
  // Session 37 (dev set 260): a birth, death or marriage that happened abroad ("akta kelahiran anak yg lahir di luar negeri"),
  // which Dukcapil records here once the family is home.
  'lahir', 'dilahirkan', 'meninggal', 'wafat', 'nikah', 'menikah', 'kawin',
  // Session 38 (dev sets 287 and 302, documents for study and work abroad): a job, studies, an internship or a posting there
  // ("melamar pekerjaan di luar negeri", "magang di Korea", "baru kembali dari studi di Inggris"): 7 fixed, none broken. Not
  // Sundanese "damel" (to work), which the lexicon reads as Javanese krama "damel" (to make), "buat": making it abroad is an
  // errand there.
  'pekerjaan', 'studi', 'magang', 'bertugas', 'tugas', 'pendidikan',
  // Session 42: training, a course or a scholarship there (STUDY_OR_WORK).
  'pelatihan', 'kursus', 'training', 'beasiswa',
]);

/**
 * Study or work abroad with one word between it and the place (session 39, dev set 295: "melanjutkan studi S1 di Jepang",
 * "menempuh pendidikan di Australia", two passport letters put out of scope by the country).
 */
// Session 42 (dev set 337: "berapa lama … paspor selesai dicetak, karena saya berencana mengikuti pelatihan keperawatan di luar
// negeri" put out of scope): training, a course or a scholarship there, as studies are; 2 of 2 field messages ask about ours.
const STUDY_OR_WORK: ReadonlySet<string> = new Set(['studi', 'kuliah', 'sekolah', 'pendidikan', 'magang', 'kerja', 'bekerja', 'pekerjaan', 'pelatihan', 'kursus', 'training', 'beasiswa']);

/** The foreign place after "di" (not in a story of who is there), or null. Reads the normalised text: a service's span may hold the "di". */
function abroad(a: Analysis): string | null {
  if (!a.normalized.includes(' di ')) return null;
  const t = a.normalized.split(' ');
  // "… mendaftar NPWP di MPP ini": the errand is placed here, whoever is abroad in the story.
  if (t.some((w, i) => t[i - 1] === 'di' && (w === 'mpp' || w === 'sini'))) return null;
  for (let i = 2; i < t.length; i++) {
    if (t[i - 1] !== 'di' || STORY_BEFORE.has(t[i - 2] ?? '') || STUDY_OR_WORK.has(t[i - 3] ?? '')) continue;
    const w = t[i] ?? '';
    if (ABROAD.has(w) || (w === 'luar' && t[i + 1] === 'negeri')) return w;
  }
  return null;
}

/**
 * Another country's visa asked about (session 35, dev sets 27–173: "How long does an Australian tourist visa take to process at
 * the embassy?", "what's the visa requirement for Indonesians going to Japan?", "how much is a visa on arrival for Thailand"):
 * the embassy's business. Of the field's 54 messages with "visa", every one asked of us names a service of ours (the SKCK or
 * the passport the visa needs, a booking for it), so only a message naming none, nor our immigration office, is refused.
 */
function foreignVisa(a: Analysis): string | null {
  return a.service === null && a.words.some(([w]) => w === 'visa') && !a.words.some(([w]) => OURS.has(w)) ? 'visa' : null;
}

/**
 * A job applied for, asked in English (session 35, dev sets 12, 27, 34, 44: "What are the requirements to apply for a job at
 * Unilever?", "I applied for a job at a nickel smelter … How long do they usually take to reply?"): the employer's process.
 * Only an information question naming no service of ours: "SKCK for a job application" asks about ours, and a booking moved
 * "because of my new job" is still the citizen's booking.
 */
const JOB_WORDS = new Set(['job', 'jobs', 'vacancy', 'vacancies', 'recruitment', 'hiring']);
const INFORMATION: ReadonlySet<IntentName> = new Set(['requirements', 'procedure', 'cost', 'duration']);
function jobAsked(a: Analysis, intent: IntentName): string | null {
  return a.service === null && INFORMATION.has(intent) && a.words.some(([w]) => JOB_WORDS.has(w)) ? 'job' : null;
}

/**
 * Another country's passport (session 35, dev sets 44 and 148: "How do I renew my UK passport from Indonesia?", "I'm a US
 * citizen and my passport expires in May, where do I go?", "paspor malaysia suami saya hilang"): its embassy's, though our
 * passport service is named. A foreign citizen asking about our other services ("a British citizen married to an Indonesian
 * … my wife's family card") is still ours: only the passport is refused.
 */
const NATIONALITY = String.raw`(?:us|uk|british|american|australian|malaysian|singaporean|dutch|german|french|japanese|korean|indian|filipino|canadian|italian|spanish|chinese|thai|vietnamese|new zealand)`;
const COUNTRY = String.raw`(?:malaysia|singapura|singapore|amerika|inggris|australia|belanda|jerman|jepang|korea|filipina|thailand|vietnam|india)`;
const FOREIGN_PASSPORT = new RegExp(String.raw`\b${NATIONALITY} passport\b|\bpaspor ${COUNTRY}\b|\b${NATIONALITY} citizen\b.{0,40}\bmy passport\b`, 'i');
const PASSPORT_ASKED: ReadonlySet<IntentName> = new Set(['procedure', 'requirements', 'cost', 'duration', 'location', 'hours', 'list_services']);
function foreignPassport(a: Analysis): boolean {
  return a.service === 'paspor' && FOREIGN_PASSPORT.test(a.raw);
}

/** Words that say the MPP itself is meant: "info syarat ktp ada di ig mpp?" asks about the MPP's own account. */
const OURS = new Set(['mpp', 'mal', 'pelayanan', 'layani', 'dukcapil', 'disdukcapil', 'imigrasi', 'samsat', 'polres', 'kua']);

/** Intents whose question a service word in another domain only seems to ask (complaint, help, people keep theirs). */
const ASKED_ABOUT_A_SERVICE: ReadonlySet<IntentName> = new Set([
  'procedure', 'requirements', 'cost', 'duration', 'list_services', 'book', 'my_booking', 'cancel', 'reschedule',
]);

/** The booking family: a booking of a place no MPP is ("booking hotel buat besok", "reservasi salon") is none of ours. */
const BOOKING: ReadonlySet<IntentName> = new Set(['book', 'my_booking', 'cancel', 'reschedule']);

/**
 * A business the citizen runs (session 6, found by the language-side engineer and `classify`): "syarat nib buat usaha
 * kue", "jualan di shopee perlu nib ga", a letter from "ibu rumah tangga yang jualan kue" asking for an NPWP. Small
 * traders are whom NIB and NPWP are for, and what they sell or where (cakes, an online shop) is exactly the domain
 * words above. With a service named and a word of trading, those words describe the business, not another topic.
 */
const TRADE = new Set(['usaha', 'jualan', 'jual', 'berjualan', 'dagang', 'dagangan', 'berdagang', 'umkm', 'ukm', 'bisnis', 'toko', 'olshop', 'seller', 'reseller', 'warung', 'produksi', 'pirt', 'katering', 'catering']);

function trading(a: Analysis): boolean {
  return a.service !== null && a.words.some(([w, stem]) => TRADE.has(w) || TRADE.has(stem));
}

/**
 * Travel bookings (session 8, dev set 9: "kode booking tiket kereta saya hilang gimana" was my_booking): a train, plane,
 * ship or bus ticket, or a travel app, in the booking family without a service. Not for the service questions: "paspor
 * buat naik pesawat" and "pajak bus" are ours, and "tiket" alone could be a queue ticket.
 */
const TRAVEL = new Set(['kereta', 'krl', 'kai', 'pesawat', 'penerbangan', 'flight', 'kapal', 'pelni', 'travel', 'traveloka', 'tiketcom', 'garuda', 'citilink', 'airasia', 'lion', 'damri', 'bus']);

/**
 * Religious law (session 8, dev set 9: "nikah siri hukumnya apa dalam islam" was requirements): a ruling asked of a faith
 * is a question for a cleric, not for the KUA's counter.
 */
const RULING = new Set(['hukum', 'hukumnya', 'dalil', 'fatwa', 'haram', 'makruh', 'sunnah', 'sunah']);
const FAITH = new Set(['islam', 'agama', 'syariat', 'syariah', 'fiqih', 'fikih', 'quran', 'hadits', 'hadis', 'ulama', 'kristen', 'katolik', 'hindu', 'buddha']);

function ruling(a: Analysis): string | null {
  const found = a.words.find(([w]) => RULING.has(w));
  return found !== undefined && a.words.some(([w]) => FAITH.has(w)) ? found[0] : null;
}

/**
 * Booked somewhere else: a place or a trip. A place one goes to ("ke gereja") is a reason, not the thing booked ("cancel
 * booking hari paskah, mau ke gereja": session 8). A module function, not an arrow in otherDomain: under tsx an arrow
 * bound to a name is wrapped in a naming call on every message.
 */
function booked(a: Analysis, w: string, stem: string, i: number): boolean {
  return (ELSEWHERE.has(w) || ELSEWHERE.has(stem) || TRAVEL.has(w)) && a.words[i - 1]?.[0] !== 'ke';
}

/**
 * A travel ticket asked about, not booked (session 47, dev set 365: "ada agen yg jual tiket bus ke kuching? berapa biaya nya
 * skrg" was our fee): "tiket" right before a way of travelling. With no service named: "pajak bus" and "paspor buat naik
 * pesawat" are ours.
 */
function travelTicket(a: Analysis): string | null {
  if (a.service !== null) return null;
  const at = a.words.findIndex(([w], i) => (w === 'tiket' || w === 'ticket') && TRAVEL.has(a.words[i + 1]?.[0] ?? ''));
  return at >= 0 ? 'tiket' : null;
}

/**
 * School enrolment as the purpose of a paper of ours, not the question (session 47, dev set 366: "lama ji itu proses akta
 * lahir kah? mau pi dipakai daftar sekolah anakku" was out of scope): a word of purpose just before it. "syarat daftar sekolah
 * pakai akta" still asks the school's requirements: "syarat" is no purpose.
 */
const ENROLS_FOR = /\b(?:buat|untuk|utk|dipakai|dipake|dipakek|keperluan|guna|gasan)\b(?: \w+)? (?:daftar|pendaftaran)\b/;

/**
 * A job search (session 9, dev set 11: "lowongan satpam yg gak minta skck ada ga ya" was a complaint): a vacancy is never an
 * errand at an MPP, whatever intent or document it names ("ada lowongan kerja ga", "lowongan kerja di pt astra syaratnya
 * apa" on dev sets 1 and 6). Only a short message: a letter's story may tell of the vacancy its SKCK is for.
 */
const VACANCY = new Set(['lowongan', 'lowker']);
/**
 * A service of ours wanted for a vacancy, the vacancy its purpose ("syarat skck buat lamar lowongan kerja"; session 31 probes):
 * the document is the errand, the vacancy why.
 */
const APPLIED_WITH = /\b(?:buat|untuk|for)\b(?: \w+)? (?:lowongan|lowker|loker)\b/;
const SHORT = 10;

/** The first word that puts a service question in another domain, or null. */
export function otherDomain(a: Analysis, intent: IntentName): string | null {
  if (wakePhrase(a)) return a.words[1]?.[0] ?? null;
  if (a.features.length < SHORT && a.words.some(([w]) => VACANCY.has(w)) && !(a.service !== null && APPLIED_WITH.test(a.normalized))) return 'lowongan';
  if (intent === 'complaint') return schoolwork(a) ?? firmComplaint(a);
  if (PASSPORT_ASKED.has(intent) && foreignPassport(a)) return 'passport';
  // A person of another firm asked for ("cs tokopedia lama banget bales"): its CS, not our staff.
  if (intent === 'human') return firmComplaint(a);
  if (!ASKED_ABOUT_A_SERVICE.has(intent)) return null;
  const foreign = abroad(a) ?? foreignVisa(a) ?? jobAsked(a, intent);
  if (foreign !== null) return foreign;
  if (trading(a)) return null;
  const ticket = travelTicket(a);
  if (ticket !== null) return ticket;
  const faith = ruling(a);
  if (faith !== null) return faith;
  const paired = pairedDomain(a);
  // "anak mau masuk SD, … carane ngurus KIA piye?" (session 23, dev set 99): starting school is why the child needs the card;
  // "daftar sekolah" with a paper of ours named still asks about the school's registration.
  const reason = a.service !== null && (paired === 'masuk' || ENROLS_FOR.test(a.normalized));
  if (paired !== null && !reason && !a.words.some(([w]) => AGENCY_NAMES.has(w) || OURS.has(w)) && !queuedFor(a)) return paired;
  const found = a.words.find(([w, stem], i) => FRAME_WORDS.has(w) || (BOOKING.has(intent) && a.service === null && booked(a, w, stem, i)));
  if (found === undefined || a.words.some(([w]) => OURS.has(w)) || contestFor(a, found[0])) return null;
  // A bank's or the pawnshop's own act ("syarat gadai bpkb di pegadaian") is theirs even with the agency named (topic-domain.ts);
  // a bank one pays through is how a service of ours is paid ("bayar pbb lewat rekening bca bisa?"), and a service named beside
  // it is asked for the bank's sake ("syarat npwp buat kpr").
  if (OVER_AGENCY_WORDS.has(found[0])) return a.service !== null || a.words.some(([, stem]) => PAYING.has(stem)) ? null : found[0];
  return a.words.some(([w]) => AGENCY_NAMES.has(w)) ? null : found[0];
}

/** Stems of paying: a bank named beside them is the channel of a payment, not the topic. */
const PAYING = new Set(['bayar', 'setor', 'lunas', 'pay']);

/**
 * The MPP's people and places, as written or stemmed: a complaint that names one is about us whatever firm it also names
 * ("petugasnya malah main shopee", "antrian di mpp kayak cs indihome"). Not "antrian", "cs", "nomor", "admin", "chat":
 * every firm has them ("antrian customer service shopee lama bgt", "nomor cs indihome brp").
 */
const OUR_PEOPLE = new Set(['mpp', 'mal', 'pelayanan', 'layan', 'petugas', 'pegawai', 'staf', 'satpam', 'loket', 'gedung', 'calo', 'pungli']);

/** A complaint about another firm, or a call for its CS (topic-domain.ts `complaint` domains), naming no service and none of our people or places. */
function firmComplaint(a: Analysis): string | null {
  if (a.service !== null) return null;
  const found = a.words.find(([w]) => COMPLAINT_WORDS.has(w));
  if (found === undefined) return null;
  return a.words.some(([w, stem]) => OUR_PEOPLE.has(w) || OUR_PEOPLE.has(stem) || AGENCY_NAMES.has(w)) ? null : found[0];
}
