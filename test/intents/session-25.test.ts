/**
 * Session 25 (issue 11), blind set 26's lean: a case told before the question, expressive typing (digits for letters, faces
 * of distress), messages sent from inside the building. Probes written for these checks, not taken from any measuring or
 * dev set.
 */
import { describe, expect, it } from 'vitest';

import { withoutAcronymExpansion } from '../../intents/acronym-expansion.js';
import { caseFirst } from '../../intents/condition-first.js';
import { decision } from '../../intents/decision.js';
import { createNlu } from '../../intents/index.js';
import { questionThenTold } from '../../intents/question-then-told.js';
import { distressTold } from '../../intents/told-not-asked.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Pontianak' });
const NOW = new Date('2027-05-11T09:30:00+07:00'); // a Tuesday, the MPP open
const read = (text: string) => nlu.understand(text, NOW);

describe('a case told before the question', () => {
  it.each([
    ['kalau akta lahir anak saya hilang, syaratnya apa aja?', 'requirements', 'akta_lahir'],
    ['seandainya saya datang jam 3 sore masih dilayani ga?', 'hours', null],
    ['misalnya skck saya udah jadi, batalin aja antrian skck saya ya', 'cancel', 'skck'],
  ])('%j is read as what it asks', (text, intent, service) => {
    const u = read(text);
    expect([u.intent, u.service]).toEqual([intent, service]);
  });

  it.each([
    'kalau lagi hujan, enaknya makan apa ya',
    'kalo ke rumah sakit, jam berapa bukanya',
    'misal mau sewa sound system buat hajatan, ada kenalan?',
  ])('%j stays out of scope: the case is another business', (text) => {
    expect(read(text).intent).toBe('fallback');
  });

  it('splits the case from what is asked at the comma', () => {
    expect(caseFirst('kak, kalau ktp rusak kena air, gimana cara gantinya')).toEqual({
      plan: 'ktp rusak kena air, gimana cara gantinya',
      parts: { told: 'ktp rusak kena air', asked: 'gimana cara gantinya' },
    });
    expect(caseFirst('syarat ktp kalau hilang apa')).toBeNull();
  });
});

describe('digits written for letters', () => {
  it.each([
    ['m4k4s1h b4ny4k y4', 'thanks'],
    ['b1s4 b00k1ng s1m b3s0k?', 'book'],
    ['g4k mau b0t, mau ngomong sama admin', 'human'],
  ])('%j is read as the words', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it('sizes, codes and a word that is no word stay as written', () => {
    expect(read('pas foto 3x4 berapa lembar buat ktp').normalized).toContain('3x4');
    expect(read('syarat p3k apa aja').normalized).toContain('p3k');
  });
});

describe('asking for a person, from inside the building or from far away', () => {
  it.each([
    'saya mau bicara sama orang asli aja, bukan mesin',
    'bapak saya tidak bisa baca hp, bisa dibantu oleh petugas saja?',
    'ada satpam yg bisa jemput ibu saya di parkiran? beliau pakai kursi roda',
    'pesan ini tolong diteruskan ke petugas dukcapil ya',
  ])('%j asks for a person', (text) => {
    expect(read(text).intent).toBe('human');
  });

  it('a person who did not come is told, not asked for', () => {
    expect(read('saya pakai kursi roda, tidak ada petugas yang mendampingi, akhirnya nyasar sejam').intent).not.toBe('human');
  });
});

describe('a story that ends in distress is a complaint', () => {
  it.each([
    'antri dari jam 7, loket paspor baru buka jam 9. anak saya sampai tidur di lantai 😭',
    'udah bawa semua berkas, di loket disuruh balik lagi karena fotokopinya kurang satu. capek 😩',
  ])('%j', (text) => {
    expect(read(text).intent).toBe('complaint');
  });

  it('a request with a crying face is still the request', () => {
    expect(read('ibu saya sakit 😭 tolong batalin antrian ktp saya besok').intent).toBe('cancel');
  });
});

describe('the citizen’s own queue number, from the hall', () => {
  it.each([
    'nomor saya C-21 sudah lewat ga? saya tadi ke mushola',
    'antrian kk ku yg daftar kemarin kok belum ada di layar? cek dong',
  ])('%j asks about one’s own booking', (text) => {
    expect(read(text).intent).toBe('my_booking');
  });

  it('registered but locked out of an app is not a question about the booking', () => {
    expect(read('saya sudah daftar tidak bisa masuk aplikasinya').intent).not.toBe('my_booking');
  });
});

describe('a booking acted on, with a hospital as the reason', () => {
  it.each([
    ['bapak saya masuk rumah sakit, booking besok bisa pindah ke jumat?', 'reschedule'],
    ['anak saya dirawat di rs, booking kamis dibatalin aja ya', 'cancel'],
  ])('%j is the citizen’s booking', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it('a hotel booked is someone else’s', () => {
    expect(read('batalin booking hotel saya').intent).toBe('fallback');
  });
});

describe('a place question, then why', () => {
  it('reads the question alone when the reason only tells', () => {
    expect(questionThenTold('di mpp ada kantor pos ga? mau kirim paket')).toEqual({ question: 'di mpp ada kantor pos ga?', told: 'mau kirim paket' });
    const u = read('ada loket pdam di sini ga? air di rumah mati tiga hari');
    expect([u.intent, u.unknownAgency]).toEqual(['list_services', 'pdam']);
  });

  it('keeps the complaint when what follows judges', () => {
    expect(read('ada loket paspor? kemarin petugasnya kasar banget').intent).toBe('complaint');
  });
});

describe('named things said twice or corrected', () => {
  it('an acronym with its long form in brackets is the acronym', () => {
    expect(withoutAcronymExpansion('Kantor BKD (Badan Kepegawaian Daerah) dimana ya')).toBe('Kantor BKD dimana ya');
    expect(withoutAcronymExpansion('ktp (yang lama) hilang gimana')).toBe('ktp (yang lama) hilang gimana');
  });

  it('a town corrected as one types is the town meant', () => {
    const u = read('mpp bekasi eh maksud saya mpp depok buka jam berapa');
    expect([u.intent, u.unknownPlace]).toEqual(['hours', 'depok']);
  });

  it('"Mohon maaf" after a day opens a sentence, it corrects no place', () => {
    expect(read('Saya ada antrean KTP di MPP hari ini pukul 13.00. Mohon maaf, mendadak saya tidak bisa hadir, mohon dibatalkan.').date).toBe('2027-05-11');
  });

  it('weekdays with their vowels half dropped', () => {
    expect(read('bs pindah jdwl ke kmis jm 10?').date).toBe('2027-05-13');
  });

  it('a bare number after "jadi" is not the day a booking moves to', () => {
    const u = read('daftar antrian sim buat lusa jam 10 ya min, sim saya patah jadi 2');
    expect([u.date, u.time]).toEqual(['2027-05-13', '10:00']);
  });
});

describe('the trouble told, then where an office is', () => {
  it('an office not here, asked after the trouble, is named for the reply', () => {
    const u = read('listrik rumah konslet terus dari kemarin. kantor PLN di mana ya?');
    expect([u.intent, u.unknownAgency]).toEqual(['location', 'pln']);
  });
});

describe('regional words of this lean', () => {
  it.each([
    ['rasah ngirim pengumuman meneh yo', 'unsubscribe'],
    ['eureunkeun kirim pengumuman ka abdi', 'unsubscribe'],
    ['nomer abdi B-09 tos kaliwat teu?', 'my_booking'],
  ])('%j', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('from the hall, more of the lean', () => {
  it('a greeting, then where one sits, is a greeting', () => {
    expect(read('Assalamualaikum, saya lagi duduk di ruang tunggu lantai 2').intent).toBe('greeting');
  });

  it('a story in our hall that ends in a sarcastic face is a complaint, even read out of scope', () => {
    const outOfScope = decision('fallback', 0.64);
    const hall = distressTold(outOfScope, 'satpam nyuruh saya keluar dari antrian gara2 pakai sandal 🙃 segitunya', 'satpam suruh saya keluar dari antre gara pakai sandal segitunya', null);
    expect(hall?.intent).toBe('complaint');
    expect(distressTold(outOfScope, 'ban motor bocor di jalan, telat masuk kerja 🙃 mantap', 'ban motor bocor di jalan terlambat masuk kerja mantap', null)).toBeNull();
  });

  it('a story of one’s own day with a crying face stays out of our complaints', () => {
    expect(read('ban motor bocor di jalan tadi pagi, telat masuk kerja 😭').intent).not.toBe('complaint');
  });

  it('letters and digits mixed both ways', () => {
    expect(read('4p4 4j4 y4ng b1s4 d1 b0t 1n1?').intent).toBe('help');
  });

  it('a reason told after keeps its day', () => {
    const u = read('masih buka ga? mau ke sana kamis pagi');
    expect([u.intent, u.date]).toEqual(['hours', '2027-05-13']);
  });

  it('a story that names a service of ours keeps it when a question follows', () => {
    expect(read('Need an NPWP for my small online shop. Is that done here or only online?').service).toBe('npwp');
  });

  it('Javanese "sesok" is tomorrow, krama "kesupen" forgotten', () => {
    expect(read('sesok buka jam piro?').date).toBe('2027-05-12');
    expect(read('kode booking kula kesupen, saged dipunpriksakaken?').intent).toBe('my_booking');
  });

  it('a person fetched after the trouble told', () => {
    expect(read('ibu saya pusing di ruang tunggu, tolong panggilin petugas').intent).toBe('human');
  });
});

describe('after dev sets 119-121', () => {
  it('"pancasila" alone is the holiday where a day is meant', () => {
    const withClosures = createNlu(fixtureCatalog, { timeZone: 'Asia/Pontianak', closures: [{ date: '2027-06-01', reason: { id: 'Hari Lahir Pancasila' } }] });
    const dateOf = (text: string) => withClosures.understand(text, NOW).date;
    expect(dateOf('libur pancasila loket samsat tutup juga?')).toBe('2027-06-01');
    expect(dateOf('PANCASILA LIBUR GA MPP NYA?')).toBe('2027-06-01');
    expect(dateOf('apa isi sila pancasila')).toBeNull();
  });

  it('a digit after a word we do not know is a letter; after one we know, a number', () => {
    expect(read('s4y4 m4u bicar4 sama p3tug4s').normalized).toBe('saya mau bicara sama petugas');
    expect(read('bpjs kelas1 berapa').normalized).toContain('kelas 1');
  });

  it('a queue number as the screen shows it is one’s own', () => {
    expect(read('lg duduk dkt loket 2, nomor A087 kira2 brp org lg?').intent).toBe('my_booking');
  });

  it('a queue struck off for someone abroad is our booking called off', () => {
    expect(read('hapuskan antrean atas nama Sinta utk paspor, ybs sudah di luar negeri').intent).toBe('cancel');
  });

  it.each([
    ['Kula kepengin matur langsung kaliyan operator', 'human'],
    ['ampih ha kirim info pengumuman ka ulun', 'unsubscribe'],
  ])('%j', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});
