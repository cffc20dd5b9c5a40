/**
 * Session 29 (issue 11), dev sets 157–162: being turned away more than once and the same thing gone wrong again, told as a
 * story; how to use the chat and where its people are; a change of a visit's time said as a noun; a letter asking to receive
 * the announcements; a day of another calendar after "tanggal"; a day off named by its date; "pindahin" asked of a booking.
 * Probes written for these checks, not taken from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { decision } from '../../intents/decision.js';
import { createNlu } from '../../intents/index.js';
import { signsUp, stopsAnnouncements } from '../../intents/letter-acts.js';
import { againTold, turnedAwayAgain } from '../../intents/turned-away.js';
import { fixtureCatalog } from './fixture-catalog.js';

/** Closures of May and June 2027, as data/mpp.json names them. */
const CLOSURES = [
  { date: '2027-05-17', reason: { id: 'Iduladha', en: 'Eid al-Adha' } },
  { date: '2027-05-20', reason: { id: 'Waisak', en: 'Vesak' } },
  { date: '2027-06-01', reason: { id: 'Hari Lahir Pancasila', en: 'Pancasila Day' } },
  { date: '2027-06-06', reason: { id: 'Tahun Baru Islam', en: 'Islamic New Year' } },
];
const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta', closures: CLOSURES });
const NOW = new Date('2027-05-11T09:00:00+07:00'); // a Tuesday morning, Iduladha next Monday
const read = (text: string) => nlu.understand(text, NOW);
const unsure = decision('requirements', 0.2, [{ intent: 'requirements', score: 0.2 }, { intent: 'book', score: 0.15 }]);

describe('turned away more than once, told', () => {
  it('is a complaint, however the papers named pull', () => {
    expect(read('sedih, antri dari pagi, jam 11 loket ditutup krn istirahat padahal udh giliran sy. ini minggu kedua sy ngalamin gitu').intent).toBe('complaint');
  });

  it('needs the refusal told more than once, about our business, with nothing asked beside it', () => {
    expect(turnedAwayAgain(unsure, 'dua kali ditolak karena berkas kurang di loket akta, sedih sekali rasanya', null)?.intent).toBe('complaint');
    // Once only.
    expect(turnedAwayAgain(unsure, 'tadi ditolak karena berkas kurang di loket akta, sedih sekali rasanya', null)).toBeNull();
    // Not ours.
    expect(turnedAwayAgain(unsure, 'proposal skripsi saya ditolak dua kali sama dosen pembimbing, sedih', null)).toBeNull();
    // Asked after the story.
    expect(turnedAwayAgain(unsure, 'udah 2x ditolak krn berkas kurang, sebenernya syarat akta kematian apa aja sih?', null)).toBeNull();
    // Feared, not told.
    expect(turnedAwayAgain(unsure, 'mau tanya dulu biar ga bolak balik lagi ke loket, kemarin sempat bingung', null)).toBeNull();
  });
});

describe('the same thing gone wrong again, told', () => {
  it('is a complaint when the models were unsure and nothing is asked', () => {
    expect(againTold(unsure, 'ini sudah kali kedua saya antre dari subuh di loket samsat dan sistemnya mati lagi', null)?.intent).toBe('complaint');
    expect(againTold(unsure, 'ini sudah kali kedua saya antre dari subuh, loket samsat bisa dibuka jam berapa', null)).toBeNull();
    expect(againTold(unsure, 'harga obat di apotek naik 2x lipat dari bulan lalu, parah banget sekarang', null)).toBeNull();
    expect(againTold({ ...unsure, confidence: 0.8 }, 'ini sudah kali kedua saya antre dari subuh di loket samsat dan sistemnya mati lagi', null)).toBeNull();
  });

  it('hears being offended as a word of judging', () => {
    expect(read('sangat tersinggung dengan kata-kata petugas di meja informasi siang tadi').intent).toBe('complaint');
    expect(read('saya tersinggung, petugas menyebut saya lambat di depan antrean').intent).toBe('complaint');
  });
});

describe('the chat itself and its people', () => {
  it.each([
    ['kata kuncinya apa aja sih, keyword2nya gitu', 'help'],
    ['boleh pake bahasa gaul ga di sini?', 'help'],
    ['bot mulu dari tadi, orgnya kmn sih', 'human'],
  ])('%j is %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it('leaves how to write a job letter out of scope', () => {
    expect(read('cara nulis cv yang bener gimana ya biar dilirik hrd').intent).toBe('fallback');
  });
});

describe('bookings and announcements said in other words', () => {
  it('reads a change of a visit\'s time, said as a noun, as a move', () => {
    const letter = 'Dengan hormat, saya ingin mengajukan perubahan waktu kunjungan untuk urusan paspor anak saya menjadi pukul dua siang di hari yang sama, karena harus menjemput anak dari sekolah. Terima kasih.';
    expect(read(letter)).toMatchObject({ intent: 'reschedule', service: 'paspor', time: '14:00' });
  });

  it('reads a letter asking to receive the announcements as subscribe, and one telling of a sign-up before as not', () => {
    const letter = 'Yth. Pengelola MPP, saya mohon agar nomor Telegram ibu saya didaftarkan untuk menerima pemberitahuan rutin, termasuk informasi penutupan kantor saat hari libur nasional. Atas perhatiannya saya ucapkan terima kasih.';
    expect(read(letter).intent).toBe('subscribe');
    expect(signsUp('Dengan hormat, mohon nomor WhatsApp ayah saya dimasukkan agar dapat menerima pengumuman libur MPP.')).toBe(true);
    expect(signsUp('Dulu saya didaftarkan anak saya untuk menerima informasi MPP, sekarang sudah tidak perlu.')).toBe(false);
  });

  it('moves a booking asked to be moved with "pindahin", without naming the moving letter', () => {
    expect(read('antrian sy pas iduladha ternyata, pindahin ya kak')).toMatchObject({ intent: 'reschedule', service: null, date: '2027-05-17' });
    expect(read('syarat pindah ya kak').service).toBe('pindah');
  });
});

describe('holidays said by a date', () => {
  it('reads "tanggal 1 muharram" as the Islamic new year, not the first of the month', () => {
    expect(read('booking kk bisa tanggal 1 muharram?').date).toBe('2027-06-06');
  });

  it('reads a date called a day off, on a day the MPP closes, as asking whether it is open', () => {
    expect(read('tgl merah 1 juni bisa urus paspor ga')).toMatchObject({ intent: 'hours', date: '2027-06-01' });
  });

  it('keeps how long, asked with the holiday as a delay', () => {
    expect(read('bikin paspor berapa lama? kepotong libur iduladha jadi lebih lama ga')).toMatchObject({ intent: 'duration', service: 'paspor' });
  });
});

describe('regional words and a stop that was not asked for', () => {
  it('reads the day after a holiday in Javanese, and the year as Betawi writes it', () => {
    expect(read('sedino sakwise Iduladha MPP wis buka durung?')).toMatchObject({ intent: 'hours', date: '2027-05-18' });
    expect(read('Senen abis taon baru Islam MPP libur ga?').date).toBe('2027-06-07');
  });

  it('does not read a queue that stopped as the announcements stopped', () => {
    expect(stopsAnnouncements('ga ada info sama sekali kenapa antrian berhenti sejam')).toBe(false);
    expect(stopsAnnouncements('tolong info dari mpp ke nomor ini dihentikan')).toBe(true);
  });
});
