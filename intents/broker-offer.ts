/**
 * A broker's offer or an impersonator's demand, told as a story (issue 11, session 10, complaint-feeling and the regional
 * classes on dev sets 12 and 13): "ada bapak2 di parkiran nawarin jalur cepat, bayar 1,5 juta beres", "ada orang nawarin
 * jalan pintas bikin skck, kudu bayar gopek. ntu bener kagak?", "aya nu nawiskeun jalur gancang, mayar 500 rebu", "ada
 * urang manawari jalur capat, bayar sajuta", "ditelepon orang yang ngaku petugas, minta transfer biar cepat jadi". The
 * citizen asks whether it is official, so the models read cost; but the Ombudsman counts the broker (calo) and the false
 * officer as maladministration to report, and that is what the MPP must hear.
 *
 * Two shapes, each a complaint whatever the models say (two grievances, grievance.ts):
 * - someone offered (any form of "tawar" with its affix: "nawarin", "ditawari", "menawarkan", Banjar "manawari", Sundanese
 *   "nawiskeun"; not the bare "tawar"/"nawar", which is to bargain), a shortcut ("jalur cepat", "jalan pintas", "jadi 2
 *   hari", "biar cepat") and money ("bayar", an amount, "gopek");
 * - someone claimed to be one of ours ("ngaku petugas", "mengatasnamakan pegawai mpp") and money was asked.
 * Read on the raw text, lower-cased: the normaliser turns "nawarin" into the bare "tawar" and "nawiskeun" into "tanya",
 * and "ngaku" into "saya". The cheap substring tests skip the regexes for almost every message.
 */
/**
 * Or a stranger's say-so (session 37, dev set 250: "ada om2 di parkiran bilang bisa bikin SIM jadi sehari asal bayar 500 ribu"):
 * "ada <someone, somewhere> bilang bisa", never an officer's word of a fee ("petugas bilang bisa jadi sehari, bayar
 * percepatan": the passport's express service is an official fee).
 */
const OFFERED = /\b(?:di|me|ma)?[nt]awar(?:in|i|kan|kin)\b|\b(?:di)?nawis(?:keun|an)\b|\bada (?:\S+ ){1,4}?(?:bilang|blg|ngomong|janji|menjanjikan|katanya) (?:\S+ )?bisa\b/;
const SHORTCUT = new RegExp(
  [
    String.raw`\b(?:jalur|jalan|lewat) (?:cepat|cepet|capat|gancang|pintas|belakang|khusus|vip|kilat|tol)\b`,
    String.raw`\b(?:cepat|cepet|kilat|langsung) (?:jadi|beres|selesai|kelar|keluar)\b`,
    String.raw`\b(?:jadi|beres|selesai|kelar|keluar) (?:dalam )?(?:\d+|sehari|satu|dua|tiga) (?:hari|jam)\b`,
    String.raw`\b(?:jadi|beres|selesai|kelar|keluar) (?:dalam )?sehari\b`,
    // "bisa urus ktp sehari jadi" (session 46, dev set 364)
    String.raw`\bsehari (?:jadi|beres|selesai|kelar|keluar)\b`,
    String.raw`\bbiar (?:cepat|cepet|lancar)\b`,
    String.raw`\bpercepat(?:an)?\b`,
    String.raw`\borang dal[ae]m\b`,
    // "paspor 2 hari jadi, tanpa wawancara" (session 27, dev set 142): the days first, or a step skipped
    String.raw`\b(?:\d+|sehari|satu|dua|tiga) (?:hari|jam) (?:jadi|beres|selesai|kelar|keluar)\b`,
    String.raw`\btanpa (?:wawancara|tes|test|ujian|antre|antri|antrian|antrean|ngantri)\b`,
    // The queue skipped in so many words, or the document itself fast (session 36, dev set 25 after the -innya rule moved it
    // to 0.10: "ade orang nawarin paspor cepet, tinggal bayar doang kagak usah ngantri. bener kagak tuh?").
    String.raw`\b(?:tidak|gak|ga|nggak|kagak|ndak|ora|gausah|ga usah) ?(?:usah|perlu|pake|pakai)? (?:ngantri|antri|antre|ngantre|antrian|antrean)\b`,
    String.raw`\b(?:paspor|sim|ktp|skck|kk|akta|npwp|stnk|bpkb) (?:cepat|cepet|kilat|express|ekspres)\b`,
  ].join('|'),
);
const MONEY = /\b(?:bayar|mayar|babayar|transfer|tf|ribu|rebu|juta|jeti|sajuta|sejuta|gopek|goceng|ceban|cepek|\d+(?:[.,]\d+)? ?(?:rb|ribu|rebu|k|jt|juta))\b|\brp\.? ?\d/;
/** Claiming to be one of ours: "ngaku petugas", "mengaku pegawai mpp", "mengatasnamakan dukcapil". */
const CLAIMED = /\b(?:ngaku|mengaku|ngaku2|ngaku-ngaku|mengatasnamakan)\s+(?:\S+\s+)?(?:petugas|pegawai|staf|staff|orang mpp|mpp|dukcapil|capil|samsat|imigrasi|polisi)\b/;

/**
 * A broker named as one ("calo", "makelar", "joki") who claims or offers a shortcut is reported whether or not a price was said:
 * "ada calo di depan pintu masuk ngaku bisa urus ktp sehari jadi, ini resmi kah?" read duration (session 46, dev set 364).
 */
const BROKER = /\b(?:calo|makelar|joki)\b/;
const CLAIMS = /\b(?:ngaku|mengaku|bilang|blg|janji|janjiin|menjanjikan|katanya|ngomong)\b/;

/** Grievances a broker's offer or an impersonator's demand counts (0 or 2; see above). */
export function brokerOffer(raw: string): number {
  const text = raw.toLowerCase();
  if ((text.includes('awar') || text.includes('awis') || text.includes('bisa')) && OFFERED.test(text) && SHORTCUT.test(text) && MONEY.test(text)) return 2;
  if ((text.includes('ngaku') || text.includes('atasnama')) && CLAIMED.test(text) && MONEY.test(text)) return 2;
  if ((text.includes('calo') || text.includes('makelar') || text.includes('joki')) && BROKER.test(text) && (OFFERED.test(text) || CLAIMS.test(text)) && SHORTCUT.test(text)) return 2;
  return 0;
}
