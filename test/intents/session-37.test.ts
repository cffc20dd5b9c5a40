/**
 * Session 37 (issue 11), dev sets 247–262: open or shut asked of a day; a feast named after "hari raya"/"riyaya"; a year after a
 * holiday's name; eastern and Javanese words for thanks, tomorrow and days of the month; a stranger's say-so as a broker's
 * offer; at one's wits' end; what may be asked here; a greeting with how one is; one's booking asked about in English; the
 * MPP's English name; an event abroad recorded here; a run-on sentence asking only about another's business. Probes written
 * for these checks, not taken from any measuring or dev set; each understood one failed before this session's rules.
 */
import { describe, expect, it } from 'vitest';

import { brokerOffer } from '../../intents/broker-offer.js';
import { createNlu } from '../../intents/index.js';
import { rhetoricalWhich } from '../../intents/rhetorical.js';
import { fixtureCatalog } from './fixture-catalog.js';

const CLOSURES = [
  { date: '2027-01-05', reason: { id: 'Isra Mikraj Nabi Muhammad SAW', en: "Isra Mi'raj" } },
  { date: '2027-02-06', reason: { id: 'Tahun Baru Imlek', en: 'Chinese New Year' } },
  { date: '2027-03-10', reason: { id: 'Hari Raya Idulfitri', en: 'Eid al-Fitr' } },
  { date: '2027-03-11', reason: { id: 'Hari Raya Idulfitri (hari kedua)', en: 'Eid al-Fitr (second day)' } },
  { date: '2027-05-17', reason: { id: 'Hari Raya Iduladha', en: 'Eid al-Adha' } },
  { date: '2027-05-20', reason: { id: 'Hari Raya Waisak', en: 'Vesak Day' } },
];
const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta', closures: CLOSURES });
const NOW = new Date('2027-01-18T09:00:00+07:00'); // a Monday
const LATER = new Date('2027-09-06T09:00:00+07:00'); // after every closure listed above
const read = (text: string, now = NOW) => nlu.understand(text, now);
const intentOf = (text: string, now = NOW): string => read(text, now).intent;

describe('holidays', () => {
  it('reads open or shut asked of a day as hours, not as an "X or Y?" jibe', () => {
    expect(rhetoricalWhich('imlek ini mpp buka apa libur')).toBe(0);
    expect(rhetoricalWhich('ini mpp apa pasar malam')).toBe(2);
    expect(intentOf('imlek ini mpp buka apa libur ya?')).toBe('hours');
  });

  it('takes the feast named after "riyaya" or "hari raya", not Lebaran', () => {
    expect(read('riyaya idul adha kantor e bukak ora?').date).toBe('2027-05-17');
    expect(read('riyoyo waisak mpp prei?').date).toBe('2027-05-20');
    expect(read('riyaya mpp bukak ora?').date).toBe('2027-03-10');
  });

  it("takes a year said after the holiday's name as that year's closure, ahead or past", () => {
    const waisak = read('waisak 2027 kemarin mpp tutup ga?', LATER);
    expect([waisak.intent, waisak.date]).toEqual(['hours', '2027-05-20']);
    expect(read('isra mikraj tahun 2027 kantor libur kah?', LATER).date).toBe('2027-01-05');
  });
});

describe('regional words', () => {
  it('reads Ambonese and Papuan "danke" as thanks', () => {
    expect(intentOf('danke banyak kaka, su mangarti')).toBe('thanks');
  });

  it('reads Javanese days of the month past twelve and Makassar "ammuko"', () => {
    expect(read('antrian kula dipun pindah tanggal selawe').date).toBe('2027-01-25');
    expect(read('tabe, mau booking kk ammuko jam 9').date).toBe('2027-01-19');
  });
});

describe('complaints', () => {
  it("reads a stranger's say-so of a shortcut for money as a broker's offer, never an officer's word of a fee", () => {
    expect(brokerOffer('ada mas mas di tangga bilang bisa bikin paspor jadi sehari asal bayar 2 juta')).toBe(2);
    expect(brokerOffer('petugas bilang bisa jadi sehari kalau bayar percepatan 1 juta')).toBe(0);
    expect(intentOf('ada bapak2 di depan pintu bilang bisa urus skck jadi sehari asal bayar 300rb, bener ga sih?')).toBe('complaint');
  });

  it("hears one at one's wits' end after a wait, and leaves a plain how alone", () => {
    expect(intentOf('sudah sebulan kia anak belum jadi, saya bingung harus gimana lagi')).toBe('complaint');
    expect(intentOf('ktp saya hilang di jalan, harus gimana?')).toBe('procedure');
  });

  it('hears English words of judging', () => {
    expect(intentOf('someone jumped the line and your staff just watched. unbelievable')).toBe('complaint');
    expect(intentOf('the tax desk made me pay twice, feels like robbery')).toBe('complaint');
  });
});

describe('help, greetings and the booking', () => {
  it('reads what may be asked here as help, the services here as the list', () => {
    expect(intentOf('bisa buat nanya soal pajak juga ga, atau cuma layanan mpp?')).toBe('help');
    expect(intentOf('layanan apa saja yang ada di sini?')).toBe('list_services');
  });

  it('reads how one is after a greeting as a greeting', () => {
    expect(intentOf('halo kak, sehat selalu?')).toBe('greeting');
    expect(intentOf('halo kak, jam berapa buka?')).toBe('hours');
  });

  it('reads one\'s booking asked about in English as my_booking, and another\'s as not ours', () => {
    expect(intentOf('I forgot my appointment code, can you resend it?')).toBe('my_booking');
    expect(intentOf('is my booking at agoda still valid?')).toBe('fallback');
  });

  it('reads whether my booking holds when I am late as my_booking, and a move asked as a move', () => {
    expect(intentOf('kalau saya telat 15 menit antrian saya hangus ga?')).toBe('my_booking');
    expect(intentOf('saya telat, antrian saya tolong dipindah ke jam 11 aja')).toBe('reschedule');
  });

  it('reads how many are still ahead of me as my_booking', () => {
    expect(intentOf('abis libur rame banget, masih banyak ga orang di depan gue?')).toBe('my_booking');
  });
});

describe('places and errands', () => {
  it("reads the MPP's English name as the MPP", () => {
    expect(intentOf('when does the public service mall close today?')).toBe('hours');
    expect(intentOf('where do I park at the service mall?')).toBe('location');
  });

  it('counts a town after "MPP" once toward a name frame', () => {
    const u = read('what are the opening hours of MPP Tanjung Pinang?');
    expect([u.intent, u.unknownPlace]).toEqual(['hours', 'tanjung pinang']);
  });

  it('keeps an event abroad recorded here ours, and an errand done abroad not', () => {
    expect(intentOf('urus akta kematian bapak yang meninggal di Malaysia gimana caranya?')).toBe('procedure');
    expect(intentOf('cara perpanjang paspor di malaysia gimana?')).toBe('fallback');
  });

  it('puts a long run-on question about another business out of scope', () => {
    expect(intentOf('Tetangga saya digugat soal batas tanah, biaya pendaftaran perkara di pengadilan negeri kira-kira berapa dan perlu pengacara atau tidak?')).toBe('fallback');
  });
});
