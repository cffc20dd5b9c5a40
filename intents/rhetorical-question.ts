/**
 * Complaints asked as questions nobody wants answered (issue 11, session 27, dev set 136: complaints whose words look like
 * a question, and dev set 131's second visits). The question words pull to an information intent ("sampai kapan" to
 * hours, "apa harus" to requirements, "siapa" to a person), but the asker wants the wrong seen, not a date or a list:
 * - without end: "ampe kapan dah blanko KIA kosong?", "sampai kapan aturan foto paspor diganti-ganti?" (a state that should
 *   not last, or a change that keeps coming; "sampai kapan pendaftaran dibuka?" asks);
 * - the price of being served: "ape harus nyogok dulu biar NIB aye diurusin?", "apa harus kenal orang dalem dulu?";
 * - money pocketed: "selisih 75 ribu, masuk kantong siapa tuh";
 * - served every time short of something: "knp tiap ke mpp selalu ada aja yg kurang", and what should have been told
 *   before ("harusnya diumumin dr awal"), or something new at every return ("tiap balik ada aja yang baru"), till one wants
 *   to give up ("pengen nyerah aja");
 * - money asked for what should be free: "minta amplop …, bukannya gratis?";
 * - an envelope seen given to staff ("ngasih amplop ke petugas"), and suspicion of numbers shared out first ("jangan2
 *   nomornya udah dibagi2 duluan");
 * - turned away for a trifle: "ditolak … mung gara-gara fotokopian rada burem";
 * - others let in by the side: "'tamu khusus' yg lewat pintu samping";
 * - English: "what's the point of online booking if …", "why do I have to come back a fourth time", "why does the queue
 *   machine keep skipping numbers", "people who arrived after me get called first".
 * Each counts as grievance shapes (grievance.ts withGrievances): two where the question is the whole grievance, one where
 * it is a part of the story. Read on the normalised text.
 */

/** A state that should not last, after "sampai kapan" ("diganti" as the normal form reads "diganti-ganti"). */
const ENDLESS =
  /\bsampai kapan\b(?: \w+){0,6}? (?:kosong|habis|rusak|down|error|eror|gangguan|offline|mati|begini|begitu|gini|gitu|diganti\w*|ganti ganti|berubah\w*|ditolak|dipingpong|digantung|dicuek\w*|nunggu|menunggu)\b/;
/** Made to pay or know someone to be served. */
const PRICE_OF_SERVICE = /\bharus (?:\w+ )?(?:sogok|nyogok|suap|menyuap|kenal (?:orang|petugas)|punya kenalan|pakai orang dalam|lewat orang dalam|lewat calo|pakai calo|viral|ngamuk)\b/;
/** Money gone into someone's pocket. */
const POCKETED = /\b(?:masuk|ke) (?:kantong|kantung|kocek) (?:siapa|pribadi|sendiri|oknum|petugas)\b/;
/** Every visit short of something, or what should have been told at the start. */
const EVERY_TIME = /\b(?:tiap|setiap) (?:kali )?(?:ke|datang|balik)\b(?: \w+){0,3}? (?:(?:selalu|pasti) )?(?:ada )?(?:saja )?yang (?:kurang|salah|baru|beda)\b/;
/** Wanting to give up ("lama2 pengen nyerah aja", dev set 131); not "nyerah" alone, whose stem is the "serah" of handing in. */
const GIVING_UP = /\b(?:ingin|pengen|pingin|mau|rasanya) (?:menyerah|nyerah)\b/;
/**
 * At one's wits' end: "harus gimana lagi", "mesti gmn lagi coba", Javanese "kudu piye maneh", Banjar "harus kaya apa lagi"
 * (normalised "harus/mesti bagaimana lagi"; session 37, dev sets 255 and 256). What else is left to do after what was tried: all
 * 23 dev and test messages with it are complaints. Not "harus bagaimana" alone, which asks the steps.
 */
const WITS_END = /\b(?:harus|mesti|musti) bagaimana lagi\b/;
const SHOULD_HAVE_TOLD = /\b(?:harusnya|seharusnya|mestinya|semestinya) (?:\w+ )?di\w{3,}(?: \w+){0,2} (?:dari awal|dari dulu|sebelumnya|duluan)\b/;
/** Turned away for a trifle: "ditolak gawe KIA mung gara-gara fotokopian rada burem" (Javanese, dev set 134). */
const FOR_LITTLE = /\b(?:ditolak|dipulangkan|disuruh pulang|tidak dilayani)\b(?: \w+){0,4}? (?:hanya|cuma|cuman) (?:gara|gegara|karena)\b/;
/**
 * Money asked, then "wasn't it free?" ("petugas kua minta amplop buat nikah di kantor, bukannya gratis?", "tadi disuruh bayar
 * 150rb buat legalisir akta lahir, setau saya gratis??"; dev sets 1–130, the complaints among questions that judge nothing).
 */
// Not "bayar … katanya gratis": "KK anyar kuwi mbayar ora to? jarene gratis" asks (dev set 125).
const PAID_FOR_FREE = /\b(?:minta|diminta|dimintai|disuruh bayar|ditarik|amplop)\b.{0,60}\b(?:bukan(?:nya|ya|kah)?|setahu (?:saya|aku)|setau (?:saya|aku)|kirain) (?:gratis|free)\b/;
/** An envelope given to staff, seen: a bribe told ("ade orang ngasih amplop ke petugas KUA", Betawi, dev set 136). */
const ENVELOPE_GIVEN = /\b(?:kasih|ngasih|kasi|beri|memberi|nyelipin|menyelipkan|selipin) amplop\b/;
/** Suspicion of what was done behind the queue: "jangan2 nomornya udah dibagi2 duluan" (dev set 131). */
const SUSPECTED = /\bjangan(?: jangan)? \w+ sudah di\w{3,}/;
/**
 * Session 27, dev set 139 (a long queue after lunch): sarcasm at staff's ease ("Enak ya kerjanya.", "Semudah itu
 * ngomongnya."), sent round three times and more ("disuruh ke loket A, … disuruh ke lantai 2, … disuruh balik"), queue
 * numbers sold in the active ("ada yg jual nomor antrian di depan pintu"), and made to start over ("harus antri lagi dari
 * nol").
 */
const AT_EASE = /\benak (?:ya |banget |bener |sekali |betul )?(?:kerja\w*|jadi (?:pegawai|petugas))\b|\bsemudah itu\b/;
const SOLD_NUMBERS = /\b(?:jual|jualan|menjual|jualin) (?:nomor|nomer) (?:antre|antrian|antrean|antri)\w*/;
const FROM_SCRATCH = /\b(?:harus|disuruh|suruh)\b.{0,30}\bdari (?:nol|awal lagi)\b/;
const SENT_ROUND = /\bdisuruh\b/g;
/** Others let in by another door. */
const BY_THE_SIDE = /\b(?:lewat|dari|via) (?:pintu|jalur) (?:samping|belakang)\b|\btamu (?:khusus|spesial|vip)\b/;
/** English: what use it is, coming back again and again, a machine that keeps failing. */
const POINTLESS = /\bwhat is the point\b|\bwhat's the point\b/;
/** A why asked of it, and others called before ("who arrived after me get called first"). */
const WHY_AGAIN_EN = /\bwhy (?:do|does|did|should|must|is|are) \w+(?: \w+){0,4}? (?:come back|go back|keeps?)\b/;
const CALLED_FIRST_EN = /\b(?:arrived|came|got here) after (?:me|us)\b/;
const AGAIN_EN = /\b(?:come|go|coming|going) back (?:a|for the|for a) (?:second|third|fourth|fifth|sixth) time\b|\bkeeps? (?:skip\w*|losing|changing|rejecting|cancel\w*|calling)\b/;

/** Grievance shapes of the rhetorical questions (see above), 0 for almost every message. Cheap tests first: throughput. */
export function rhetoricalQuestion(t: string): number {
  let n = 0;
  if (t.includes('kapan') && ENDLESS.test(t)) n += 2;
  if (t.includes('harus') && PRICE_OF_SERVICE.test(t)) n += 2;
  if ((t.includes('kantong') || t.includes('kantung') || t.includes('kocek')) && POCKETED.test(t)) n += 2;
  if (t.includes('tiap') && EVERY_TIME.test(t)) n += 1;
  if (t.includes('nyerah') && GIVING_UP.test(t)) n += 1;
  if (t.includes('bagaimana lagi') && WITS_END.test(t)) n += 2;
  if ((t.includes('harus') || t.includes('mesti')) && SHOULD_HAVE_TOLD.test(t)) n += 1;
  if (t.includes('gara') && FOR_LITTLE.test(t)) n += 1;
  if (t.includes('gratis') && PAID_FOR_FREE.test(t)) n += 2;
  if (t.includes('amplop') && ENVELOPE_GIVEN.test(t)) n += 2;
  if (t.includes('jangan') && SUSPECTED.test(t)) n += 1;
  if ((t.includes('enak') || t.includes('semudah')) && AT_EASE.test(t)) n += 1;
  if (t.includes('jual') && SOLD_NUMBERS.test(t)) n += 1;
  if ((t.includes('nol') || t.includes('awal lagi')) && FROM_SCRATCH.test(t)) n += 1;
  if (t.includes('disuruh') && (t.match(SENT_ROUND)?.length ?? 0) >= 3) n += 2;
  if ((t.includes('pintu') || t.includes('jalur') || t.includes('tamu')) && BY_THE_SIDE.test(t)) n += 1;
  if (t.includes('point') && POINTLESS.test(t)) n += 2;
  if ((t.includes(' back ') || t.includes('keep')) && AGAIN_EN.test(t)) n += WHY_AGAIN_EN.test(t) ? 2 : 1;
  if (t.includes(' after ') && CALLED_FIRST_EN.test(t)) n += 1;
  return n;
}
