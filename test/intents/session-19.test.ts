/**
 * Session 19 (issue 11): a word the phone's autocorrect swapped and the writer put right in the same message
 * (intents/self-correction.ts), and an acronym with one key hit beside the right one (intents/keyboard-slips.ts,
 * acronym-slips.ts). Probes written for these checks, not taken from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { fingerSlip, framedKeySlips, keyRun, keysTouch, oneKeyOff } from '../../intents/keyboard-slips.js';
import { edits, selfCorrected } from '../../intents/self-correction.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const NOW = new Date('2027-03-01T09:00:00+07:00'); // a Monday

describe('a word put right by its writer', () => {
  it.each([
    ['jadwal kodok antrian saya hilang, bisa kirim lagi? *kode', 'jadwal kode antrian saya hilang, bisa kirim lagi?'],
    ['Sabut buka gak ya? sabtu maksudnya', 'sabtu buka gak ya?'],
    ['mau bikin sin c, eh sim maksudnya', 'mau bikin sim c'],
    ['berkas saya tertinggal di lokrt 3. loket*', 'berkas saya tertinggal di loket 3.'],
    ['perpanjang paspor berapa harti? *hari, autocorrect nih', 'perpanjang paspor berapa hari?'],
    ['akte kelahiran anak butuh berapa mungu? minggu', 'akte kelahiran anak butuh berapa minggu'],
    ['loket kl buka sampe jam brp? *kk', 'loket kk buka sampe jam brp?'],
  ])('"%s" reads "%s"', (text, meant) => {
    expect(selfCorrected(text)).toBe(meant);
  });

  it.each([
    'apa maksudnya?',
    'maksudnya gimana min',
    'syarat ktp apa ya, makasih',
    'jam buka kapan? besok',
    // A last feeling, not a correction: "tau" is two letters from "takut", too much of so short a word.
    'ada yang minta uang, saya gak tau itu resmi atau bukan, takut',
    // A star with nothing close before it changes nothing.
    'jam 9 *bukan jam 10',
  ])('"%s" is read as written', (text) => {
    expect(selfCorrected(text)).toBe(text);
  });

  it('counts an adjacent swap as one edit, and stops once past the limit', () => {
    expect(edits('jamt', 'jmat', 2)).toBe(1);
    expect(edits('kodok', 'kode', 2)).toBe(2);
    expect(edits('pendaftaran', 'antre', 2)).toBe(3);
  });

  it.each([
    ['kodok booking saya kok gak muncul? *kode', 'my_booking'],
    ['Sabut buka gak ya? sabtu maksudnya', 'hours'],
    ['Saya mau lapar, petugas loket minta uang rokok *lapor', 'complaint'],
  ])('"%s" is understood as corrected: %s', (text, intent) => {
    expect(nlu.understand(text, NOW).intent).toBe(intent);
  });
});

describe('an acronym one key off', () => {
  it('knows which keys touch on the keyboard', () => {
    expect(keysTouch('n', 'm')).toBe(true);
    expect(keysTouch('a', 's')).toBe(true);
    expect(keysTouch('o', 'p')).toBe(true);
    expect(keysTouch('i', 'u')).toBe(true);
    expect(keysTouch('a', 'p')).toBe(false);
    expect(oneKeyOff('sin', 'sim')).toBe(true);
    expect(oneKeyOff('son', 'sim')).toBe(false);
    expect(oneKeyOff('sim', 'sim')).toBe(false);
  });

  it('reads a slip that is a word only right after a service verb', () => {
    expect(framedKeySlips(['perpanjang', 'aim', 'besok'])).toEqual(['perpanjang', 'sim', 'besok']);
    expect(framedKeySlips(['bikin', 'kto', 'baru'])).toEqual(['bikin', 'ktp', 'baru']);
    expect(framedKeySlips(['aim', 'saya', 'lulus'])).toEqual(['aim', 'saya', 'lulus']);
    // Our own acronyms are never a slip of each other, though one key apart.
    expect(framedKeySlips(['urus', 'pbg'])).toEqual(['urus', 'pbg']);
    expect(framedKeySlips(['urus', 'kua'])).toEqual(['urus', 'kua']);
  });

  it('counts one slip of the finger: a key beside, a swap, a letter dropped or one too many', () => {
    expect(fingerSlip('kpt', 'ktp')).toBe(true);
    expect(fingerSlip('skc', 'skck')).toBe(true);
    expect(fingerSlip('indah', 'pindah')).toBe(true);
    expect(fingerSlip('nikkah', 'nikah')).toBe(true);
    expect(fingerSlip('k', 'kk')).toBe(false);
    expect(fingerSlip('kpp', 'ktp')).toBe(false);
    expect(keyRun('jkl')).toBe(true);
    expect(keyRun('ktl')).toBe(false);
  });

  it('joins a name a space split, and reads a slip where a service is expected', () => {
    expect(framedKeySlips(['syarat', 'np', 'wp', 'apa'])).toEqual(['syarat', 'npwp', 'apa']);
    expect(framedKeySlips(['bpjs', 'ke', 'sehatan'])).toEqual(['bpjs', 'kesehatan']);
    expect(framedKeySlips(['surat', 'indah', 'saya'])).toEqual(['surat', 'pindah', 'saya']);
    expect(framedKeySlips(['bojs', 'kesehatan'])).toEqual(['bpjs', 'kesehatan']);
    // Chat's small words are no slip, though one key from a name ("nih" from NIB) or a name when joined.
    expect(framedKeySlips(['mau', 'urus', 'nih'])).toEqual(['mau', 'urus', 'nih']);
    expect(framedKeySlips(['pemandangan', 'indah', 'sekali'])).toEqual(['pemandangan', 'indah', 'sekali']);
  });

  it.each([
    ['perpanjang sum c syaratnya apa', 'sim'],
    ['loket akta kenatian lantai berapa', 'akta_kematian'],
    ['mau booking sansat hari jumat', 'samsat'],
    ['ktl saya hilang di pasar, ngurusnya gimana', 'ktp'],
    ['pas por jadi berapa hari kerja?', 'paspor'],
    ['bikin kto baru karena rusak', 'ktp'],
    ['syarat skxk buat lamaran kerja', 'skck'],
  ])('"%s" names %s', (text, service) => {
    expect(nlu.understand(text, NOW).service).toBe(service);
  });

  it.each(['please cancel my appointment, I am sick', 'spot mancing yang bagus dimana', 'asdfgh jkl qwerty'])('"%s" names no service', (text) => {
    expect(nlu.understand(text, NOW).service).toBeNull();
  });
});

describe('lost in the chat itself', () => {
  it.each(['trus sekarang saya ketik apa?', 'mulai dr mana ya, baru pertama kali', 'disuruh anak chat nomor ini, lalu gimana?', 'mau tanya jadwal, formatnya gimana'])(
    '"%s" asks how to use the chat: help',
    (text) => {
      expect(nlu.understand(text, NOW).intent).toBe('help');
    },
  );

  it.each([
    ['ngurus surat pindah mulai dari mana ya', 'procedure'],
    ['surat lamaran kerja formatnya gimana', 'fallback'],
  ])('"%s" stays %s', (text, intent) => {
    expect(nlu.understand(text, NOW).intent).toBe(intent);
  });
});

describe('a complaint about someone else\'s business', () => {
  it.each(['bandar arisan di kampung kabur bawa uang, kesel banget', 'provider hp saya sinyalnya jelek terus, kecewa', 'pengelola apartemen cuek banget, kecewa', 'tiket kereta saya hangus padahal udah bayar, kesel'])(
    '"%s" is not about the MPP: out of scope',
    (text) => {
      expect(nlu.understand(text, NOW).intent).toBe('fallback');
    },
  );

  it('keeps a complaint that names our people beside another business', () => {
    expect(nlu.understand('petugas loket minta uang buat bayar arisan katanya, kesel', NOW).intent).toBe('complaint');
  });
});

describe('a booking act asked last, after the story of a bad day', () => {
  it.each([
    ['Sistem error dari pagi, saya disuruh pulang. Tolong bookingin KTP hari Kamis jam 9', 'book'],
    ['Mesin antrean rusak lagi, nomornya ga keluar. Booking paspor saya tolong digeser ke Jumat', 'reschedule'],
  ])('"%s" asks for %s', (text, intent) => {
    expect(nlu.understand(text, NOW).intent).toBe(intent);
  });

  it.each([
    ['Petugasnya kasar banget tadi. Batal aja deh', 'complaint'],
    ['besok buka jam berapa? mau antri ktp ibu', 'hours'],
  ])('"%s" stays %s: a story that judges, a question asked first', (text, intent) => {
    expect(nlu.understand(text, NOW).intent).toBe(intent);
  });
});

describe('counting the days of a holiday as chat writes them', () => {
  const closures = [
    { date: '2027-03-10', reason: { id: 'Hari Raya Idulfitri', en: 'Eid al-Fitr' } },
    { date: '2027-03-11', reason: { id: 'Hari Raya Idulfitri (hari kedua)', en: 'Eid al-Fitr (second day)' } },
  ];
  const withClosures = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta', closures });

  it.each([
    ['lebaran ke-2 buka ga', '2027-03-11'],
    ['lebaran kadua MPP tutup lah?', '2027-03-11'],
    ['lebaran hari ke dua buka?', '2027-03-11'],
    ['H+1 lebaran buka?', '2027-03-11'],
    ['H-1 lebaran buka?', '2027-03-09'],
  ])('"%s" is %s', (text, date) => {
    const u = withClosures.understand(text, NOW);
    expect(u.date).toBe(date);
    // A count is no agency's name: before, "H-1 tidak ada di MPP".
    expect(u.unknownAgency).toBeNull();
  });
});

describe('advice asked about one\'s own trouble', () => {
  it.each(['Kakak saya kecanduan judi online, saya harus gimana?', 'Tetangga buang sampah ke kebun saya terus. Saya harus bagaimana?'])(
    '"%s" is no errand of the MPP: out of scope',
    (text) => {
      expect(nlu.understand(text, NOW).intent).toBe('fallback');
    },
  );

  it.each(['ktp saya hilang di pasar, saya harus gimana?', 'nomor antrian saya dilewati, gimana ini'])('"%s" names our service or queue: ours', (text) => {
    expect(nlu.understand(text, NOW).intent).not.toBe('fallback');
  });
});
