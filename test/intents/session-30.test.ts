/**
 * Session 30 (issue 11), dev sets 169–172: whether this chat is the MPP's own; coming in or collecting on a holiday, and how
 * long a closure lasts; a booking already made, asked after; a job vacancy ("loker") is no office; a counter asked by its
 * number; the weekend in Indonesian. Probes written for these checks, not taken from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const CLOSURES = [
  { date: '2027-05-17', reason: { id: 'Iduladha', en: 'Eid al-Adha' } },
  { date: '2027-05-20', reason: { id: 'Waisak', en: 'Vesak' } },
];
const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta', closures: CLOSURES });
const NOW = new Date('2027-05-11T09:00:00+07:00'); // a Tuesday morning, Iduladha next Monday
const read = (text: string) => nlu.understand(text, NOW);

describe('whether this chat is the MPP\'s own', () => {
  it('is help, and says it was asked so the reply can answer it', () => {
    for (const text of ['nomor wa ini resmi dari mpp gak sih?', 'ini chatbot asli punya pemda bukan ya', 'siapa yang mengelola akun ini? takut ketipu', 'is this number legit?']) {
      const u = read(text);
      expect(u.intent, text).toBe('help');
      expect(u.asksOfficial, text).toBe(true);
    }
    expect(read('bot ini bisa bantu apa aja').asksOfficial).toBeUndefined();
  });

  it('leaves a workshop\'s, a lender\'s or an agent\'s "resmi" alone', () => {
    expect(read('dealer resmi yamaha terdekat di mana').intent).toBe('fallback');
    expect(read('aplikasi pinjaman yang resmi apa aja ya').intent).toBe('fallback');
  });
});

describe('a holiday', () => {
  it('with coming in or collecting what is ready asked, is asked as a day of service', () => {
    expect(read('pas Waisak saya bisa ambil SIM yang sudah jadi?')).toMatchObject({ intent: 'hours', date: '2027-05-20' });
    expect(read('can I come in on Eid al-Adha to renew my KTP?')).toMatchObject({ intent: 'hours', date: '2027-05-17' });
  });

  it('with how many days it closes for is hours; how many days an errand takes stays duration', () => {
    expect(read('iduladha tutupnya berapa hari min')).toMatchObject({ intent: 'hours', date: '2027-05-17' });
    expect(read('berapa hari proses kk kalau kena libur waisak').intent).toBe('duration');
  });
});

describe('a booking already made', () => {
  it('asked after is my_booking, a new one asked for stays book', () => {
    expect(read('aku udah pesan antrian paspor, mau cek jamnya').intent).toBe('my_booking');
    expect(read('tadi sudah ambil antrian npwp, tolong lihat lagi detailnya').intent).toBe('my_booking');
    expect(read('mau pesan antrian paspor besok').intent).toBe('book');
  });
});

describe('"loker", a job vacancy', () => {
  it('is no office asked for here', () => {
    const u = read('ada loker kasir ga min');
    expect(u.intent).toBe('fallback');
    expect(u.unknownAgency).toBeNull();
  });
});

describe('a counter asked by its number', () => {
  it('is a question about where it is', () => {
    for (const text of ['loket 7 di mana ya', 'ruangan 2 sebelah mana', 'where is counter 12']) expect(read(text).intent, text).toBe('location');
  });

  it('in a story the numbers stay the story\'s, and a sum is still not ours', () => {
    expect(read('ADA ORANG GA SIH DI LOKET 9??? UDAH 40 MENIT KOSONG 😤😤').intent).toBe('complaint');
    expect(read('2+2 berapa').intent).toBe('fallback');
  });
});

describe('the weekend in Indonesian', () => {
  it('asked of the MPP is hours; asked of a shop is not ours', () => {
    expect(read('mpp buka akhir pekan ga?').intent).toBe('hours');
    expect(read('toko elektronik dekat sini buka akhir pekan gak').intent).toBe('fallback');
  });
});

describe('a person asked for', () => {
  it('in English, as whether one is there; an admin fee stays a cost', () => {
    expect(read('is there a real officer I could talk to about my case?').intent).toBe('human');
    expect(read('is there any admin fee for the KK?').intent).toBe('cost');
  });

  it('as the help of one of ours needed', () => {
    expect(read('saya perlu bantuan petugas untuk nama yang salah ketik di akta').intent).toBe('human');
  });
});

describe('a queue at another place', () => {
  it('is theirs, whatever is asked of it', () => {
    for (const text of ['nomor antrian aku di bank BRI 88, masih lama gak ya', 'antrian di klinik gigi bisa diambil online?', 'antrean di apotek kok lama banget 😤']) {
      expect(read(text).intent, text).toBe('fallback');
    }
  });

  it('unless it is ours: our counters, or the bank\'s desk in our building', () => {
    expect(read('nomor antrian saya di loket 3 udah dipanggil belum').intent).toBe('my_booking');
    expect(read('antrian di bank bjb di mpp buka jam berapa').intent).toBe('hours');
  });
});

describe('a hospital\'s service judged', () => {
  it('is not a complaint to us; our own service judged beside a hospital visit is', () => {
    expect(read('pelayanan rumah sakit umum lambat sekali, kecewa').intent).toBe('fallback');
    expect(read('ibu masuk rumah sakit, pelayanan di loket kk lambat banget kesel').intent).toBe('complaint');
  });
});

describe('told or asked of the day\'s running', () => {
  it('driven out by our guard, said in the active, is a complaint; driving out a stray cat is not ours', () => {
    expect(read('security nya ngusir bapak saya yang cuma mau nanya').intent).toBe('complaint');
    expect(read('cara ngusir tikus dari dapur gimana').intent).toBe('fallback');
  });

  it('when service stops for the break is hours, not the announcements stopped', () => {
    expect(read('jam berapa pelayanan berhenti buat istirahat siang?').intent).toBe('hours');
    expect(read('tolong berhenti kirim pengumuman ke nomor saya').intent).toBe('unsubscribe');
  });
});
