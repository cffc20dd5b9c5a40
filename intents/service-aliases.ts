/**
 * Words citizens use for services and variants that a catalog author would not list: slang, old names,
 * misspellings, English. Merged with the catalog's own `synonyms`; an alias for a service id the
 * catalog does not have is ignored, so this file can run ahead of the catalog.
 */
export const SERVICE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  ktp: [
    'ktp', 'e-ktp', 'ektp', 'e ktp', 'ktp-el', 'ktp el', 'ktpel', 'ktp elektronik', 'kartu tanda penduduk', 'kartu penduduk',
    'id card', 'identity card', 'national id', 'kartu identitas', 'ikd', 'identitas kependudukan digital',
  ],
  // "kartu kulawarga": Sundanese kulawarga, family (session 17, dev set 29); "kertu keluarga": Javanese kertu, card (session 33)
  kk: ['kk', 'kartu keluarga', 'kartu kk', 'family card', 'family register', 'kartu kel', 'kartu kulawarga', 'kertu keluarga'],
  kia: ['kia', 'kartu identitas anak', 'ktp anak', 'child id', 'child id card', 'kartu anak'],
  akta_lahir: [
    'akta', 'akta lahir', 'akta kelahiran', 'akta kelahiran anak', 'surat lahir', 'akte lahir', 'akta kenal lahir',
    'birth certificate', 'birth cert',
    // session 8 (probes of names): the birth statement the deed is made from, short English
    'surat keterangan kelahiran', 'birth cert',
  ],
  // "akta pati": Javanese krama pati, death (regional.ts sources)
  // "akta maot": Sundanese maot, dead (session 8, dev set 8)
  akta_kematian: [
    'akta kematian', 'akta mati', 'akta pati', 'akte pati', 'akta maot', 'akte maot', 'surat kematian', 'akta meninggal', 'death certificate', 'surat keterangan kematian',
    // session 8: short English
    'death cert',
  ],
  pindah: [
    'surat pindah', 'pindah domisili', 'pindah datang', 'pindah alamat', 'pindah penduduk', 'skpwni', 'pindah', 'kepindahan',
    'pindahan', 'mutasi penduduk', 'moving', 'change of domicile', 'domicile transfer', 'relocation letter',
  ],
  sim: [
    'sim', 'sim a', 'sim c', 'sim b', 'sim b1', 'sim d', 'surat izin mengemudi', 'surat ijin mengemudi', 'driving license',
    'driving licence', 'drivers license', 'driver license', 'satpas',
    // session 8: the British spelling without "driving"
    'driver licence', 'drivers licence', 'driving permit', 'driver permit',
  ],
  skck: [
    'skck', 'sckc', 'surat kelakuan baik', 'surat keterangan kelakuan baik', 'surat catatan kepolisian',
    'surat keterangan catatan kepolisian', 'police certificate', 'police clearance', 'police record', 'good conduct certificate',
    // session 8: English names
    'certificate of good conduct', 'good behaviour certificate', 'good behavior certificate', 'police record certificate', 'police check',
  ],
  paspor: [
    'paspor', 'pasport', 'passport', 'paspot', 'kantor imigrasi', 'imigrasi', 'immigration', 'immigration office', 'm-paspor', 'mpaspor', 'paspor elektronik',
    'e-paspor', 'travel document',
  ],
  npwp: [
    'npwp', 'nomor pokok wajib pajak', 'tax id', 'tax number', 'taxpayer number', 'kartu npwp', 'efin',
    // session 8: English names
    'tax identification number', 'taxpayer identification number', 'tax file number',
  ],
  nib: [
    'nib', 'nomor induk berusaha', 'izin usaha', 'ijin usaha', 'oss', 'business id', 'business license', 'business licence', 'siup',
    // session 8: English names
    'business identification number', 'business registration number', 'business number',
  ],
  bpjs_kesehatan: [
    'bpjs kesehatan', 'bpjs kes', 'bpjs ks', 'kis', 'kartu indonesia sehat', 'jkn', 'jkn-kis', 'health insurance', 'bpjs sehat',
    // The health facility a BPJS member is registered at: moving it is a BPJS errand, not the moving letter (session 8).
    'faskes', 'pindah faskes', 'ganti faskes', 'faskes 1', 'faskes pertama',
    // session 8: the member kinds said with "bpjs" (self-paying, state-paid), only BPJS Kesehatan has them
    'bpjs mandiri', 'bpjs pbi', 'bpjs kis',
    // session 10: the agency's own English name ("BPJS Health"), as foreigners and English letters write it
    'bpjs health',
  ],
  bpjs_ketenagakerjaan: [
    'bpjs ketenagakerjaan', 'bpjs tk', 'bpjstk', 'bpjamsostek', 'jamsostek', 'jht', 'jaminan hari tua', 'bpjs naker',
    'bpjs tenaga kerja', 'employment insurance', 'bpjs kerja',
    // session 8: its other programmes (pension, work accident, death benefit) beside JHT
    'jaminan pensiun', 'jaminan kecelakaan kerja', 'jaminan kematian', 'jkk', 'jkm', 'bpjs jkk', 'bpjs jkm', 'bpjs jp',
    // session 10: the agency's English names ("BPJS Employment", its brand "BPJS Ketenagakerjaan" translated)
    'bpjs employment', 'bpjs employment insurance', 'bpjs labour', 'bpjs labor',
  ],
  pbb: [
    'pbb', 'pajak bumi', 'pajak bumi dan bangunan', 'pajak bumi bangunan', 'pbb-p2', 'pbb p2', 'pajak tanah', 'pajak rumah', 'property tax', 'sppt',
    // session 8: the assessed value the tax is levied on, English
    'njop', 'land and building tax', 'land and buildings tax',
  ],
  samsat: [
    'samsat', 'stnk', 'pajak kendaraan', 'pajak motor', 'pajak mobil', 'pkb', 'balik nama kendaraan', 'bbnkb', 'plat nomor', 'tnkb',
    'vehicle tax', 'vehicle registration', 'car tax',
    // session 10: the motorbike's tax in English, as "pajak motor" is in Indonesian (most vehicles taxed are motorbikes)
    'motorbike tax', 'motorcycle tax', 'motor tax', 'motor vehicle tax', 'scooter tax',
    // A vehicle's change of owner or region, and the five-yearly renewal, said with the vehicle (session 8); "balik nama"
    // alone may be a house (pbb).
    'bbn', 'bbn kb', 'mutasi kendaraan', 'mutasi motor', 'mutasi mobil', 'pajak 5 tahunan',
    'pajak lima tahunan', 'pajak tahunan kendaraan',
    // session 8: the vehicle check the five-yearly renewal needs
    'cek fisik kendaraan', 'cek fisik motor', 'cek fisik mobil',
    // session 9 (dev set 11): the vehicle said in full ("pajak sepeda motor saya terlambat dibayar"). "balik nama motor"
    // tried again and dropped as in session 8: it fixed "kalo mau balik nama motor syaratnya apa" and lost the same dev-7
    // complaint ("biaya balik nama motor di samsat dimahal-mahalin sama oknum" became a cost question)
    'pajak sepeda motor', 'pajak kendaraan bermotor',
  ],
  nikah: [
    'nikah', 'menikah', 'pernikahan', 'perkawinan', 'kawin', 'kua', 'daftar nikah', 'pendaftaran nikah', 'buku nikah', 'marriage',
    'wedding', 'get married',
  ],
  pbg: [
    'pbg', 'imb', 'persetujuan bangunan gedung', 'izin mendirikan bangunan', 'ijin mendirikan bangunan', 'izin bangunan',
    'building permit', 'slf',
  ],
};

/** Variant words by variant id, applied to every service that has a variant with that id. */
export const VARIANT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  baru: ['baru', 'pemula', 'pertama', 'pertama kali', 'bikin baru', 'new', 'first', 'first time'],
  perpanjang: [
    'perpanjang', 'perpanjangan', 'memperpanjang', 'diperpanjang', 'habis masa berlaku', 'sudah mati', 'expired', 'renew', 'renewal',
    'extend', 'extension',
  ],
  hilang: ['hilang', 'kehilangan', 'lost', 'missing', 'dicuri', 'kecurian', 'stolen'],
  rusak: ['rusak', 'patah', 'sobek', 'retak', 'pudar', 'damaged', 'broken', 'cracked'],
  ubah_data: [
    'ubah data', 'ganti data', 'perubahan data', 'perbaikan data', 'ganti alamat', 'ubah alamat',
    'salah nama', 'ganti nama', 'ganti status', 'ubah status', 'update', 'update data', 'change data', 'change address',
  ],
  tambah_anggota: [
    'tambah anggota', 'tambah anak', 'anggota baru', 'tambah', 'masukin anak', 'masukkan anak', 'add member', 'add a child',
    'add child', 'new member',
  ],
};

/**
 * Agencies, offices and MPP words: in scope, but they say nothing about the action ("loket dukcapil").
 * They never count as unknown words (see function-words.ts), and a service question that holds one is
 * about something of ours even without a service (foreign-object.ts).
 */
export const AGENCY_WORDS: readonly string[] = [
  'dukcapil', 'disdukcapil', 'capil', 'kependudukan', 'catatan', 'sipil', 'polisi', 'polres', 'polresta', 'polsek', 'kepolisian',
  'satlantas', 'imigrasi', 'kemenag', 'kua', 'pajak', 'kpp', 'djp', 'bapenda', 'dispenda', 'bpjs', 'dpmptsp', 'perizinan', 'dinas',
  'pemda', 'pemkot', 'pemkab', 'kelurahan', 'kecamatan', 'desa', 'rt', 'rw', 'loket', 'gerai', 'konter', 'counter', 'mpp', 'mal',
  'pelayanan', 'publik', 'kantor', 'gedung', 'lantai', 'petugas', 'pegawai',
];

/**
 * Money, document and people words: never unknown either, but any topic has them ("harga kartu xl",
 * "surat lamaran kerja", "uang saku anak"), so they do not make a service question ours.
 */
export const GENERIC_WORDS: readonly string[] = [
  'uang', 'ribu', 'juta', 'rupiah', 'rp', 'dokumen', 'berkas', 'surat', 'kartu', 'formulir', 'warga', 'penduduk', 'anak', 'bayi',
  'istri', 'suami', 'orang', 'tua', 'keluarga',
  // Session 43 (`npm run simulate`: "bawa fotokopi berapa lembar?" put out of scope by "lembar", a word no example had): how
  // many copies, as "berkas" is what they are.
  'lembar', 'rangkap',
];

/** Both: the words that never count as unknown. */
export const DOMAIN_WORDS: readonly string[] = [...AGENCY_WORDS, ...GENERIC_WORDS];
