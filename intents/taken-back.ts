/**
 * What the citizen takes back in the same message (issue 11, session 22, dev set 88): a cancel called off ("ga usah
 * dibatalin deh antrean saya, tapi cek dulu nomor antrean saya berapa", "batal! eh jangan dulu. cek status booking saya
 * aja"), a service or a day replaced ("ga jadi ke kk deh, ktp aja. syaratnya apa aja?", "jangan yg kamis, jumat aja",
 * "Berapa lama proses NPWP? eh bukan, … NIB aja berapa lama"), a plan of one's own given up before the question ("ga jadi
 * pulang dulu deh, masih berapa orang lagi sebelum nomor saya?"). Read whole, the taken-back words decide: "ga jadi" is
 * "batal", so each of these was a cancel, and the first service or day named was the one taken back.
 *
 * The taken-back part is cut out of the text and the rest is read as if it were the message. Only when the rest still
 * says what was replaced (another service, another day) or asks something of its own: "ga jadi ke kk" alone, "jangan hari
 * senin ya, ramai" and "jangan dibatalin" are read as written. The writer's own words mark what is taken back, so the cut
 * is made on the message as written, clause by clause (commas, stops, line breaks and "tapi"/"eh" start a clause).
 */

/** What a piece of text names, as the analyser reads it. */
export interface Named {
  readonly service: string | null;
  /** Every service named, when the reader knows them (else `service` alone counts). */
  readonly services?: readonly string[];
  readonly date: string | null;
  readonly time: string | null;
}

/** "ga", "gak", "nggak", "tidak", Javanese "ora", Banjar "kada": the no of "ga jadi". */
const NO = String.raw`(?:ga|gak|gk|g|nggak|ngga|ngak|enggak|engga|tidak|tdk|tak|ndak|nda|ora|kada|gag)`;
/** "jadi" and its chat and Javanese forms ("jd", "sido"). */
const GOING_AHEAD = String.raw`(?:jadi|jd|jdi|sido|cido)`;
/** Words of calling a booking off, as written ("dibatalin", "btlin", "cancel", "pembatalan", "hapus"). */
const CALL_OFF = String.raw`(?:di|ter|mem|pem|pe)?(?:batal|btl|cancel|cansel|hapus)\w*`;

/**
 * A cancel called off: "ga usah dibatalin", "jangan dibatalkan", "ga mau batalin", "ga jadi saya cancel", "urungkan
 * pembatalan", "don't cancel". Cut out, the rest says what is asked ("… cek dulu nomor antrean saya").
 */
const CANCEL_CALLED_OFF = new RegExp(
  String.raw`\b(?:${NO}\s*(?:usah|usa|perlu|mau|${GOING_AHEAD})|gausah|gaush|gkusah|jangan|jgn|urungkan|don'?t|do not|no need to|not)\s+(?:(?:saya|sy|aku|ku|gue|gw|i)\s+)?${CALL_OFF}(?:\s+(?:dulu|deh|kok|ya|aja|saja|dong|after all))*`,
  'iu',
);

/**
 * A clause that only takes back what came before: "ga jadi", "eh gk jd", "eh jangan dulu", "eh bukan", "salah", "ralat",
 * "never mind", with chat particles around.
 */
const BARE_TAKE_BACK = new RegExp(
  String.raw`^(?:(?:tapi|tp|tpi|but)\s+)?(?:(?:eh+|ehh|oh|maaf|sorry|duh|wah|loh|lho)\s+)*(?:${NO}\s*${GOING_AHEAD}|jangan|jgn|bukan|salah|ralat|never\s*mind|nevermind)(?:\s+(?:dulu|deh|kok|dong|ya|yah|sih|aja|saja|kak|min|maaf|sorry|ding|dink|jadi|jd))*$`,
  'iu',
);

/** A clause that tells a plan given up ("tadinya mau dateng lusa", "rencananya"): taken back by a bare "ga jadi" after it. */
const PLAN = /^(?:(?:saya|sy|aku|tadi|td)\s+)?(?:tadinya|tadi(?:nya)?\s+mau|td\s+mau|rencananya|rencana|niatnya|awalnya|semula)\b/iu;
/** A bare take-back that retracts, not one that repeats a cancel: "eh gk jd", "eh jangan dulu", "salah". */
const RETRACTING = /\b(?:eh+|jangan|jgn|never\s*mind|nevermind|salah|ralat|bukan)\b/iu;
/** A cancel asked before this message ("tadi aku minta batalin ya?"). */
const EARLIER = /\b(?:tadi|td|kemarin|kmrn|sempat|sempet|barusan)\b/iu;
/** Words of calling off, in a clause a bare take-back follows ("tadi aku minta batalin ya? ga jadi"). */
const CALLING_OFF = /\b(?:di|mem|pem)?(?:batal|btl|cancel|cansel|hapus)\w*/iu;

/**
 * Where something is taken back inside a clause, the rest of the clause being what is: "ga jadi (ke) kk", "batal ke samsat",
 * "bukan buat hari ini", "jangan yg kamis", "bukan soal pajak motor", "never mind the KK question", "not on friday".
 * "batal" alone is a cancel's own verb ("batalin yg kamis, yg jumat tetap"): only "batal ke" is a plan given up.
 */
const TAKEN_BACK_IN = new RegExp(
  String.raw`(?:^|\s)(?:(?:eh+\s+)?${NO}\s*${GOING_AHEAD}|batal\s+ke|(?:eh+\s+)?(?:bukan|bkn)|bukannya|jangan|jgn|never\s*mind|instead\s+of|not)(?=\s)`,
  'giu',
);
/** The "ga jadi" of the markers above, alone. */
const GOING_AHEAD_WORD = new RegExp(String.raw`^(?:eh+\s+)?${NO}\s*${GOING_AHEAD}$`, 'iu');
/** "ga jadi" about going ahead with a booking or coming: that is a cancel, not a plan given up. */
const BOOKING_OR_COMING =
  /^\s*(?:\S+\s+){0,1}?(?:booking\w*|bokin\w*|book\w*|antri\w*|antre\w*|ngantri|daftar\w*|jadwal\w*|janji\w*|reservasi\w*|slot|nomor\w*|kode\w*|datang|dateng|dtg|hadir|teko|tekan|rawuh|sowan|mangkat|budhal|sumping|indit|kesana|kesini|kesitu|ke\s+(?:sana|sini|situ|mpp|mal|kantor|loket)|berangkat|brgkt|ambil|diambil|jadi\w*|jd|selesai|beres|kelar|keluar|terbit\w*|diproses|dicetak|batal\w*|cancel\w*)\b/iu;
/** After "ga jadi" at a clause's start: words that name who or when, not what is given up ("ga jadi deh", "sy ga jadi"). */
const LEADING = /^(?:(?:saya|sy|aku|ak|gue|gw|kami|tadi|td|kemarin|kmrn|eh+|deh|permisi|maaf)\s+)*/iu;
/** "bukan … , tapi/cuma …": what the message is not, said before what it is (a disclaimer). */
const CONTRAST = /^\s*(?:tapi|tp|tpi|cuma|cm|cuman|hanya|melainkan|but|just|saya cuma|sy cuma|aku cuma|yg mau|yang mau)\b/iu;
/**
 * What a message says it is not doing ("bukan mau booking", "bukan nanya apa2", "bukan mau komplain"); not what a service is
 * not ("bukan bikin baru ya, cuma revisi" says which kind of KK is asked about).
 */
const NOT_THIS_ACT = /^\s*(?:(?:mau|mo|mw|pengen|ingin|untuk|utk|buat)\s+)?(?:nanya|tanya|bertanya|nanyain|booking\w*|book|daftar|minta|apa2|apa-apa|apa apa)\b/iu;
/**
 * A plan given up earlier and taken up again (session 23, dev set 88): "Aku kemarin ga jadi booking, sekarang jadi. antrian
 * KIA …", "minggu lalu sempet ga jadi daftar, skrg jadi deh". The "ga jadi" is the past's; the clause after it says it is on
 * again, and the rest is the request.
 */
const GIVEN_UP = new RegExp(String.raw`(?:^|\s)${NO}\s*${GOING_AHEAD}(?=\s|$)`, 'iu');
const ON_AGAIN = new RegExp(
  String.raw`^\s*(?:(?:tapi|tp|tpi|but)\s+)?(?:sekarang|skrg|skrng|skg|skr|now)\s+(?:${GOING_AHEAD}|mau|mo|pengen)(?:\s+(?:lagi|lg|deh|dong|aja|ya|kak|min|kok))*\s*$`,
  'iu',
);
/**
 * Another act of the booking family put aside before the request (session 23, dev set 88): "nggak usah booking ulang,
 * mundurin aja jam saya ke jam 3 sore", "ga usah booking, saya cuma mau nanya biaya paspor". Only as a clause of its own
 * that asks nothing ("ga perlu booking ya?" asks whether one must), with a request after it.
 */
const ACT_PUT_ASIDE = new RegExp(
  String.raw`^\s*(?:${NO}\s*(?:usah|usa|perlu)|gausah|gaush|gkusah|gaperlu|jangan|jgn)\s+(?:(?:saya|sy|aku|gue|gw)\s+)?(?:booking\w*|book|bokin\w*|daftar\w*|antri\w*|antre\w*|ambil\s+(?:antrian|antrean|nomor|slot))(?:\s+(?:ulang|lagi|lg|baru|dulu|deh|kok|ya|kak|min|aja))*\s*$`,
  'iu',
);

/** Fewest words the rest must keep to be read on its own. */
const MIN_REST_WORDS = 2;

/** A clause of the message as written: its place, so the cut keeps the rest as the citizen wrote it. */
interface Clause {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Cheap first look (throughput): most messages take nothing back. */
const MAY_TAKE_BACK = /\b(?:eh+|jadi|jd|jdi|sido|cido|bukan|bkn|bukannya|jangan|jgn|usah|gausah|never|nevermind|instead|not|don'?t|urungkan|salah|ralat|batal\s+ke|(?:di|mem|pem)?(?:batal|btl|cancel|cansel|hapus)\w*)\b/iu;

/**
 * The message with what its writer took back cut out, or null when nothing is taken back (or the rest would say nothing
 * of its own). `named` reads a piece's service, date and time as the analyser does.
 */
export function takenBack(text: string, named: (piece: string) => Named): string | null {
  if (!MAY_TAKE_BACK.test(text)) return null;
  const cancelKept = CANCEL_CALLED_OFF.exec(text);
  if (cancelKept !== null) return rest(text, [[cancelKept.index, cancelKept.index + cancelKept[0].length]]);
  const parts = clauses(text);
  const again = onAgain(text, parts);
  if (again !== null) return again;
  for (let i = 1; i < parts.length; i++) {
    const bare = parts[i];
    if (bare === undefined || !BARE_TAKE_BACK.test(bare.text.trim())) continue;
    const before = parts[i - 1];
    if (before === undefined) continue;
    // Something must follow: "tolong batalin aja⏎ga jadi" ends on the cancel it repeats, and takes nothing back.
    const after = text.slice(bare.end);
    if ((after.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_REST_WORDS) continue;
    // A cancel is taken back by "eh …", "jangan", "salah", or when it was asked earlier ("tadi aku minta batalin ya? ga
    // jadi"); a plain "ga jadi" right after a cancel asked now is its reason ("Batalin aja booking SIM saya ya, ga jadi,
    // keburu berangkat mudik").
    const cancelTakenBack = CALLING_OFF.test(before.text) && (RETRACTING.test(bare.text) || EARLIER.test(before.text));
    if (cancelTakenBack || PLAN.test(before.text.trim()) || replaced(named(before.text), named(after))) {
      const kept = rest(text, [[before.start, bare.end]]);
      if (kept !== null) return kept;
    }
  }
  const corrected = saidAgainAfterEh(text, parts, named);
  if (corrected !== null) return corrected;
  for (let i = 0; i < parts.length; i++) {
    const clause = parts[i];
    if (clause === undefined) continue;
    for (const m of clause.text.matchAll(TAKEN_BACK_IN)) {
      const word = m[0].trim().toLowerCase();
      // "bkn" is also "bikin" (in-context.ts: "syrt bkn ktp"): it takes back only after "eh" ("eh bkn kk").
      if (word === 'bkn') continue;
      const from = clause.start + m.index + (m[0].length - m[0].trimStart().length);
      const said = text.slice(from + word.length, clause.end);
      if (replaced(named(said), named(`${text.slice(0, from)} ${text.slice(clause.end)}`))) return rest(text, [[from, clause.end]]);
      // Only words of who or when before the marker: it starts the clause.
      const before = text.slice(clause.start, from).trim();
      const atStart = before === '' || (LEADING.exec(`${before} `)?.[0].trim().length ?? 0) === before.length;
      if (!atStart) continue;
      // "ga jadi pulang dulu deh, masih berapa orang lagi …": a plan of one's own given up beside a clause that asks; not a
      // booking or coming called off ("ga jadi dateng besok" is a cancel), nor a document not done ("ktp ga jadi-jadi").
      // A clause that names a service or a day keeps it ("Gak jadi bayar … biar sim cepet keluar, tapi saya kesel …").
      if (GOING_AHEAD_WORD.test(word) && said.trim() !== '' && !BOOKING_OR_COMING.test(said) && parts.length > 1 && !names(named(said))) return rest(text, [[from, clause.end]]);
      // "bukan mau booking kak, cuma nanya biaya paspor", "Bukannya nggak sabar, tapi …": what it is not, then what it is.
      const next = parts[i + 1];
      const disclaimer = (word === 'bukannya' || (word === 'bukan' && NOT_THIS_ACT.test(said))) && next !== undefined && CONTRAST.test(next.text);
      if (disclaimer) return rest(text, [[from, next.start]]);
    }
  }
  return null;
}

/** A plan given up and on again, or an act put aside before the request (GIVEN_UP, ON_AGAIN, ACT_PUT_ASIDE): the rest. */
function onAgain(text: string, parts: readonly Clause[]): string | null {
  for (let i = 0; i + 1 < parts.length; i++) {
    const clause = parts[i];
    const next = parts[i + 1];
    if (clause === undefined || next === undefined) continue;
    if (GIVEN_UP.test(clause.text) && ON_AGAIN.test(next.text)) return rest(text, [[clause.start, next.end]]);
    const asks = text.slice(clause.end, next.start).includes('?');
    if (ACT_PUT_ASIDE.test(clause.text) && !asks) return rest(text, [[clause.start, clause.end]]);
  }
  return null;
}

/**
 * A clock time or a day said again after "eh" ("mau book slot buat pbg hari kamis jam 9 pagi. eh jam 10 deh", "booking
 * hari rabu ya, eh kamis deh"): the one said after "eh" is meant, so the earlier one's words are cut. Only a time or a day
 * written plainly ("jam 9 pagi", "pukul 13.00", "hari kamis", "tgl 12", "besok"), and only when the two differ.
 */
function saidAgainAfterEh(text: string, parts: readonly Clause[], named: (piece: string) => Named): string | null {
  const eh = parts.findLastIndex((c) => /^\s*eh+\s/iu.test(c.text) && !BARE_TAKE_BACK.test(c.text.trim()) && !TAKEN_BACK_IN_START.test(c.text));
  const clause = parts[eh];
  if (clause === undefined || eh === 0) return null;
  const after = named(text.slice(clause.start));
  const before = text.slice(0, clause.start);
  const earlier = named(before);
  for (const [kind, said] of [['time', CLOCK_SAID], ['date', DAY_SAID]] as const) {
    if (after[kind] === null || earlier[kind] === null || after[kind] === earlier[kind]) continue;
    const cuts = [...before.matchAll(said)].map((m): [number, number] => [m.index, m.index + m[0].length]);
    if (cuts.length > 0) return rest(text, cuts);
  }
  return null;
}
/** "eh bukan …", "eh ga jadi …", "eh jangan …" take back; TAKEN_BACK_IN reads them. */
const TAKEN_BACK_IN_START = new RegExp(String.raw`^\s*eh+\s+(?:${NO}\s*${GOING_AHEAD}|bukan|bkn|jangan|jgn)\b`, 'iu');
/** A clock time as written: "jam 9 pagi", "pukul 13.00", "jm 10". */
const CLOCK_SAID = /\b(?:jam|jm|pukul|pkl)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*(?:pagi|siang|sore|malam|wib|wita|wit))?/giu;
/** A day as written: "hari kamis", "jumat depan", "tgl 12", "tanggal 3 maret", "besok", "lusa". */
const DAY_SAID =
  /\b(?:(?:hari|hr)\s+)?(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)(?:\s+depan)?\b|\b(?:tgl|tanggal)\s*\d{1,2}(?:\s+(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|sep|okt|nov|des))?\b|\b(?:besok|bsk|lusa)\b/giu;

/** The piece names a service, a day or a time. */
function names(piece: Named): boolean {
  return piece.service !== null || piece.date !== null || piece.time !== null;
}

/** The piece taken back named a service, day or time, and the rest names another of that kind. */
function replaced(taken: Named, others: Named): boolean {
  const otherService = (others.services ?? (others.service === null ? [] : [others.service])).some((s) => s !== taken.service);
  return (taken.service !== null && otherService)
    || (taken.date !== null && others.date !== null && others.date !== taken.date)
    || (taken.time !== null && others.time !== null && others.time !== taken.time);
}

/** The text without the cut ranges, or null when too little is left to be read alone. */
function rest(text: string, cuts: readonly (readonly [number, number])[]): string | null {
  let kept = '';
  let at = 0;
  for (const [from, to] of cuts) {
    kept += text.slice(at, from);
    at = to;
  }
  kept = `${kept}${text.slice(at)}`.replace(/^[\s,.;!?]+/u, '').replace(/\s+([,.;!?])/gu, '$1').replace(/([,.;!?])[\s,.;!?]*,/gu, '$1').replace(/[ \t]{2,}/gu, ' ').trim();
  return (kept.match(/[\p{L}\p{N}]+/gu) ?? []).length >= MIN_REST_WORDS ? kept : null;
}

/** The message's clauses: split at commas, stops, line breaks, and before "tapi"/"tp"/"but"/"eh". */
function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  for (const m of text.matchAll(/[^,.;!?\n]+/gu)) {
    let start = m.index;
    const piece = m[0];
    for (const b of piece.matchAll(/\s(?=(?:tapi|tp|tpi|but|eh+)\s)/giu)) {
      if (b.index === 0) continue;
      out.push({ start, end: m.index + b.index, text: text.slice(start, m.index + b.index) });
      start = m.index + b.index + 1;
    }
    out.push({ start, end: m.index + piece.length, text: text.slice(start, m.index + piece.length) });
  }
  return out.filter((c) => c.text.trim() !== '');
}
