/**
 * Session 34 (issue 11), dev sets 207–214: a length of time said in English is no time asked for; a holiday named with its
 * own day of the month, ahead or just past, is that holiday; regional words for "good" and an office's acronym are not
 * read as other words. Probes written for these checks, not taken from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const CLOSURES = [
  { date: '2027-05-17', reason: { id: 'Iduladha', en: 'Eid al-Adha' } },
  { date: '2027-05-20', reason: { id: 'Waisak', en: 'Vesak' } },
];
const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Makassar', closures: CLOSURES });
const MORNING = new Date('2027-05-12T09:30:00+08:00'); // a Wednesday, the week of Iduladha and Waisak
const AFTER = new Date('2027-05-25T14:00:00+08:00'); // the Tuesday after both
const MARCH = new Date('2027-03-05T10:00:00+08:00'); // the coming 17th and 20th are in March
const intentOf = (text: string): string => nlu.understand(text, MORNING).intent;
const read = (text: string, now = MORNING): string => {
  const u = nlu.understand(text, now);
  return `${u.date ?? '-'} ${u.time ?? '-'}`;
};

describe('a length of time said in English', () => {
  it('is how long someone waited, not a slot that many hours from now', () => {
    expect(read('queued for 4 hours yesterday and got nothing, when do you open on friday?')).toBe('2027-05-14 -');
    expect(read('I waited 3 hours this morning, terrible')).toBe('- -');
    expect(read('it took us two hours to get there and the office was shut')).toBe('- -');
  });

  it('still reads a clock time beside it', () => {
    expect(read('waited 2 hours last time, can I book friday at 10am instead')).toBe('2027-05-14 10:00');
  });
});

describe('a holiday with its own day of the month', () => {
  it('is the holiday ahead, not that day of the coming month', () => {
    expect(read('waisak tanggal 20 loket tetap buka?', MARCH)).toBe('2027-05-20 -');
    expect(read('idul adha tgl 17 mpp libur kan', MARCH)).toBe('2027-05-17 -');
  });

  it('is the holiday just past when a word of the past follows the date', () => {
    expect(read('pas waisak tanggal 20 kemarin saya ke sana tutup, kok ga ada info', AFTER)).toBe('2027-05-20 -');
  });

  it('leaves a date with its own month alone', () => {
    expect(read('mau booking tanggal 20 juni, waisak kan libur', MARCH)).toBe('2027-06-20 -');
  });
});

describe('words the normaliser had read as other words', () => {
  it('reads Sundanese hade and Javanese becik as good, and keeps an exclamation and an office acronym as they are', () => {
    const normal = (text: string): string => nlu.understand(text, MORNING).normalized;
    expect(normal('surat kalakuan hade')).toBe('surat kelakuan baik');
    expect(normal('surat kelakuan becik')).toBe('surat kelakuan baik');
    expect(normal('hadeh lama banget')).toMatch(/^hadeh /);
    expect(normal('uptd dimana')).toMatch(/^uptd /);
  });

  it('reads chat\'s "lbrn kdua" as the second day of lebaran, and Banjar "baisukan" as the morning, not tomorrow', () => {
    const withLebaran = createNlu(fixtureCatalog, {
      timeZone: 'Asia/Makassar',
      closures: [
        { date: '2027-03-10', reason: { id: 'Hari Raya Idulfitri', en: 'Eid al-Fitr' } },
        { date: '2027-03-11', reason: { id: 'Hari Raya Idulfitri (hari kedua)', en: 'Eid al-Fitr (second day)' } },
      ],
    });
    expect(withLebaran.understand('lbrn kdua loket buka ga', MARCH).date).toBe('2027-03-11');
    const moved = nlu.understand('ulun kada kawa baisukan, booking ulun kawa lah dipindah ka jam 3 sore?', MARCH);
    expect([moved.intent, moved.date, moved.time]).toEqual(['reschedule', null, '15:00']);
    expect(nlu.understand('isuk baisukan jam 8 sudah buka lah?', MARCH).date).toBe('2027-03-06');
  });
});

describe('another town\'s MPP named before the office asked for there', () => {
  it('asks whether that MPP has the office, and names the town as the place we know nothing of', () => {
    const at = (text: string): string => {
      const u = nlu.understand(text, MORNING);
      return `${u.intent} ${u.unknownPlace ?? '-'}`;
    };
    expect(at('di MPP Kota Bontang ada loket Jasa Raharja ga?')).toBe('list_services kota bontang');
    expect(at('MPP Sinjai ada pelayanan Taspen tidak')).toBe('list_services sinjai');
    // The town alone is still the name asked about.
    expect(at('mpp sinjai buka jam berapa')).toBe('hours sinjai');
  });
});

describe('an office\'s hours asked with the day or time', () => {
  it('keeps the frame however many words the day and time take', () => {
    const hoursOf = (text: string): string => {
      const u = nlu.understand(text, MORNING);
      return `${u.intent} ${u.unknownAgency ?? u.unknownPlace ?? '-'}`;
    };
    expect(hoursOf('Dinas Perikanan Kota Sorong buka lagi jam 1 siang kan?')).toMatch(/^hours \S/);
    expect(hoursOf('Kantor Pos Pusat Manokwari hari Sabtu bukanya sampai jam 12 siang aja?')).toMatch(/^hours \S/);
    expect(hoursOf('BPKAD Merauke jam 1 siang sudah buka lagi atau belum?')).toMatch(/^hours \S/);
  });
});

describe('a public office\'s long name without its town marker', () => {
  it('is one name in an hours or location frame', () => {
    expect(intentOf('dinas koperasi dan ukm biak numfor alamatnya')).toBe('location');
    expect(intentOf('balai latihan kerja (BLK) merauke alamatnya di mana')).toBe('location');
    expect(intentOf('balai karantina ikan di pelabuhan biak buka jam brp')).toBe('hours');
    expect(intentOf('dinas kesehatan mimika bagian izin praktik perawat itu di gedung mana ya')).toBe('location');
  });
});

describe('a shop word that is part of an office\'s setting', () => {
  it('reads the food and drug agency\'s POM and an office at the port as offices', () => {
    expect(intentOf('Balai POM ada kantor perwakilan di MPP sini?')).toBe('list_services');
    expect(intentOf('Balai Besar POM jam layanannya sampai jam berapa')).toBe('hours');
    expect(intentOf('kantor syahbandar pelabuhan merauke di mana')).toBe('location');
  });

  it('still leaves a petrol station and a port\'s own business out', () => {
    expect(intentOf('pom bensin terdekat buka 24 jam ga')).toBe('fallback');
    expect(intentOf('jadwal kapal dari pelabuhan sorong ke biak hari apa aja')).toBe('fallback');
  });
});

describe('"how" after an office\'s hours', () => {
  it('asks what the hours are', () => {
    expect(intentOf('Dinas Sosial Kabupaten Jayawijaya jam kerjanya gimana ya')).toBe('hours');
  });
});

describe('a person asked for after what went wrong', () => {
  it('is the human asked for, in a later clause or instead of the bot', () => {
    expect(intentOf('bingung sy, panggilin orangnya aja deh')).toBe('human');
    expect(intentOf('yaudah, panggilkan petugasnya')).toBe('human');
    expect(intentOf('sy ga paham botnya, tolong orangnya aja')).toBe('human');
  });

  it('leaves a person called by a counter, told, as it was', () => {
    expect(intentOf('tadi nomor saya dipanggil petugasnya pas saya ke toilet, hangus deh')).not.toBe('human');
  });
});
