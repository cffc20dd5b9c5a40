/**
 * Rhetorical where-questions (session 16, dev sets 51 and 54: complaints said as sarcasm). Two shapes ask "where" of
 * something that should be there and is not, and no reply about our address answers them:
 * - gone where: our people or the citizen's money, gone ("petugasnya ke mana sih?? loket 4 kosong dari tadi", "Pegawainya
 *   ke mana kah?", "ke mana semua ji petugasnya?", "terus uangnya ke mana??", "kemana sisa uangnya?"). "Ke mana" is whither,
 *   not where at: "loket kk dimana" asks the way, "petugasnya ke mana" asks where they went. Only fillers may stand between
 *   the two ("petugas loket 7 ilang entah ke mana"); a modal or a verb of telling hands the question to someone else
 *   ("petugas bilang saya harus ke mana", "ke mana saya harus bayar"). Money only when said to be gone (MONEY_GONE).
 * - a virtue's whereabouts: "logikanya di mana", "bagusnya di mana? wawancara 2 menit, nunggunya 4 jam", "ramah anak dari
 *   mananya": the service was said to have a quality, and the citizen asks where it is.
 * The models read both as location (or as wanting a person). Of the 20 dev messages with our people or money before or after
 * "ke mana", 18 are complaints; the other two are letters whose writer asks where to go. A grievance shape (grievance.ts).
 *
 * Read on the normalised text: "petugasna ngiles kamana" is "petugas iles ke mana" there.
 */
// "yang lain": the other counters' staff ("cuma satu loket yang buka dari lima. Yang lain entah ke mana", session 21).
const GONE_WHO = String.raw`(?:petugas|pegawai|staf|staff|karyawan|orangnya)\w*`;
/** Words that may stand between who and whither without changing who goes: pronouns of whose, fillers, ways of vanishing. */
const FILLER = String.raw`(?:semua|pada|sih|ji|mi|tuh|itu|ini|nih|loket|\d+|hilang|ilang|iles|ngiles|menghilang|entah|pergi|kabur|lari|yang|yg|tadi|terus|pak|bu|kak)`;
const WHITHER = String.raw`(?:ke ?mana|kamana|kmn)`;
const GONE = new RegExp(
  String.raw`\b${GONE_WHO} (?:${FILLER} ){0,4}${WHITHER}\b|\b${WHITHER} (?:${FILLER} ){0,2}${GONE_WHO}|\byang lain(?:nya)? (?:pada |semua )?(?:entah|hilang|ilang|kabur|pergi|menghilang) ${WHITHER}\b`,
);
/**
 * Money gone, only when it is said to be gone: after "terus"/"lalu" ("terus uangnya ke mana??"), with a verb of vanishing
 * ("uang saya melayang ke mana"), what is left of it ("kemana sisa uangnya?"), or after paying. "transfer uangnya ke mana?"
 * asks where to pay.
 */
const MONEY = String.raw`(?:uang|duit)\w*`;
const MONEY_GONE = new RegExp(
  // Paid, and told to pay again or told it never arrived: "di loket samsat dibilang belum masuk, disuruh bayar lagi. duitnya
  // ke mana??" (session 21, dev set 83).
  String.raw`\b(?:(?:sudah|telah) bayar|dibayar|bayar lagi)\b (?:\w+ ){0,12}?${MONEY} ${WHITHER}\b|\b(?:terus|lalu|jadi) ${MONEY} ${WHITHER}\b|\b${MONEY} (?:saya |kami |kita )?(?:melayang|hilang|ilang|raib|lari|kabur) (?:entah )?${WHITHER}\b|\b${WHITHER} (?:sisa|kembalian) ${MONEY}`,
);

/** Qualities a service is said to have: where are they? */
const VIRTUE = String.raw`(?:logika|bagus|etika|empati|adil|keadilan|profesional|profesionalisme|ramah|cepat|mudah|transparan|transparansi|prima|hati nurani|nurani|sopan|santun|manusiawi|melayani|pelayanan prima|gratis)`;
// The quality as a noun ("bagusnya", "logikanya"): "les yang bagus di mana" asks where a good one is.
const VIRTUE_WHERE = new RegExp(String.raw`\b${VIRTUE}nya (?:(?:itu|tuh|sih) )?(?:di ?mana|dimana|dmn)\b|\b${VIRTUE}(?: \w+)? dari (?:mana ?nya|mananya)\b`);

// The virtue asked after, where first ("DIMANA KEADILANNYA????", session 23, dev set 102; 3 of 3 dev messages complaints).
// Only a virtue as a noun: "parkir motore neng endi? gratis ora?" asks where, then whether it is free.
// Session 36 (dev set 228): bare "mana" too ("mana tanggung jawabnya? berkas nikah saya hilang di meja KUA").
const WHERE_VIRTUE = /\b(?:di ?mana|dimana|dmn|mana) (?:keadilan|logika|etika|empati|hati nurani|nurani|profesionalisme|transparansi|tanggung jawab|sopan santun|kemanusiaan)(?:nya)?\b/;

/**
 * Grievance shapes for the rhetorical where-questions the message asks: two for either shape, as two words of judging
 * (decide.ts feelingTop), because the question is the whole of the grievance and a short one has no other word of it
 * ("orangnya ke mana?" was human, "logikanya di mana" out of scope).
 */
export function rhetoricalWhere(normalized: string): number {
  // Cheap test first: most messages ask no where at all.
  if (!/man|kmn|dmn/.test(normalized)) return 0;
  return GONE.test(normalized) || MONEY_GONE.test(normalized) || VIRTUE_WHERE.test(normalized) || WHERE_VIRTUE.test(normalized) ? 2 : 0;
}

/**
 * What is the use of it, asked of what was done or of ours (session 23, dev set 102: "trus gunanya booking apa??", "buat apa
 * diumumin2 kalo ga ada", "UDAH 3X KESINI … MAUNYA APA SIH"), or after it (session 27, dev set 134: Javanese "daftar online kuwi
 * gunane opo", read "daftar online itu guna apa"): after "terus/lalu/jadi", or of our booking, queue, counter or
 * app, or "maunya apa". Not the bot asked what it is for ("bot ini gunanya apa", "bisa buat apa aja": 91 help messages in
 * the dev sets ask so); of the dev messages of these shapes, 35 are complaints and one a private clinic's (out of scope).
 */
const USE_ASKED = /\b(?:terus|lalu|jadi) (?:gunanya|fungsinya|buat apa|untuk apa|ngapain)\b|\b(?:booking|online|aplikasi)(?: \w+)?(?: itu| ini)? (?:gunanya|guna|fungsinya|fungsi) apa\b|\b(?:gunanya|buat apa|untuk apa) (?:ada )?(?:booking|antre|antri|antrian|antrean|online|daftar|aplikasi|ada loket|ada petugas|diumumkan|diumumin)\b|\bmaunya apa\b/;

/** Two grievance shapes for a rhetorical what-for (see USE_ASKED), else none. */
export function rhetoricalUse(normalized: string): number {
  return /guna|fungsi|apa|ngapain/.test(normalized) && USE_ASKED.test(normalized) && !SOMEONE_ELSES.test(normalized) ? 2 : 0;
}
/** Another's booking or queue ("klinik gigi swasta, nunggu 3 jam padahal udah booking online. buat apa booking"). */
const SOMEONE_ELSES = /\b(?:klinik|rs|rumah sakit|puskesmas|apotek|dokter|hotel|restoran|resto|bank|bioskop|bengkel|sekolah|kampus|swasta)\b/;

/**
 * "X or Y?" of our place, where Y is what it feels like (session 17, dev sets 17–59: "ini pelayanan publik atau pasar?",
 * "ini mpp apa museum? petugasnya cuma dipajang", "ini sistem antrian atau sistem undian?", "ini kantor pelayanan apa
 * terminal"): 10 of the 10 dev messages of this shape are complaints. Not the bot's own question ("ini bot apa ya", "ini
 * bot apa manusia?", "ini bot bisa bantu apa aja"): a word of asking, or a person, after "apa"/"atau". Nor open or shut asked
 * of a day ("Nyepi ini MPP buka apa libur?", session 37, dev set 250: Javanese "Dinten Nyepi menika MPP bikak menapa prei").
 */
const OUR_WHAT = String.raw`(?:mpp|mal|mall|kantor|pelayanan|layanan|loket|bot|chatbot|sistem|antre|antrian|antrean|tempat)\w*`;
const ASKING_AFTER = String.raw`(?:ya|aja|saja|sih|yang|bisa|itu|ini|gitu|deh|kah|ji|mi|kok|kak|min|bagaimana|sebenarnya|tuh|nih|dong|lagi|saya|kamu|ada|tidak|belum|bukan|manusia|orang|asli|robot|human|admin|petugas|beneran|gunanya|fungsinya|namanya|artinya|maksudnya)`;
const OPEN_OR_SHUT = String.raw`(?:buka|tutup|libur|masuk|off|open|closed|normal|beroperasi|layan|melayani|istirahat)`;
const WHICH = new RegExp(String.raw`\bini ${OUR_WHAT}(?: \w+)? (?:atau|apa) (?!${ASKING_AFTER}\b)(?!${OPEN_OR_SHUT}\b)[a-z]{3,}`);

/** Two grievance shapes for "ini X atau Y?" said of our place (see WHICH), else none. */
export function rhetoricalWhich(normalized: string): number {
  return normalized.includes('ini ') && WHICH.test(normalized) ? 2 : 0;
}

/**
 * Our place likened to something ("antrian di mpp kayak antrian konser, kesel", "antrean skck udh kayak antre sembako",
 * "petugasnya diem semua kayak patung lilin", "ngomong sama bot ini kayak ngomong sama tembok"; session 17, dev sets
 * 17–59: 47 of the 59 short messages likening our queue, staff, counter or bot to something are complaints; the rest ask
 * whether hours are "sama kayak" here, or say "kaya apa", Banjar for how). One grievance shape: a complaint with one
 * more word of judging.
 */
const LIKENED = new RegExp(
  String.raw`\b(?:antre|antrian|antrean|petugas|pegawai|loket|pelayanan|layanan|mpp|satpam|sistem|bot|chatbot|website|web|ruang tunggu)\w*(?: \w+){0,3}? (?<!sama )(?:kayak|seperti|macam|bagai|ibarat) (?!(?:apa|bagaimana|di|sini|disini|biasa|biasanya|dulu|kemarin|semula|tadi|yang|ini|inilah|itu|itulah|begini|gini|begitu|gitu|mpp|kantor|jadwal|jam|hari)\b)[a-z]{3,}`,
);

/** One grievance shape when the message likens our place or people to something (see LIKENED), else none. */
export function likened(normalized: string): number {
  return /kayak|seperti|macam|bagai|ibarat/.test(normalized) && LIKENED.test(normalized) ? 1 : 0;
}
