/**
 * What a long letter says it does, when its story outvotes it sentence by sentence (session 9, long-polite on dev sets 6–11).
 *
 * A letter written to thank (session 9, long-polite on dev sets 8 and 9): "Saya ingin mengucapkan terima kasih yang
 * sebesar-besarnya atas pelayanan yang ramah …", "Saya ingin menyampaikan terima kasih … kepada petugas …". A long
 * message drops "terima kasih" as a formula (politeness.ts), and what is left (the staff, the service, the errand done)
 * is how complaints are told: both letters were complaints. A letter says what it is for the way it says it asks
 * ("saya ingin menanyakan", unmarked-question.ts) or complains ("saya ingin menyampaikan keluhan"): with the thanks as
 * what the writer wants to say, and no sentence that asks, the letter thanks. A closing "Atas perhatiannya saya ucapkan
 * terima kasih" has no "ingin"/"mau" before it, and every dev letter that closes so asks something.
 */
import type { IntentName } from '../core/nlu.js';
import { type Decision, decision, promoted } from './decision.js';
import { facilityNamed } from './facilities.js';
import { FEELING_WORDS } from './feelings.js';
import type { Letter } from './long-message.js';

/** A letter that says what it does (thanks, a complaint, stop the announcements): the engine need not ask back. */
const LETTER_ACT_CONFIDENCE = 0.6;

/**
 * The act a long letter declares, read before its sentences vote (they would vote its story): thanks when written to
 * thank with no word of judging (at the letter's confidence, whatever the models said), a declared complaint, a request
 * to stop the announcements or to receive them (the models' own answer kept when it is already that act); null when it declares
 * none.
 */
export function declaredAct(letter: Letter, feelings: number, whole: Decision, namesService = false): Decision | null {
  const { text } = letter;
  if (!namesService && asksOutside(text)) return decision('fallback', LETTER_ACT_CONFIDENCE);
  if ((feelings === 0 || onlyPraise(text)) && thanksLetter(letter)) return decision('thanks', LETTER_ACT_CONFIDENCE, promoted(whole.alternatives, 'thanks'));
  if (feelings === 0 && greetingLetter(letter)) return decision('greeting', LETTER_ACT_CONFIDENCE, promoted(whole.alternatives, 'greeting'));
  const act: IntentName | null = complaintLetter(text) ? 'complaint' : stopsAnnouncements(text) ? 'unsubscribe' : signsUp(text) ? 'subscribe' : null;
  if (act === null) return null;
  return whole.intent === act ? whole : decision(act, LETTER_ACT_CONFIDENCE, promoted(whole.alternatives, act));
}

/**
 * A letter that says its question is not the MPP's business (session 14, dev sets 46 and 48: "Mohon maaf bila salah
 * tempat …", "mohon maaf bertanya hal di luar layanan", "pertanyaan ini tidak pada tempatnya" (session 15, dev set 50),
 * "I apologise if this is the wrong place to ask", "This isn't really
 * about documents, sorry", "aku tahu ini bukan tempatnya"): the writer's own word that the errand is elsewhere (a ferry, a
 * school, a hospital bill, a counsellor), which its story in our words (KTP, pensiun, antre) outvoted. Only when it names
 * none of our services: "What documents do I need for his death certificate? I apologise if this is the wrong place" asks
 * us. Not "salah alamat" alone, which is a street as often as a place to ask ("sudah dua kali salah alamat mencari kantor
 * BPN"); only after "maaf". Nor a question about the building's own facilities.
 */
const ASKS_OUTSIDE = new RegExp(
  [
    String.raw`\bmaaf\b[^.?!]{0,30}\b(?:salah tempat|salah alamat|di luar (?:topik|layanan|konteks|urusan))`,
    String.raw`\b(?:bukan|tidak pada|tidak di) tempatnya\b`,
    String.raw`\bmaaf\b[^.?!]{0,20}\bbukan (?:urusan|soal|masalah) (?:dokumen|layanan|mpp)`,
    String.raw`\b(?:apologi[sz]e|sorry|apologies)\b[^.?!]{0,40}\b(?:wrong place|unusual question|off[- ]topic|outside your)`,
    String.raw`\b(?:wrong place|off[- ]topic)\b[^.?!]{0,10}\b(?:to ask|sorry)`,
    String.raw`\b(?:is ?n[o']?t|is not) really about (?:documents|your services|the mpp)`,
  ].join('|'),
);

function asksOutside(text: string): boolean {
  const lower = text.toLowerCase();
  // "mohon maaf bila salah alamat. Saya hendak menanyakan letak tempat parkir" asks about ours (dev set 30; facilities.ts).
  // One a citizen asks about, not a word of the building: "ibu rumah tangga" has the stairs ("tangga") in it.
  return ASKS_OUTSIDE.test(lower) && facilityNamed(lower) === null;
}

/**
 * What a long letter asks that its sentences' vote (`read`) missed: whether it is served at a day or time (hours),
 * a booking it declares (book), each only over the intents its story is known to pull it to; below the engine's
 * comfort, so a doubtful one is asked back. Null when neither applies.
 */
export function askedAct(letter: Letter, feelings: number, read: Decision): Decision | null {
  const act: IntentName | null =
    SERVED_AT_FROM.has(read.intent) && asksServedAt(letter) ? 'hours'
    : BOOKED_FROM.has(read.intent) && feelings === 0 && bookingLetter(letter) ? 'book'
    : MOVED_FROM.has(read.intent) && movingLetter(letter.text) ? 'reschedule'
    : null;
  return act === null ? null : decision(act, Math.min(read.confidence, 0.49), promoted(read.alternatives, act));
}

/**
 * What a letter asking whether it is served at a time was taken for: its "melayani" (list_services), its day (book), its
 * story alone (out of scope: "Apakah kalau saya tiba sekitar pukul 14.00 loket masih melayani?" is too unlike any example,
 * and the letter was greeting only while by-sentence.ts read a letter with a rejected question as its courtesy), or a
 * changed schedule the MPP announced ("sudah melayani mulai pukul delapan, atau ada perubahan jadwal karena bulan puasa?":
 * reschedule, session 10; the serving verb is the MPP's, a citizen moving a booking says it of the booking).
 */
const SERVED_AT_FROM: ReadonlySet<string> = new Set(['list_services', 'book', 'greeting', 'my_booking', 'help', 'human', 'procedure', 'fallback', 'reschedule']);

/** What a letter declaring a booking was taken for: its story's requirements, "apakah masih memungkinkan" as my_booking. */
const BOOKED_FROM: ReadonlySet<string> = new Set(['requirements', 'my_booking', 'procedure', 'list_services', 'help', 'human', 'complaint']);

/** "ingin/mau/hendak (mengucapkan/menyampaikan) terima kasih", "I (just) want(ed) / would like to (say) thank(s)". */
const THANKS_ACT = new RegExp(
  [
    String.raw`\b(?:ingin|mau|hendak|izinkan saya) (?:(?:mengucapkan|menyampaikan|ucapkan|sampaikan|berucap) )?(?:banyak )?(?:terima ?kasih|makasih)`,
    String.raw`\b(?:want|wanted|would like|'d like) to (?:say )?(?:a (?:big )?)?thank`,
    // Session 13 (dev set 41, letters): thanking said as a verb of one's own ("saya berterima kasih", "mau ka' bilang terima
    // kasih", "perkenankan saya … menyampaikan terima kasih"), the thanks declared in English ("to express our sincere
    // gratitude") and Javanese krama ("ngaturaken agunging panuwun"). Not in the closing formula ("Atas bantuannya saya
    // mengucapkan terima kasih", CLOSING below), which ends letters that ask or request.
    String.raw`\bberterima ?kasih\b`,
    String.raw`\b(?:bilang|menyampaikan|mengucapkan) (?:terima ?kasih|apresiasi)\b`,
    String.raw`\bexpress (?:our|my) (?:sincere |deep |heartfelt )?(?:gratitude|thanks)`,
    String.raw`\bngaturaken (?:agunging )?panuwun`,
  ].join('|'),
);

/**
 * The manners a citizen praises ("petugas di loket sangat sabar", "dengan ramah"): feeling words, because citizens judge by
 * denying them ("kurang ramah"), so a thanks letter that praises them counted as judging and was read as a complaint (dev
 * set 41: seven of them). Praise only when none is denied and no other feeling word is there.
 */
const PRAISE = new Set(['ramah', 'sopan', 'layak', 'hati', 'sabar']);
const DENIAL = new Set(['tidak', 'tak', 'kurang', 'nggak', 'ga', 'gak', 'kada', 'tra', 'ndak', 'belum', 'not']);
const FEELING = new Set(FEELING_WORDS);

/** The letter's feeling words are all praise, none denied (see above). */
function onlyPraise(text: string): boolean {
  const words = text.toLowerCase().split(/[^a-z']+/);
  let praised = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (!FEELING.has(w)) continue;
    if (!PRAISE.has(w) || DENIAL.has(words[i - 1] ?? '') || DENIAL.has(words[i - 2] ?? '')) return false;
    praised = true;
  }
  return praised;
}

/**
 * A letter written only to greet (session 13, dev set 41: "Saya hanya ingin menyapa dulu", "sekadar memperkenalkan diri",
 * "salam silaturahmi", "simply writing to introduce myself"), read as thanks, help or out of scope by its courtesies and
 * story. The act declared, and no sentence that asks.
 */
const GREETING_ACT =
  /\b(?:menyapa|memperkenalkan diri|perkenalan|salam kenal|silaturahmi|silaturahim|salam taklim|introduce myself|say hello|say hi)\b/;
/**
 * Only that: "sekadar", "hanya", "cuma", "semata", "dulu" (first, before asking later), "simply", "just", Javanese "namung". Without
 * it, "Selamat siang, salam kenal. Saya ingin memesan antrean …" greets on its way to a booking (dev set 18).
 */
const ONLY = /\b(?:sekadar|sekedar|hanya|cuma|semata|dulu|simply|just|only|namung)\b/;

/** The letter says it only greets and asks nothing (see above). */
export function greetingLetter(letter: Letter): boolean {
  const lower = letter.text.toLowerCase();
  return GREETING_ACT.test(lower) && ONLY.test(lower) && !letter.sentences.some((s) => s.question);
}

/** Opening with thanks ("Terima kasih banyak Bapak dan Ibu petugas MPP. Saya Pak …", dev set 6): all 35 such dev messages thank. */
const OPENS_THANKING = /^\W*(?:terima ?kasih|makasih|thank you|thanks)\b/;

/** The thanks of a closing formula: "Atas perhatian/bantuan/kerja samanya", "Atas pengertian dan bantuannya, saya mengucapkan …". */
const CLOSING = /\batas\b.{0,40}\b(?:perhatian|bantuan|kerja ?sama|informasi|perkenan|kesediaan|pengertian)/;

/** The letter is written to thank and asks nothing (see above). */
export function thanksLetter(letter: Letter): boolean {
  if (letter.sentences.some((s) => s.question)) return false;
  if (OPENS_THANKING.test(letter.text.toLowerCase())) return true;
  return letter.sentences.some((s) => {
    const lower = s.text.toLowerCase();
    return THANKS_ACT.test(lower) && !CLOSING.test(lower);
  });
}

/**
 * A letter that says it complains ("Dengan hormat, saya ingin menyampaikan keluhan. Kemarin saya … petugas di loket berbicara
 * dengan nada kasar. Mohon hal ini menjadi perhatian pimpinan.", dev set 9: human by its "petugas" and "pimpinan"): the act
 * declared the way "saya ingin menanyakan" declares a question. Every dev letter that declares a complaint, a disappointment
 * or a protest so is a complaint (9 on dev sets 1, 3–11). Not "melapor": one reports a lost document too.
 */
const COMPLAINT_ACT = /\b(?:ingin|mau|hendak) (?:menyampaikan|sampaikan|mengajukan|ajukan) (?:sebuah |suatu )?(?:keluhan|kekecewaan|rasa kecewa|protes|pengaduan|aduan|komplain)\b/;

/**
 * A complaint letter's closing wish that something be seen to from now on (session 10, long-polite on dev set 12: "Saya ingin
 * menyampaikan bahwa … tidak ada petugas di loket prioritas lansia, sehingga saya … harus berdiri hampir dua jam. Semoga ke
 * depannya lebih diperhatikan. Terima kasih …", read as thanks): the wish says the thing was neglected. Not "lebih baik lagi"
 * nor "ditingkatkan": a thanks letter wishes the good service better still.
 */
const MENDED_FROM_NOW = /\bke ?depan(?:nya)?\b[^.?!;]{0,30}\b(?:diperhatikan|diperbaiki|dibenahi|dievaluasi)\b/;

/**
 * Words that judge the service, not the writer's own lot (session 14, dev set 48: long messages that carry feelings). A
 * letter's story carries feelings of both kinds: "kami takut salah langkah", "ibu saya mudah lelah" are the writer's, and
 * the letter books or asks; "saya merasa dibohongi", "petugas tertawa … saya merasa sangat diremehkan", "the guard shouted
 * at my mother" judge someone who served them, and the letter complains whatever it asks at its end ("saya harus melapor
 * ke mana?", "Is this standard procedure?"), which its sentences' vote had read as the request. Only words no one uses
 * of their own lot; not "takut", "malu", "sedih", "capek", which both kinds of letter carry.
 */
const JUDGING_THE_SERVICE = new RegExp(
  String.raw`\b(?:kecewa|dibohongi|dirugikan|dipersulit|dipingpong|dikerjain|dipermainkan|diperas|pungli|pungutan liar|dibentak|membentak|ketus|jutek|diremehkan|diejek|dilecehkan|paksaan|dipaksa|tidak sopan|tidak profesional|seenaknya|secara sepihak|sangat tidak nyaman|diusut|ditindak|ditegur|teguran|diingetin|`
    + String.raw`disappointed|cheated|upset|humiliated|humiliating|shouted|yelled|yell at|aggressive|intimidating|unprofessional|have a word with|not a happy customer)\b`,
  'g',
);
/** A letter, not a chat line: a short "kecewa, antrinya lama" is the models' to read. */
const LETTER_WORDS = 25;

/** A long letter judges the service with a word of JUDGING_THE_SERVICE not denied ("saya sama sekali tidak kecewa"). */
function judgesTheService(lower: string): boolean {
  if (lower.split(/\s+/).length < LETTER_WORDS) return false;
  for (const m of lower.matchAll(JUDGING_THE_SERVICE)) {
    const before = lower.slice(0, m.index).split(/[^a-z']+/).filter((w) => w !== '').slice(-2);
    if (!before.some((w) => DENIAL.has(w))) return true;
  }
  return false;
}

/** The letter declares a complaint, closes with the complaint's wish, or judges the service (see above). */
export function complaintLetter(text: string): boolean {
  const lower = text.toLowerCase();
  return COMPLAINT_ACT.test(lower) || MENDED_FROM_NOW.test(lower) || judgesTheService(lower);
}

/**
 * A letter asking to stop the announcements (dev sets 6, 8, 9, 11: four letters read as subscribe or help): "Mohon nomor saya
 * dihapus dari daftar penerima pengumuman", "Mohon agar pengiriman pesan ke nomor ini dihentikan saja", "Mohon nomor saya
 * tidak lagi dikirimi pengumuman". The story says how the writer came to receive them ("Beberapa bulan lalu saya mendaftar
 * untuk menerima pengumuman …"), which is how subscribe examples speak, and it outvotes the one request. A verb of
 * removing or stopping and the announcements in one sentence, in either order: on dev sets 1, 3–11 all 14 messages with
 * that shape are unsubscribe.
 */
const STOP = String.raw`(?:dihapus|hapus|hapuskan|dihentikan|hentikan|berhenti|stop|keluarkan|dikeluarkan|unsubscribe|tidak (?:perlu )?lagi (?:dikirimi|dikirim|menerima)|jangan (?:lagi )?dikirim\w*)`;
const ANNOUNCED = String.raw`(?:pengumuman|informasi|pesan|broadcast|siaran|notifikasi|penerima|kabar|info)`;
// Not another thing stopped after the word ("ga ada info apa2 kenapa antrian berhenti sejam": the queue stopped; session 29, dev
// set 164).
const STOPPED_THING = String.raw`(?:antre\w*|antri\w*|loket\w*|pelayanan|layanan|sistem\w*|server\w*|mesin\w*|panggilan\w*)`;
const STOP_ANNOUNCEMENTS = new RegExp(String.raw`\b${STOP}\b[^.?!;]{0,60}\b${ANNOUNCED}\b|\b${ANNOUNCED}\b(?:(?!\b${STOPPED_THING}\b)[^.?!;]){0,60}\b(?:dihapus|dihentikan|berhenti|stop)\b`);

/** The letter asks to stop the announcements (see above). */
export function stopsAnnouncements(text: string): boolean {
  return STOP_ANNOUNCEMENTS.test(text.toLowerCase());
}

/**
 * A letter asking to be signed up for the announcements (session 29, dev set 161: "saya mohon agar nomor Telegram saya
 * didaftarkan untuk menerima pemberitahuan rutin dari MPP, termasuk informasi … penutupan kantor saat hari libur" was hours by
 * its closures): a verb of registering, then to receive, then the announcements. On dev sets 1–162, 47 of the 54 messages of
 * that shape are subscribe; the other seven tell of a sign-up made before and ask to stop (stopsAnnouncements, read first, and
 * MADE_BEFORE).
 */
const SIGN_UP = /\b(?:daftar\w*|didaftar\w*|mendaftar\w*|masukkan|dimasukkan|masukin|dimasukin)\b[^.?!;]{0,40}\b(?:untuk|buat|agar|supaya|biar) (?:bisa |dapat )?(?:menerima|dapat|dapet|terima|mendapat\w*|dikirimi)\b[^.?!;]{0,30}\b(?:pemberitahuan|pengumuman|informasi|info|notifikasi|kabar|update|berita)\b/;

/** A sign-up told as made before ("Dulu cucu saya mendaftarkan saya untuk menerima kabar, tapi …"): the story of an unsubscribe. */
const MADE_BEFORE = /\b(?:dulu|dahulu|sebelumnya|pernah|lalu|kemarin|sudah|udah|telah)\b[^.?!;]*$/;

/** The letter asks to receive the announcements, and tells of no sign-up made before (see above). */
export function signsUp(text: string): boolean {
  const lower = text.toLowerCase();
  const m = SIGN_UP.exec(lower);
  return m !== null && !MADE_BEFORE.test(lower.slice(0, m.index));
}

/**
 * A letter asking whether it is served at a time (dev sets 3, 7, 11: "Apakah MPP melayani masyarakat pada hari Sabtu, dan jika
 * iya, sampai pukul berapa?", "Apakah kalau saya tiba sekitar pukul 14.00 loket masih melayani?", "Apakah loket SIM di MPP
 * masih menerima pemohon sekitar pukul 15.30 hari ini?"): an hours question, though "melayani" is how list_services
 * examples ask and the day how book examples do. A verb of serving and a day or a clock time in one question sentence, in
 * either order: on dev sets 1, 3–11, 27 of the 28 messages with that shape are hours, the other a booking's "buat dilayani
 * jumat jam 9" (not a question of a letter). Not "buka": other places open too ("kebun binatang buka hari sabtu").
 */
const SERVE = String.raw`(?:melayani|dilayani|memberikan pelayanan|menerima (?:pemohon|tamu|warga|masyarakat))`;
const AT_TIME = String.raw`(?:hari (?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)|sabtu|minggu|pukul|jam \d)`;
const SERVED_AT = new RegExp(String.raw`\b${SERVE}\b.{0,50}\b${AT_TIME}|\b${AT_TIME}.{0,40}\b${SERVE}\b`);

/** A question sentence of the letter asks whether it is served at a day or time (see above). */
export function asksServedAt(letter: Letter): boolean {
  return letter.sentences.some((s) => s.question && SERVED_AT.test(s.text.toLowerCase()));
}

/**
 * A letter that declares a booking ("… Salah satu syarat lamaran adalah SKCK. Apabila diperkenankan, saya mohon dibuatkan
 * jadwal antrean untuk pembuatan SKCK pada hari Senin …", dev set 11: requirements by its story; "Saya ingin memesan nomor
 * antrian untuk beliau … Apakah masih memungkinkan?", dev set 7: my_booking): wanting, asking or meaning to book a queue
 * number or a slot. All 41 dev messages with the shape are book. Not beside a question of requirements or cost ("saya ingin
 * mendaftar antrian, syaratnya apa?" asks them; said in a question sentence).
 */
// English the same way (session 10, english on dev set 9: "I would love to book an appointment for my husband's BPJS … Can I
// do it through this chat?" was help): all 11 dev messages with the English shape are book.
const BOOKING_ACT = /\b(?:ingin|mau|hendak|mohon|bermaksud) (?:di)?(?:memesan|pesan|mendaftar|daftar|didaftarkan|mendaftarkan|dibuatkan|buatkan|mengambil|ambil|dibantu mengambilkan|mengambilkan) (?:nomor |jadwal )?(?:antri|antrian|antrean|jadwal|slot)\b|\b(?:would love|would like|want|wanted|'d like|id like|need) to (?:book|reserve|make) (?:an |a )?(?:appointment|slot|queue|booking)\b/;
const ASKS_OTHER = /\b(?:syarat|persyaratan|biaya|berapa|dokumen apa)\b/;

/** The letter declares a booking and asks nothing else (see above). */
export function bookingLetter(letter: Letter): boolean {
  const lower = letter.text.toLowerCase();
  // Asked in a question: a story's "salah satu syarat lamaran adalah SKCK" asks nothing.
  return BOOKING_ACT.test(lower) && !letter.sentences.some((s) => s.question && ASKS_OTHER.test(s.text.toLowerCase()));
}

/**
 * A letter that declares a move of its booking in the register of a formal request (session 10, long-polite on dev set 12:
 * "saya ingin mengajukan perubahan jadwal wawancara paspor saya, karena … operasi katarak. Apabila memungkinkan, saya mohon
 * dijadwalkan ulang pada tanggal 19 Mei" read as human by its "Bapak dan Ibu"): the nouns of a change of schedule after a
 * verb of wanting or asking, or "dijadwalkan ulang" asked for. The chat forms ("jadwalku diundur", "ganti ke kamis") are
 * booking-family.ts's; these are the letter's nominal ones, which no booking example says. In English, a verb of moving
 * with the booking as its object ("Is it possible to move it to next Monday?", "I need to switch my appointment date"): on
 * dev sets 1, 3–13 every message with that shape is reschedule (the story's "we have an appointment" read as book).
 */
const MOVING_ACT = /\b(?:ingin|mau|hendak|mohon|bermaksud) (?:mengajukan |meminta |minta )?(?:perubahan|pengubahan|pemindahan|penggantian|pergantian) (?:jadwal|tanggal|waktu)\b|\b(?:mohon|minta|ingin|mau) (?:agar |supaya )?(?:\w+ )?(?:dijadwalkan|dijadwal) ulang\b|\b(?:move|change|switch|shift|push|reschedule) (?:(?:my|our|the|her|his) (?:appointment|booking|slot|queue)|it to)\b/;

/**
 * What a letter declaring a move was taken for: its address (human, help), its story's complaint, the booking itself, or
 * its courtesy ("Terima kasih atas pengertian Bapak dan Ibu": thanks once dev sets 122–127 joined the field, session 26).
 */
const MOVED_FROM: ReadonlySet<string> = new Set(['human', 'help', 'complaint', 'book', 'my_booking', 'requirements', 'procedure', 'thanks']);

/** The letter declares a move of its booking (see above). */
export function movingLetter(text: string): boolean {
  return MOVING_ACT.test(text.toLowerCase());
}
