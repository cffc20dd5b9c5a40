import { wordTable } from '../core/word-table.js';
import { REGIONAL, REGIONAL_FILLERS } from './regional.js';

/**
 * Chat Indonesian → the forms the models were trained on. Hand-made: the public colloquial lexicons have
 * no licence, and ~200 entries close most of the gap (docs/notes/nlu.md §5). Keys are single lower-case tokens;
 * a value may hold several words. Only spelling and register change here, never meaning.
 */
const CHAT_SLANG: Readonly<Record<string, string>> = {
  // pronouns and people
  sy: 'saya', sya: 'saya', aku: 'saya', ak: 'saya', aq: 'saya', gw: 'saya', gue: 'saya', gua: 'saya', ane: 'saya', w: 'saya',
  lu: 'kamu', lo: 'kamu', loe: 'kamu', km: 'kamu', kmu: 'kamu', anda: 'kamu', u: 'you',
  org: 'orang', ortu: 'orang tua', anak2: 'anak',
  // "malem minggu" was corrected to "palem minggu" (session 8, date/time probes)
  malem: 'malam', mlm: 'malam',
  // struck off a list ("tolong dicoret nama sy dr antrian senin", session 7, dev set 7): removed from it
  coret: 'hapus', dicoret: 'dihapus', coretin: 'hapus', nyoret: 'hapus', dipesen: 'pesan',
  // question words
  gmn: 'bagaimana', gmna: 'bagaimana', gimana: 'bagaimana', gimna: 'bagaimana', bgmn: 'bagaimana', gmana: 'bagaimana', gmnya: 'bagaimana',
  brp: 'berapa', brapa: 'berapa', berpa: 'berapa', bpr: 'berapa',
  kpn: 'kapan', kapn: 'kapan', dmn: 'dimana', dmna: 'dimana', kmn: 'kemana', kmna: 'kemana', knp: 'kenapa', npa: 'kenapa', napa: 'kenapa',
  ap: 'apa', apaan: 'apa', apakah: 'apa', apa2: 'apa', apa2an: 'apa', ky: 'kayak', kyk: 'kayak', kaya: 'kayak', sprti: 'seperti', spt: 'seperti',
  // negation and answers
  ga: 'tidak', gak: 'tidak', gk: 'tidak', ngga: 'tidak', nggak: 'tidak', engga: 'tidak', enggak: 'tidak', nda: 'tidak',
  ndak: 'tidak', tdk: 'tidak', tak: 'tidak', kagak: 'tidak', kaga: 'tidak', nggk: 'tidak', ngak: 'tidak', gaada: 'tidak ada',
  jgn: 'jangan', jngn: 'jangan', gausah: 'tidak usah', gaush: 'tidak usah', gajadi: 'tidak jadi', gabisa: 'tidak bisa', gamau: 'tidak mau',
  iy: 'iya', iyaa: 'iya', iyh: 'iya', yoi: 'iya', yup: 'iya', yap: 'iya', okey: 'oke', okay: 'oke', ok: 'oke', okee: 'oke', oce: 'oke',
  sip: 'oke', siap: 'oke', bener: 'benar', bnr: 'benar',
  // verbs and auxiliaries
  bikin: 'buat', bkin: 'buat', bikinin: 'buat', bkn: 'bukan', mo: 'mau', mw: 'mau', mao: 'mau', pengen: 'ingin', pgn: 'ingin',
  pingin: 'ingin', pengin: 'ingin', kepengen: 'ingin', bs: 'bisa', bsa: 'bisa', bisakah: 'bisa', hrs: 'harus', msti: 'mesti',
  udh: 'sudah', udah: 'sudah', sdh: 'sudah', dah: 'sudah', blm: 'belum', blum: 'belum', lom: 'belum', lg: 'lagi', lgi: 'lagi',
  tau: 'tahu', tw: 'tahu', dapet: 'dapat', dpt: 'dapat', ilang: 'hilang', ngilang: 'hilang', ngurus: 'urus', ngurusin: 'urus',
  nanya: 'tanya', nnya: 'tanya', liat: 'lihat', ngeliat: 'lihat', nunggu: 'tunggu', nungguin: 'tunggu', nyari: 'cari',
  dateng: 'datang', dtg: 'datang', balikin: 'kembali', pake: 'pakai', kasi: 'kasih', ksh: 'kasih', kirimin: 'kirim',
  ngobrol: 'bicara', ngomong: 'bicara', omong: 'bicara', hlp: 'help', ngapain: 'apa', ganti2: 'ganti', booking2: 'booking',
  // "masih sempet?", "msh smpt?": still in time (served-at.ts; session 26, dev sets 122 and 124).
  sempet: 'sempat', smpt: 'sempat', smpet: 'sempat',
  // "pesenin jadwal bikin npwp dong": book one for me (session 26, dev set 128), as "pesan" is.
  pesenin: 'pesan', pesanin: 'pesan',
  // "ga jadi2", "belum jadi-jadi": still not ready, a document overdue, not "ga jadi", called off (in-context.ts calledOff; session
  // 26, dev set 122: "ktp ibu udah 4 bulan ga jadi2" was read as a cancel).
  // Javanese "dadi2" likewise ("akta kematian simbah kok ora dadi2", session 27, dev set 134).
  jadi2: 'selesai', 'jadi-jadi': 'selesai', jd2: 'selesai', dadi2: 'selesai', 'dadi-dadi': 'selesai',
  // time words (chrono reads the long forms)
  bsk: 'besok', besuk: 'besok', bsok: 'besok', skrg: 'sekarang', skrng: 'sekarang', skg: 'sekarang', tgl: 'tanggal', tggl: 'tanggal',
  jm: 'jam', pkl: 'pukul', dpn: 'depan', mgg: 'minggu', mggu: 'minggu', hr: 'hari', hri: 'hari', ntar: 'nanti', nnti: 'nanti',
  td: 'tadi', tdi: 'tadi', kmrn: 'kemarin', kemaren: 'kemarin', bln: 'bulan', thn: 'tahun', thun: 'tahun', lsa: 'lusa',
  jum: 'jumat', sab: 'sabtu',
  // Weekdays with some vowels dropped (session 25, dev set 113: "bs pndh jdwl ke kmis jm 1 siang?"): the vowel-drop rule
  // reads only skeletons with every vowel gone, and "sls" ties there. Not "rbu", which chat also writes for "ribu".
  kmis: 'kamis', kmus: 'kamis', sls: 'selasa', slsa: 'selasa', sbtu: 'sabtu', sbt: 'sabtu', jmat: 'jumat', jmt: 'jumat',
  // Betawi and Sundanese say f as p (session 25, dev set 113: "tempat potokopi di mane ye bang?").
  potokopi: 'fotokopi', potokopian: 'fotokopian', motokopi: 'fotokopi', fotokopiin: 'fotokopi',
  // addresses: "Jl." (session 17, dev set 52: "taspen tuh di jl apa sih")
  jl: 'jalan', jln: 'jalan',
  // "esok", the formal and Malay "tomorrow" ("boleh tukar ke esok?", "esok hari"; KBBI: esok = besok), and the English
  // chat "tmrw" (session 12, dev sets 27 and 33), and "tmr" (session 39, dev set 314: "a slot for tmr at 10am" was "timer")
  esok: 'besok', tmrw: 'tomorrow', tmrow: 'tomorrow', tmr: 'tomorrow',
  // The Malay weekdays where they differ from ours (session 13, dev set 33: migrant workers write home in the Malay of
  // Malaysia and Singapore; Kamus Dewan: Isnin, Khamis, Jumaat). Selasa, Rabu, Sabtu are the same; Ahad is read already.
  isnin: 'senin', khamis: 'kamis', jumaat: 'jumat',
  // chrono's English reader has "today" and "tomorrow" but is only asked when an English date word is seen; "yesterday"
  // is read as "kemarin" (session 7, english: "I registered yesterday but never got a booking code")
  yesterday: 'kemarin', ytd: 'kemarin',
  dont: 'do not', whats: 'what is', im: 'i am', cant: 'can not', wont: 'will not', 
  // English contractions typed without the apostrophe (session 7, english: "my booking code isnt showing"). Not
  // "doesnt"/"didnt": their "does" is how duration examples ask ("how long does it take"), and "tomorrow doesnt work,
  // can you move it to friday" became a duration question
  isnt: 'is not', arent: 'are not', wasnt: 'was not', havent: 'have not',
  hasnt: 'has not', couldnt: 'could not', wouldnt: 'would not', shouldnt: 'should not', ive: 'i have', youre: 'you are',
  thats: 'that is', theres: 'there is', wheres: 'where is', hows: 'how is', whens: 'when is', weve: 'we have', 
  // connectors
  yg: 'yang', yng: 'yang', utk: 'untuk', untk: 'untuk', tuk: 'untuk', dgn: 'dengan', dg: 'dengan', sm: 'sama', ama: 'sama',
  dr: 'dari', dri: 'dari', krn: 'karena', krna: 'karena', soalnya: 'karena', tp: 'tapi', tpi: 'tapi', klo: 'kalau', kalo: 'kalau',
  kl: 'kalau', kalu: 'kalau', klu: 'kalau', aja: 'saja', aj: 'saja', ajah: 'saja', doang: 'saja', jg: 'juga', jga: 'juga',
  trs: 'terus', trus: 'terus', sampe: 'sampai', smpe: 'sampai', sampek: 'sampai', ampe: 'sampai', dll: 'dan lain', dsb: 'dan lain',
  bgt: 'sekali', banget: 'sekali', bngt: 'sekali', bnyk: 'banyak', byk: 'banyak', sdikit: 'sedikit', dikit: 'sedikit',
  ni: 'ini', tu: 'itu', gini: 'begini', gitu: 'begitu', gt: 'begitu', emg: 'memang', emang: 'memang', msh: 'masih', masi: 'masih',
  // year as Javanese, Sundanese and Betawi chat write it ("Taun Baru Islam", "taon ini"; session 29, dev set 168)
  taun: 'tahun', taon: 'tahun',
  // Session 43 (dev set 347: "ongkos perpanjang STNK taunan berape sih? aye ojol" fell out of scope by its unknown "taunan").
  taunan: 'tahunan', taonan: 'tahunan',
  // se- is "one" on a unit of time ("mundurin seminggu", "telat setaun")
  sejam: 'satu jam', sehari: 'satu hari', seminggu: 'satu minggu', sebulan: 'satu bulan', setahun: 'satu tahun', setaun: 'satu tahun',
  tetep: 'tetap', deket: 'dekat', dket: 'dekat', nyogok: 'sogok', nyuap: 'suap', sebrang: 'seberang', sbrg: 'seberang', sbrang: 'seberang', cepet: 'cepat', anter: 'antar', temen: 'teman', kelar: 'selesai', mulu: 'terus', melulu: 'terus', beres: 'selesai',
  // "nyerah" is giving up (serah), not "cerah" (clear weather), which the nasal-prefix rule tried first (session 15, dev set 51).
  nyerah: 'menyerah',
  // "ordal", chat for "orang dalam", an insider who gets one served first (session 16, dev set 38: "kenapa yg pake ordal bisa
  // duluan"); grievance.ts reads the long form.
  ordal: 'orang dalam',
  // "ck", chat for "cek" (session 16, dev set 56: "ck antrn sy"): two letters, below the vowel-dropping rule's reach
  ck: 'cek',
  tuker: 'tukar', nuker: 'tukar', dituker: 'ditukar', nyampe: 'sampai', ngasih: 'kasih', bareng: 'bersama', gede: 'besar', males: 'malas', lama2: 'lama', telat: 'terlambat',
  // "sesudah" is stemmed to "sudah" (already), which reads as a finished booking
  sesudah: 'setelah', sesudahnya: 'setelah',
  jd: 'jadi', jdi: 'jadi', pd: 'pada', sblm: 'sebelum', stlh: 'setelah', abis: 'habis', ato: 'atau', atw: 'atau',
  // thanks and greetings ("sama-sama" answers a thank-you: not "sama", which asks for a person)
  'sama-sama': 'sama sama', sama2: 'sama sama', samasama: 'sama sama', sm2: 'sama sama',
  makasih: 'terima kasih', makasi: 'terima kasih', mksh: 'terima kasih', mks: 'terima kasih', makasihh: 'terima kasih',
  trims: 'terima kasih', trimakasih: 'terima kasih', terimakasih: 'terima kasih', tengkyu: 'thank you', thx: 'thanks',
  tq: 'thanks', ty: 'thanks', tks: 'thanks', tanks: 'thanks', wr: 'warahmatullahi',
  wb: 'wabarakatuh', wrwb: 'warahmatullahi wabarakatuh',
  asalamualaikum: 'assalamualaikum', assalamu: 'assalamualaikum', aslm: 'assalamualaikum',
  ass: 'assalamualaikum', misi: 'permisi', mizi: 'permisi', askum: 'assalamualaikum', samlekom: 'assalamualaikum', hallo: 'halo', hello: 'halo', helo: 'halo',
  hai: 'halo', hay: 'halo', hei: 'halo', hey: 'halo', hi: 'halo', hii: 'halo', met: 'selamat', slmt: 'selamat', slamat: 'selamat',
  // domain spellings
  antrian: 'antre', antri: 'antre', antrean: 'antre', antrin: 'antre', antriannya: 'antre', antreannya: 'antre', ngantri: 'antre',
  ngantre: 'antre', nomer: 'nomor', nmr: 'nomor', akte: 'akta', boking: 'booking', bokking: 'booking',
  bokingan: 'booking', bookingan: 'booking', bookingin: 'booking', booked: 'booking', resched: 'reschedule', resch: 'reschedule',
  lm: 'lama', cr: 'cara', bk: 'buka', byr: 'bayar', tlg: 'tolong', mhn: 'mohon', msk: 'masuk', lemot: 'lambat', lelet: 'lambat',
  kelamaan: 'lama sekali', pemesanan: 'pesan', pesanan: 'pesan', onlen: 'online', daring: 'online', ol: 'online', syarat2: 'syarat', syaratnya: 'syarat', sarat: 'syarat',
  biayanya: 'biaya', byaya: 'biaya', harganya: 'harga', brkas: 'berkas', dokumen2: 'dokumen', alamatnya: 'alamat',
  duit: 'uang', doku: 'uang', rb: 'ribu', rbu: 'ribu', jt: 'juta', jeti: 'juta', goceng: 'ribu', ceban: 'ribu', lokasinya: 'lokasi', loc: 'lokasi', lok: 'lokasi', sharelok: 'share lokasi', shareloc: 'share lokasi', udahan: 'sudah', petugasnya: 'petugas', pelayanannya: 'pelayanan', adm: 'admin', wa: 'whatsapp', wasap: 'whatsapp',
  info2: 'info', inpo: 'info', respon: 'balas', respons: 'balas', bales: 'balas', dibales: 'dibalas', kd: 'kode', notif: 'notifikasi', bc: 'broadcast', telp: 'telepon',
  telpon: 'telepon', tlp: 'telepon', nelpon: 'telepon', kk2: 'kk', 
  // short forms too short or too ambiguous for the vowel-drop rule (abbreviations.ts: skeletons of three letters or more)
  // urung: KBBI "batal"; the formal word for calling off (session 5)
  urungkan: 'batalkan', diurungkan: 'dibatalkan', mengurungkan: 'batalkan',
  // -in on a word the stemmer does not know; two-letter forms of common words (session 5, dev sets 4–5 abbrev)
  kabarin: 'kabari', kbrn: 'kabari', kbrin: 'kabari', ad: 'ada', br: 'baru',
  // "disini" written together is no example's word, so its skeleton "dsn" has no match (session 6, dev sets 4 and 6)
  dsn: 'di sini',
  // "trms": the skeleton of trims, itself slang (too short for the index); "mtr": motor, tied with matur and materai
  // in the examples, but "pajak mtr" is the chat use (session 6, dev sets 1 and 4)
  trms: 'terima kasih', mtr: 'motor',
  pg: 'pagi', d: 'di', lt: 'lantai', lnt: 'lantai', inf: 'info', stp: 'stop', akt: 'akta', wc: 'toilet',
  // "kzl", "kezel": kesal written the way young people write it (session 22, dev set 93: "… tau2 nomor saya lewat. kzl")
  kzl: 'kesal', kezel: 'kesal',
  // "lbrn": lebaran's skeleton, tied with liburan's (read "libur"); in all three field messages that write it, the holiday
  // ("sblm lbrn", "lbrn kdua bka g"; session 34)
  // "kdua", "ktiga": the ordinal with its first vowel dropped (not a skeleton: the index reads only vowel-less tokens).
  lbrn: 'lebaran', kdua: 'kedua', ktiga: 'ketiga',
};

/** Chat slang over the regional tables (regional.ts): on a clash the Indonesian chat reading wins. */
export const SLANG: Readonly<Record<string, string>> = wordTable({ ...REGIONAL, ...CHAT_SLANG });

/**
 * Filler particles and forms of address, dropped before classifying: they say nothing about the request
 * ("kak", "min" are how citizens address the admin). Kept out of `SLANG` so yes/no detection can still see them.
 */
export const FILLERS: ReadonlySet<string> = new Set([
  'sih', 'si', 'dong', 'donk', 'dong2', 'deh', 'nih', 'nah', 'kok', 'kan', 'tuh', 'lah', 'loh', 'lho', 'yah', 'ya', 'yaa', 'yaaa', 'yak',
  'kak', 'kakak', 'ka', 'kaka', 'min', 'mimin', 'gan', 'agan', 'sis', 'bang', 'bro', 'sist', 'pak', 'bapak', 'bu', 'ibu',
  'mas', 'mbak', 'mba', 'om', 'bund', 'bunda', 'dek', 'guys', 'please', 'pls', 'plis', 'plz', 'tolong', 'mohon', 'maaf',
  'hehe', 'hehehe', 'wkwk', 'haha', 'hihi', 'btw', 'eh', 'oh', 'ah', 'oiya', 'oya', 'um', 'hmm', 'hm', 'ehm', 'anu', 'nya',
  // "nak": an elder addressing the young staff ("syaratnya apa saja nak", session 6's field conversations), as "dek" is
  'nak',
  // "oi", "oy": a call for attention ("admin oi, tolong baca chat saya, penting", session 36, dev set 232), as "eh" is
  'oi', 'oy',
  ...REGIONAL_FILLERS,
]);
