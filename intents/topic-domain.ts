/**
 * Which other domain a message is about, and the word that says so (issue 11, session 9: out-of-scope near misses).
 * One reviewed lexicon, by domain, of words (as written, not stemmed: "tugas" is the stem of "petugas") that have no
 * sense in an MPP errand. Each domain says what its evidence outweighs:
 * - `frame`: a service question or a booking with no MPP or agency word (other-domain.ts: "cara daftar shopee
 *   affiliate", "paspor kucing", "batalin pesanan di tokped");
 * - `overAgency`: also beside an agency MPPs host, because the act is that firm's own business, not a public service
 *   its counter at the MPP does ("syarat gadai bpkb di pegadaian", "biaya admin transfer bca ke bri", "buka rekening
 *   bri"): the agency alone ("pegadaian buka jam brp", "di mpp ada pegadaian gk") stays ours, it names no act. Only
 *   without a service, and not beside a word of paying: "syarat npwp buat kpr", "bayar pbb lewat rekening bca" ask ours;
 * - `complaint`: a complaint about that firm, or a call for its CS, whose own queue, CS and numbers are meant ("antrian
 *   customer service shopee lama bgt", "nomor cs indihome brp ya internet sy mati"), unless the MPP's people or places
 *   are named (other-domain.ts firmComplaint).
 *
 * Left out on purpose (an MPP sense): "aplikasi", "akun" (IKD, OSS), "online", "foto", "upload", "edit", "template",
 * "premium", "konten", "youtuber" (a creator's NIB), "wa", "email", "dana" (funds), "cat" (paint), "hewan"
 * (karantina), "sekolah" (kia's "anak sekolah"), "kuliah" (a letter's reason: "KTP untuk pendaftaran kuliah"),
 * "transfer" (a payment, and "transfer my domicile"), "saldo" (JHT), "tabungan" (Taspen's tabungan hari tua, Tapera),
 * "klaim" (BPJS), "kredit" (a letter's "kredit usaha" for which the NIB is asked), "leasing" ("bpkb masih di leasing"
 * asks the Samsat), "internet" and "wifi" (the MPP's own), "loker" (a locker), "xl" (too short to be sure in a
 * complaint), "provider" (BPJS health providers), "ninja" (a motorbike as much as a courier), "permata" and "jenius"
 * (words and street names as well as banks).
 */

export interface Domain {
  /** Words (as written) that put a message in this domain. */
  readonly words: string;
  /** Refuses a service question or a booking without an MPP or agency word. */
  readonly frame: boolean;
  /** Refuses it beside a listed agency too: the act is the firm's own business. */
  readonly overAgency: boolean;
  /** Refuses a complaint that names none of the MPP's people or places. */
  readonly complaint: boolean;
}

export const DOMAINS = {
  // session 5: games, apps and social networks by name, photo editing and posting, e-wallet brands, pets, baking
  games: { words: 'game games gim gamer sims minecraft roblox pubg freefire mlbb genshin valorant gta harvest pokemon nintendo playstation ps4 ps5 xbox steam skin karakter avatar emulator cheat racing gaming ranked', frame: true, overAgency: false, complaint: false },
  // ("racing gaming ranked": session 9, dev set 11, "sim racing setir logitech", "antrian ranked mobile legends")
  social: { words: 'instagram ig tiktok facebook fb twitter youtube yt canva photoshop capcut picsart lightroom snapseed editing editan filter stiker sticker postingan followers meme wallpaper', frame: true, overAgency: false, complaint: false },
  streaming: { words: 'spotify netflix', frame: true, overAgency: false, complaint: true },
  wallets: { words: 'gopay ovo shopeepay linkaja paylater kredivo akulaku', frame: true, overAgency: false, complaint: true },
  pets: { words: 'kucing anjing kelinci hamster peliharaan pet dog puppy kitten', frame: true, overAgency: false, complaint: false },
  baking: { words: 'kue resep bolu cake brownies', frame: true, overAgency: false, complaint: false },
  // session 6: online shops and food delivery, a parcel's receipt number; contests and schoolwork
  shops: { words: 'shopee tokopedia lazada bukalapak blibli tiktokshop gofood grabfood shopeefood resi', frame: true, overAgency: false, complaint: true },
  school: { words: 'lomba pkn ppkn makalah skripsi', frame: true, overAgency: false, complaint: true },
  // session 7: school enrolment, online loans, a notary, a wedding party, renting
  errands: { words: 'ppdb pinjol notaris resepsi sewa', frame: true, overAgency: false, complaint: true },
  // session 9 (dev set 11): shops and couriers by the names chat uses, phone and home-internet carriers, and the acts
  // of banking and pawning, which the banks' and the pawnshop's counters in an MPP do not make public services
  // session 35 (dev sets 12, 21, 27, 30, 33): international couriers and a parcel asked about in English ("How long does DHL
  // usually take from Singapore to here?", "how long does a parcel from Singapore take to reach here by post?")
  couriers: { words: 'tokped jne jnt sicepat anteraja lionparcel dhl fedex parcel parcels courier', frame: true, overAgency: false, complaint: true },
  carriers: { words: 'indihome telkomsel indosat smartfren axis byu im3 myrepublic biznet firstmedia', frame: true, overAgency: false, complaint: true },
  // session 27 (dev set 137, a Saturday evening's everyday questions): films, series, music and books asked for ("ada rekomendasi
  // film horor indo terbaru ga" was read as a list of our services)
  // session 27 (dev set 142, the evening of a closure day: what failed online): a campus's, a scholarship's, a state firm's
  // recruitment and a travel site's systems complained of ("apk kampus error pas isi KRS", "daftar beasiswa LPDP tadi
  // websitenya down", "portal rekrutmen BUMN kok lemot", "my Airbnb booking got cancelled"); school and errands' complaints
  // too ("Pendaftaran PPDB SMP online webnya down seharian"), which are the school's, not ours
  // (complaints only: an SKCK or a KTP is what a recruitment or a scholarship asks for, "skck buat daftar kerja di bumn")
  study: { words: 'krs khs dosen beasiswa lpdp snbt utbk rekrutmen bumn', frame: false, overAgency: false, complaint: true },
  // session 35 (dev set 12: "I need to move my AirAsia flight to a later date"): airlines by the names that are no other word
  travel: { words: 'traveloka tiketcom airbnb agoda pegipegi redbus airasia citilink', frame: true, overAgency: false, complaint: true },
  media: { words: 'film drakor anime sinetron lagu musik playlist novel komik webtoon', frame: true, overAgency: false, complaint: false },
  banking: { words: 'rekening deposito gadai menggadaikan kpr cicilan angsuran pinjaman atm tunai banking mbanking bca cimb danamon ocbc maybank panin seabank', frame: true, overAgency: true, complaint: false },
} as const satisfies Readonly<Record<string, Domain>>;

function wordsWhere(test: (d: Domain) => boolean): ReadonlySet<string> {
  return new Set(Object.values<Domain>(DOMAINS).filter(test).flatMap((d) => d.words.split(' ')));
}

/** Words that refuse a service question or a booking (other-domain.ts). */
export const FRAME_WORDS: ReadonlySet<string> = wordsWhere((d) => d.frame);
/** Words whose act is a firm's own business even beside an agency MPPs host. */
export const OVER_AGENCY_WORDS: ReadonlySet<string> = wordsWhere((d) => d.overAgency);
/** Firms whose complaints are theirs (other-domain.ts firmComplaint). */
export const COMPLAINT_WORDS: ReadonlySet<string> = wordsWhere((d) => d.complaint);
/** Every word of the lexicon: words as written, never typos (pipeline.ts isWord: the corrector reads an unknown word as a known one). */
export const DOMAIN_LEXICON: ReadonlySet<string> = wordsWhere(() => true);
