/**
 * Issue 11, second round: one behaviour per mechanism (long letters read by sentence, feelings, places
 * no MPP is, names spanning "kota", holidays, "minggu", "sama-sama", vowel-first abbreviations). Messages
 * written for these tests, never copied from the blind set.
 */
import { describe, expect, it } from 'vitest';

import { findHoliday } from '../../intents/holidays.js';
import { createNlu } from '../../intents/index.js';
import { sentences, vote } from '../../intents/long-message.js';
import { fixtureCatalog } from './fixture-catalog.js';

const NOW = new Date('2026-11-23T10:00:00+07:00');
const closures = [
  { date: '2026-12-24', reason: { id: 'Cuti bersama Hari Raya Natal' } },
  { date: '2026-12-25', reason: { id: 'Hari Raya Natal' } },
  { date: '2027-03-10', reason: { id: 'Hari Raya Idulfitri 1448 H' } },
  { date: '2027-03-26', reason: { id: 'Wafat Yesus Kristus', en: 'Good Friday' } },
  { date: '2027-05-17', reason: { id: 'Hari Raya Iduladha 1448 H' } },
];
const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta', closures });
const understand = (text: string) => nlu.understand(text, NOW);

describe('long polite letters, sentence by sentence', () => {
  it('splits on sentence ends but not inside a clock time, and marks questions', () => {
    expect(sentences('Selamat pagi. Buka jam 08.00? Terima kasih')).toEqual([
      { text: 'Selamat pagi', question: false },
      { text: 'Buka jam 08.00', question: true },
      { text: 'Terima kasih', question: false },
    ]);
  });

  it('lets request sentences vote, a question double, and frames not at all', () => {
    const scores = (a: number, b: number) => Float64Array.from([a, b]);
    expect(vote([{ intent: 'greeting', confidence: 0.9, question: false, scores: scores(1, 0) }])).toBeNull();
    const sum = vote([
      { intent: 'cost', confidence: 0.49, question: false, scores: scores(0.6, 0.1) },
      { intent: 'hours', confidence: 0.8, question: true, scores: scores(0.1, 0.5) },
      { intent: 'thanks', confidence: 0.9, question: false, scores: scores(9, 9) },
    ]);
    expect([...(sum ?? [])].map((x) => Math.round(x * 10) / 10)).toEqual([0.8, 1.1]);
  });

  it('lets a sure help formula or a stated address vote only when nothing else is asked', () => {
    const scores = (a: number, b: number) => Float64Array.from([a, b]);
    const errand = { intent: 'reschedule', confidence: 0.49, question: false, scores: scores(0.6, 0.1) };
    const formula = { intent: 'help', confidence: 0.9, question: true, scores: scores(0, 5) };
    expect([...(vote([errand, formula]) ?? [])]).toEqual([0.6, 0.1]);
    expect([...(vote([formula]) ?? [])]).toEqual([0, 10]);
    // Unsure, it is a question in words the examples lack, and keeps its vote.
    expect([...(vote([errand, { ...formula, confidence: 0.41 }]) ?? [])]).toEqual([0.6, 10.1]);
    // Asked, a person is the request.
    const person = { intent: 'human', confidence: 0.85, question: true, scores: scores(0, 1) };
    expect([...(vote([errand, person]) ?? [])]).toEqual([0.6, 2.1]);
    expect([...(vote([errand, { ...person, question: false }]) ?? [])]).toEqual([0.6, 0.1]);
  });

  it.each([
    [
      'Assalamualaikum, selamat pagi. Saya sudah mengambil nomor antrian lewat aplikasi untuk hari Kamis, tetapi ada keperluan keluarga yang mendesak. Apakah bisa jadwalnya dipindahkan ke hari lain? Terima kasih atas bantuannya.',
      'reschedule',
    ],
    [
      'Selamat siang Bapak Ibu. Saya baru datang dari luar kota dan belum tahu kantornya. Bisakah saya diberi tahu alamat lengkapnya? Terima kasih sebelumnya.',
      'location',
    ],
    [
      'Good morning, I hope you are doing well. I would like to kindly ask what time the office opens and closes on weekdays. Thank you very much and have a nice day.',
      'hours',
    ],
    [
      'Assalamualaikum wr. wb. Bapak/Ibu yang terhormat, saya bermaksud memindahkan jadwal antrean saya ke hari Senin karena ada keperluan keluarga mendadak. Apakah bisa dibantu? Terima kasih banyak.',
      'reschedule',
    ],
    [
      'Selamat pagi Bapak Ibu. Saya sudah tua dan agak kesulitan membaca tulisan kecil di layar. Apakah saya dapat berbicara langsung dengan petugas, bukan dengan mesin? Terima kasih.',
      'human',
    ],
    [
      'Assalamualaikum warahmatullahi wabarakatuh. Selamat siang Bapak dan Ibu yang saya hormati. Perkenalkan, saya pensiunan guru dari Kelurahan Sukamaju. Mohon maaf mengganggu waktunya. Semoga Bapak dan Ibu selalu sehat dalam bekerja melayani masyarakat.',
      'greeting',
    ],
  ])('keeps the request of a letter: %s', (text, intent) => {
    expect(understand(text).intent).toBe(intent);
  });

  it('keeps a real double letter: "mengganti" is ganti, not anti', () => {
    expect(understand('mau mengganti kartu keluarga yang rusak').normalized).toContain('mengganti');
  });
});

describe('complaints said as feelings', () => {
  it.each(['petugasnye galak bener', 'kok saya dioper kesana kemari sih', 'jengkel, ditelpon ga diangkat, di wa ga dibales'])(
    '"%s" is a complaint although it holds words no example has',
    (text) => {
      expect(understand(text).intent).toBe('complaint');
    },
  );

  it.each([
    'sakit hati, tanya baik2 malah dijawab ketus',
    'wc nya jorok, ga layak untuk kantor pemerintah',
    'petugasnya kada ramah banar',
    'nomor antrian saya dilewati terus',
    'kipas angin mati, gerah banget ruang tunggunya',
    'the staff at the counter ignored me',
  ])('"%s" is a complaint: the feeling decides when either model puts complaint first', (text) => {
    expect(understand(text).intent).toBe('complaint');
  });

  it('a feeling word does not pull an out-of-scope message in', () => {
    expect(understand('saya lapar').intent).toBe('fallback');
  });
});

describe('places no MPP is, and names in a frame', () => {
  it.each(['masjid istiqlal buka jam berapa', 'jam berapa buka puasa di makassar', 'kantor polisi terdekat dimana', 'netflix ada film apa'])(
    '"%s" stays out of scope',
    (text) => {
      expect(understand(text).intent).toBe('fallback');
    },
  );

  it('still answers our own place questions', () => {
    expect(understand('mpp terdekat dimana').intent).toBe('location');
    expect(understand('dari terminal naik apa ke mpp').intent).toBe('location');
  });

  it('reads a name across "kota" and in a "jam kerja" frame', () => {
    const u = understand('kantor bpn kota madiun alamatnya dimana');
    expect(u.intent).toBe('location');
    expect(u.unknownAgency).toBe('bpn kota madiun');
    expect(understand('jam kerja dinas sosial').intent).toBe('hours');
  });

  it('lets the errand after a frame question go ("…dimana, mau urus X") and keeps the name', () => {
    expect(understand('loket taspen dimana ya, mau urus pensiun')).toMatchObject({ intent: 'location', unknownAgency: 'taspen' });
    expect(understand('pdam ada di mpp ga, mau bayar tagihan air')).toMatchObject({ intent: 'list_services', unknownAgency: 'pdam' });
  });
});

describe('dates', () => {
  it('the longest holiday name wins, and a weekday inside a name is the holiday', () => {
    expect(understand('hari raya natal pelayanan libur?').date).toBe('2026-12-25');
    expect(understand('lebaran haji tutup ya').date).toBe('2027-05-17');
    expect(understand('jumat agung buka ga').date).toBe('2027-03-26');
    expect(findHoliday(['hari', 'raya', 'natal'], closures, '2026-11-23')?.date).toBe('2026-12-25');
  });

  it('reads "cuti bersama X" as the collective leave day, "malam X" as the eve, and "X tahun depan" as one date', () => {
    expect(understand('cuti bersama natal pelayanan tetap ada?').date).toBe('2026-12-24');
    expect(findHoliday(['cuti', 'bersama', 'natal'], closures, '2026-11-23')).toMatchObject({ date: '2026-12-24', start: 0, end: 3 });
    expect(understand('malam natal masih buka?').date).toBe('2026-12-24');
    expect(understand('lebaran haji tahun depan buka ga')).toMatchObject({ intent: 'hours', date: '2027-05-17' });
  });

  it('a day word beside a holiday points at the holiday; one said apart is a day of its own', () => {
    expect(understand('jumat agung hari jumat mpp buka?').date).toBe('2027-03-26');
    expect(understand('besok natal mpp buka ga').date).toBe('2026-12-25');
    expect(understand('lebaran hari rabu mpp tutup?').date).toBe('2027-03-10');
    expect(understand('natal tutup ya, kalau begitu saya booking ktp hari senin saja').date).toBe('2026-11-30');
  });

  it('"59 tahun, baru pensiun" is an age, not New Year', () => {
    expect(understand('saya 59 tahun, baru pensiun, mau daftar antrian bpjs hari selasa').date).toBe('2026-11-24');
  });

  it('reads a wish before the holiday asked about as no feature ("merry christmas! … on christmas day?")', () => {
    expect(understand('merry christmas min! is mpp open on christmas day?')).toMatchObject({ intent: 'hours', date: '2026-12-25' });
    expect(understand('selamat natal min').intent).toBe('greeting');
  });

  it('reads Javanese day names and a bare "minggu" as Sunday', () => {
    expect(understand('dinten setu bukak mboten').date).toBe('2026-11-28');
    expect(understand('booking npwp minggu jam 9')).toMatchObject({ intent: 'book', service: 'npwp', date: '2026-11-29', time: '09:00' });
  });
});

describe('help and people', () => {
  it('reads a ping with a form of address as a greeting ("p min", "pp kak")', () => {
    expect(understand('p min').intent).toBe('greeting');
    expect(understand('pp kak').intent).toBe('greeting');
  });

  it('hands over when asked to "alihkan", and shows features when asked what there is', () => {
    expect(understand('tolong alihkan ke admin aja, masalah saya ribet').intent).toBe('human');
    expect(understand('fitur apa aja yg ada').intent).toBe('help');
  });
});

describe('help and people said almost as an example says them (session 7)', () => {
  it('takes the closer help or human example over an unsure average', () => {
    expect(understand('ada orang asli gak di sini').intent).toBe('human');
    expect(understand('panggilin petugas jaga dong').intent).toBe('human');
  });

  it('reads a reduplication with a clitic as the word ("fitur2nya"), and "opsi" as the menu\'s choices', () => {
    expect(understand('fitur2nya apa aja').intent).toBe('help');
    expect(understand('opsinya apa aja kak').intent).toBe('help');
  });
});

describe('English in more words (session 7)', () => {
  it('reads "how do i pay" as the way, "how much" as the amount, and "can X be done here" as the list', () => {
    expect(understand('how do i pay pbb here').intent).toBe('procedure');
    expect(understand('how much do i pay for pbb').intent).toBe('cost');
    expect(understand('samsat payment can be done here?').intent).toBe('list_services');
  });

  it('reads English errand words through a gloss, and contractions typed without the apostrophe', () => {
    expect(understand('where is the mpp located? coming by grab').intent).toBe('location');
    expect(understand('my code isnt showing').intent).toBe('my_booking');
  });

  it('reads hours of waiting and English words of judging as a complaint, not venting about anything', () => {
    expect(understand('been waiting for 3 hours here, this is unacceptable').intent).toBe('complaint');
    expect(understand('my phone is useless').intent).toBe('fallback');
  });

  it('reads an inflected English word as its base, and "yesterday" as a day', () => {
    expect(understand('first time using this, how does it work?').intent).toBe('help');
    expect(understand('i registered yesterday but never got my code').intent).toBe('my_booking');
  });
});

describe('the booking family in other words', () => {
  it.each([
    ['lepasin aja slot saya yang kamis', 'cancel'],
    ['anggap batal ya booking saya', 'cancel'],
    ['posisi antrian saya udah sampe mana', 'my_booking'],
    ['sms konfirmasi ga masuk2', 'my_booking'],
    ['jadwalku bisa dibikin lebih sore ga', 'reschedule'],
    ['tuker jadwal ke hari jumat bisa?', 'reschedule'],
    ['bisa pesen tempat dulu ga sebelum dateng', 'book'],
  ])('"%s" is %s', (text, intent) => {
    expect(understand(text).intent).toBe(intent);
  });
});

describe('small words', () => {
  it('"sama-sama" answers a thank-you; "sama petugas" still asks for a person', () => {
    for (const text of ['sama-sama', 'sama2 kak', 'oke sama sama']) expect(understand(text).intent, text).toBe('thanks');
    expect(understand('mau bicara sama petugas').intent).toBe('human');
  });

  it('an abbreviation may keep a first vowel ("almt", "oprsnl")', () => {
    expect(understand('almt kntr mpp').intent).toBe('location');
    expect(understand('jam oprsnl mpp').intent).toBe('hours');
  });
});

describe('the decision side, session 7', () => {
  it.each([
    'di parkiran ditawarin urus sim jalur cepat bayar 400 ribu. miris',
    'parkiran motor dipungut 10rb, mahal bener',
    'npwp saya dinonaktifkan tanpa kabar, tanya ke loket ga ada yang bisa jelasin. kecewa',
    'lama bgt sumpah, 3 jam nunggu buat foto sim',
    'data kk saya salah, pas minta dibenerin malah saya yang disalahin',
    'mbak di loket 2 jawabnya nyolot banget',
    'saya mau protes soal pelayanan kemarin',
  ])('"%s" is a complaint told as a report', (text) => {
    expect(understand(text).intent).toBe('complaint');
  });

  it('keeps a question asked in dismay ("waduh … dendanya berapa") and being late oneself out of complaints', () => {
    expect(understand('waduh telat bayar pajak motor, dendanya berapa').intent).toBe('cost');
    expect(understand('saya telat 10 menit gpp?').intent).not.toBe('complaint');
  });

  it.each([
    ['hari raya natal ada petugas jaga ga?', '2026-12-25'],
    ['natal mpp buka ga, mau bikin kk', '2026-12-25'],
    ['lebaran hari pertama ada layanan?', '2027-03-10'],
  ])('"%s" asks the hours of a holiday', (text, date) => {
    expect(understand(text)).toMatchObject({ intent: 'hours', date });
  });

  it.each([
    ['lebaran mau bikin ktp, kantornya buka?', '2027-03-10'],
    ['pas natal bisa urus kk?', '2026-12-25'],
  ])('"%s" asks the hours of a holiday with a question mark or an errand asked as possible', (text, date) => {
    expect(understand(text)).toMatchObject({ intent: 'hours', date });
  });

  it('keeps a booking and a complaint that name a holiday', () => {
    expect(understand('booking ktp pas natal bisa?').intent).not.toBe('hours');
    expect(understand('natal kemarin petugasnya jutek').intent).toBe('complaint');
  });

  it.each([
    ['mau booking ganti sim rusak kamis jam 9', 'book'],
    ['booking kk saya tolong jadiin tgl 30 aja', 'reschedule'],
    ['stop booking ktp saya', 'cancel'],
    ['drop aja booking saya', 'cancel'],
    ['kepala pusing, ga usah ditunggu besok ya, anggap batal', 'cancel'],
    ['tolong coret nama saya dari antrian kamis', 'cancel'],
    ['janji temu saya di kua dipindah ke tgl 20 bisa?', 'reschedule'],
    ['tadi sudah dapat nomor, bisa dikirim ulang tidak? hp saya ke reset', 'my_booking'],
    ['kk saya bisa jadi sebelum tanggal 20?', 'duration'],
  ])('"%s" is %s', (text, intent) => {
    expect(understand(text).intent).toBe(intent);
  });

  it('moves a booking by a span with a verb of moving ("mundur 2 hari")', () => {
    expect(understand('mundur 2 hari boleh?').intent).toBe('reschedule');
  });

  it('reads one day refused and another offered as a reschedule to the day offered', () => {
    expect(understand('besok ga bisa, lusa aja gimana')).toMatchObject({ intent: 'reschedule', date: '2026-11-25' });
    expect(understand('tanggal 5 ga bisa, ganti tanggal 7 aja')).toMatchObject({ intent: 'reschedule', date: '2026-12-07' });
    expect(understand('booking besok, kalau ga bisa lusa').intent).toBe('book');
    expect(understand('kk saya jadi sebelum natal ga ya? baru daftar kemarin').intent).not.toBe('reschedule');
  });

  it('reads an elder\'s "nak" as address and a closing thanks as thanks', () => {
    expect(understand('syaratnya apa aja nak').intent).toBe('requirements');
    expect(understand('sudah selesai, makasih ya')).toMatchObject({ intent: 'thanks' });
    expect(understand('sudah selesai, makasih ya').confidence).toBeGreaterThanOrEqual(0.5);
  });
});
