/**
 * Session 35 (issue 11), dev sets 215–222 and the field's remaining date misses: a holiday that only sets the scene gives
 * way to the day asked about after it (another holiday, one day of the festival, or a day counted from it), and a
 * festival just past is its first day. Probes written for these checks, not taken from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const CLOSURES = [
  { date: '2027-03-10', reason: { id: 'Hari Raya Idulfitri', en: 'Eid al-Fitr' } },
  { date: '2027-03-11', reason: { id: 'Hari Raya Idulfitri (hari kedua)', en: 'Eid al-Fitr (second day)' } },
  { date: '2027-05-06', reason: { id: 'Kenaikan Yesus Kristus', en: 'Ascension Day' } },
  { date: '2027-05-17', reason: { id: 'Hari Raya Iduladha', en: 'Eid al-Adha' } },
  { date: '2027-06-06', reason: { id: 'Tahun Baru Islam', en: 'Islamic New Year' } },
];
const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta', closures: CLOSURES });
const FEBRUARY = new Date('2027-02-16T09:00:00+07:00'); // a Tuesday, Lebaran ahead
const APRIL = new Date('2027-04-05T09:00:00+07:00'); // a Monday, Lebaran just past, the rest ahead
const dateOf = (text: string, now = FEBRUARY): string | null => nlu.understand(text, now).date;
const intentOf = (text: string): string => nlu.understand(text, FEBRUARY).intent;
/** The intent with the names the reply says it has no information for: "location kota kediri -", "hours - polsek tamalate". */
const withNames = (text: string): string => {
  const u = nlu.understand(text, FEBRUARY);
  return `${u.intent} ${u.unknownPlace ?? '-'} ${u.unknownAgency ?? '-'}`;
};

describe('a holiday that sets the scene, then the day asked about', () => {
  it('is the second holiday when the first is past', () => {
    expect(dateOf('lebaran kemarin tutup dua hari kan, kalau iduladha nanti tutup juga?', APRIL)).toBe('2027-05-17');
  });

  it('is the festival day named after the festival at large', () => {
    expect(dateOf('pulang mudik habis lebaran, nah pas lebaran hari kedua loket ktp buka belum?')).toBe('2027-03-11');
    expect(dateOf('hari pertama lebaran jelas libur, lebaran hari kedua gimana?')).toBe('2027-03-11');
  });

  it('is the weekday or the date counted from the holiday', () => {
    expect(dateOf('tahun baru islam itu hari minggu kan, seninnya mpp buka?', APRIL)).toBe('2027-06-07');
    expect(dateOf('iduladha jatuh senin, jadi selasa sesudahnya sudah masuk?', APRIL)).toBe('2027-05-18');
    expect(dateOf('setelah iduladha hari selasa loket samsat buka?', APRIL)).toBe('2027-05-18');
    expect(dateOf('libur kenaikan tgl 6 kan, tgl 7 nya buka jam berapa?', APRIL)).toBe('2027-05-07');
    expect(dateOf('iduladha kantor pasti tutup, kalau sehari sesudahnya?', APRIL)).toBe('2027-05-18');
    expect(dateOf('dinten senen saatos taun baru islam buka?', APRIL)).toBe('2027-06-07');
  });

  it('leaves the holiday its own day when nothing is counted from it', () => {
    expect(dateOf('iduladha hari senin ya? mpp libur?', APRIL)).toBe('2027-05-17');
    expect(dateOf('tgl 7 mei bisa booking ktp? kenaikan kan tgl 6', APRIL)).toBe('2027-05-07');
    expect(dateOf('lebaran buka ga?')).toBe('2027-03-10');
  });
});

describe('a festival of several days just past', () => {
  it('is its first day', () => {
    expect(dateOf('lebaran kemarin mpp tutup berapa hari?', APRIL)).toBe('2027-03-10');
    expect(dateOf('1 syawal kemarin loket tutup ya', APRIL)).toBe('2027-03-10');
  });
});

describe('a greeting that only asks leave to ask', () => {
  it('greets, whatever is said between the greeting and the asking, and whoever the question is for', () => {
    expect(intentOf('siang kak, baru pulang kerja nih, mau nanya sebentar boleh?')).toBe('greeting');
    expect(intentOf('sugeng enjing mas, nderek tanglet nggih')).toBe('greeting');
    expect(intentOf('assalamualaikum bu, saya mau bertanya untuk bapak saya')).toBe('greeting');
  });

  it('is the question when one is asked, or a service or day is named', () => {
    expect(intentOf('halo kak, mau nanya syarat bikin paspor')).toBe('requirements');
    expect(intentOf('siang min, kapan buka? mau tanya')).not.toBe('greeting');
    expect(intentOf('pagi kak mau nanya buat besok boleh')).not.toBe('greeting');
  });

  it('takes a ping with a friend\'s word of address for a greeting', () => {
    expect(intentOf('yo')).toBe('greeting');
    expect(intentOf('p bro')).toBe('greeting');
  });
});

describe('whether an office is near a landmark', () => {
  it('asks where the office is, and names another town\'s MPP or another office for the reply', () => {
    expect(withNames('mpp kota kediri itu yang deket stadion ya?')).toBe('location kota kediri -');
    expect(withNames('Kantor Dinas Sosial Kab. Gowa di samping masjid agung kan?')).toBe('location - kantor dinas sosial kab gowa');
    expect(withNames('gedungnya yang di seberang terminal itu bukan?')).toBe('location - -');
  });

  it('leaves a shop\'s office, an office said to be here and a story out of it', () => {
    expect(withNames('kantor tokopedia di sebelah mall ya?')).not.toMatch(/^location/);
    expect(withNames('kantor pos di mpp bisa kirim paket?')).not.toMatch(/^location/);
    expect(withNames('kejaksaan lagi periksa kasus korupsi apa di kabupaten kami?')).not.toMatch(/^location/);
  });
});

describe('whether an office\'s errand can be done here', () => {
  it('asks for the list of our services, and names the office', () => {
    expect(withNames('kantor pertanahan bisa urus balik nama sertifikat di mpp?')).toBe('list_services - kantor pertanahan');
    expect(withNames('uji kir truk bisa di sini ga?')).toMatch(/^list_services/);
    expect(withNames('Does the Manpower office have a desk at your place?')).toBe('list_services - manpower office');
  });

  it('leaves a job at the MPP and a booking of something no office does out of scope', () => {
    expect(withNames('ada lowongan satpam di mpp? saya mau melamar')).toBe('fallback - -');
    expect(withNames('booking lapangan badminton bisa di sini?')).toBe('fallback - -');
  });
});

describe('an office\'s hours or place asked with its errand around it', () => {
  it('is the hours or the place, with the office named for the reply', () => {
    expect(withNames('Dinas Perikanan bukanya jam berapa? mau urus pas kecil perahu')).toBe('hours - dinas perikanan');
    expect(withNames('saya mau urus sidang isbat di pengadilan agama, kantornya jam berapa mulai melayani?')).toMatch(/^hours/);
    expect(withNames('Balai Pemasyarakatan Makassar besok buka jam berapa? mau urus litmas')).toBe('hours - balai pemasyarakatan makassar');
    expect(withNames('balai karantina ikan lokasinya di mana ya, mau urus sertifikat kirim ikan')).toBe('location - balai karantina');
  });

  it('leaves a parcel, a bank branch, a company and whom to complain to alone', () => {
    expect(withNames('paket saya nyangkut di kantor pos, di mana bisa dilacak?')).not.toMatch(/^location/);
    expect(withNames('bank BRI unit pasar buka jam berapa? mau setor tunai')).toMatch(/^fallback/);
    expect(withNames('air pdam mati terus, ngadunya ke mana ya')).not.toMatch(/^location/);
  });
});

describe('the booking family, said in chat', () => {
  it('moves a booking with the chat\'s -in and -kan forms, whatever the reason\'s place', () => {
    expect(intentOf('tolong dimundurin antrian kk saya ke hari jumat, saya masih di pelabuhan')).toBe('reschedule');
    expect(intentOf('majuin jadwal saya ke besok ya, kapal sandar lebih cepat')).toBe('reschedule');
  });

  it('checks a booking when making sure of it, also for the moving letter', () => {
    expect(intentOf('saya sudah terdaftar buat ktp lusa kan? mau pastikan saja')).toBe('my_booking');
    expect(intentOf('mau konfirmasi antrian surat pindah saya untuk tanggal 20')).toBe('my_booking');
  });
});

describe('how to use the chat, in its own words', () => {
  it('is help', () => {
    expect(intentOf('harus ketik angka atau pakai kalimat biasa ya?')).toBe('help');
    expect(intentOf('ada daftar perintah nya ga min?')).toBe('help');
    expect(intentOf('dapat nomor ini dari tetangga, gunanya buat apa ya?')).toBe('help');
  });

  it('leaves a restaurant\'s menu out of scope', () => {
    expect(intentOf('menu warung padang depan kantor ada apa aja')).toBe('fallback');
  });
});

describe('another country\'s errands', () => {
  it('are out of scope: a courier abroad, an airline, a foreign visa', () => {
    expect(intentOf('how long does FedEx take from Jakarta to Tokyo?')).toBe('fallback');
    expect(intentOf('JNE cabang pasar baru tutup jam berapa?')).toBe('fallback');
    expect(intentOf('how do I change my Citilink flight to next week?')).toBe('fallback');
    expect(intentOf('how long does a Korean work visa take to get approved?')).toBe('fallback');
    expect(intentOf('what documents do I need to apply for a job at the nickel plant?')).toBe('fallback');
    expect(intentOf('how do I renew my Dutch passport while I live here?')).toBe('fallback');
  });

  it('leave a service of ours asked for a visa in scope', () => {
    expect(intentOf('how long does an SKCK take? the embassy needs it for my visa')).toBe('duration');
    expect(intentOf('batalkan antrian paspor saya besok, visa saya ditolak')).toBe('cancel');
    expect(intentOf('what documents do I need for an SKCK? it is for a job application')).toBe('requirements');
    expect(intentOf('how do I renew my passport? I am Indonesian living in Malaysia')).not.toBe('fallback');
  });
});

describe('another tenant\'s errand told at some length', () => {
  it('is still out of scope', () => {
    expect(intentOf('gimana langkah-langkah ngurus pemecahan sertifikat tanah warisan di BPN dari awal sampai selesai')).toBe('fallback');
    expect(intentOf('how long does Taspen usually take to pay out a widow\'s pension claim?')).toBe('fallback');
  });
});

describe('Javanese chat words', () => {
  it('reads "manungsa" as a human being, so asking for one is asking for a person', () => {
    expect(nlu.understand('iki manungsa po robot? aku njaluk wong wae', FEBRUARY).intent).toBe('human');
  });
});
