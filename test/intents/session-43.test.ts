/**
 * Session 43 (issue 11): when a document can be picked up. "kapan bisa diambil simnya?" right after booking was read as a booking
 * (0.79) and started another. Probes written for these checks, not taken from any measuring or dev set; each one read as
 * duration failed before this session's rule (the others guard its bounds).
 */
import { describe, expect, it } from 'vitest';

import { loadClosures, loadRealCatalog } from '../../bench/nlu.js';
import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const NOW = new Date('2027-03-08T09:30:00+07:00'); // a Monday
const real = createNlu(loadRealCatalog() ?? fixtureCatalog, { timeZone: 'Asia/Jakarta', closures: loadClosures() });
const read = (text: string) => real.understand(text, NOW);

describe('when a document can be picked up', () => {
  it('reads "kapan bisa diambil X" as the processing time of X, not a booking', () => {
    expect(read('kapan bisa diambil simnya?')).toMatchObject({ intent: 'duration', service: 'sim' });
    expect(read('kapan bisa diambil ktp nya')).toMatchObject({ intent: 'duration', service: 'ktp' });
  });

  it('leaves a queue number taken, a slot dropped and who took it to their own readings', () => {
    expect(read('nomor antrian paspor bisa diambil kapan?').intent).toBe('book');
    expect(read('gimana cara batalin jadwal yg udah diambil?').intent).toBe('cancel');
  });
});

describe("Independence Day by its other names", () => {
  it('reads "peringatan kemerdekaan RI" as 17 August; "kemerdekaan" alone (a street, a poem) is no day', () => {
    expect(read('Pas peringatan kemerdekaan RI ada pelayanan atau libur?')).toMatchObject({ intent: 'hours', date: '2027-08-17' });
    expect(read('HUT kemerdekaan mpp tetap buka?')).toMatchObject({ intent: 'hours', date: '2027-08-17' });
    expect(read('alfamart jl perintis kemerdekaan buka 24 jam gak').date).toBeNull();
  });
});

describe('not coming after all', () => {
  it('reads "tdk jadi datang" as a cancel, though it names the staff to tell; a move or a question about the booking stays', () => {
    expect(read('kasi tau mi petugasnya, sy tdk jadi datang tanggal 20 karena ada acara keluarga di kampung').intent).toBe('cancel');
    expect(read('sy ga jadi datang senin, bisa dipindah ke kamis?').intent).toBe('reschedule');
  });
});

describe('how many copies to bring', () => {
  it('reads "bawa fotokopi berapa lembar?" as requirements; a print shop\'s price or paper stays out of scope', () => {
    expect(read('bawa fotokopi berapa lembar?').intent).toBe('requirements');
    expect(read('fotokopi per lembar berapa ya di koperasi').intent).toBe('fallback');
    expect(read('beli kertas hvs 100 lembar dimana').intent).toBe('fallback');
  });
});

describe('what the bot can be asked, a letter to write, a year said in chat', () => {
  it('reads "what kinds of things I can ask you" after a story as help', () => {
    expect(read("Hi, I just moved here for work and have a lot of paperwork to sort out. Not sure what this chat does - could you explain what kinds of things I can ask you?").intent).toBe('help');
  });

  it('puts a job application letter to write out of scope; an SKCK for one stays ours', () => {
    expect(read('Bisa bantu buatkan surat lamaran kerja? Saya kurang pandai merangkai kata.').intent).toBe('fallback');
    expect(read('skck buat lamaran kerja syaratnya apa').intent).toBe('requirements');
  });

  it('reads "taunan" as tahunan: the yearly vehicle tax fee is asked', () => {
    expect(read('ongkos perpanjang STNK taunan berape sih? aye ojol')).toMatchObject({ intent: 'cost', service: 'samsat' });
  });
});

describe('Banjar -akan verbs, and a slot asked for someone with "-kah"', () => {
  it('reads "maambilakan antrian" as a booking and "mindahakan jadwal" as a move; "bubuhan admin" greets the admins', () => {
    expect(read('pian kawa kah maambilakan antrian gasan ulun isuk?').intent).toBe('book');
    expect(read('ulun handak mindahakan jadwal antrian ke hari Rabu').intent).toBe('reschedule');
    expect(read('Assalamualaikum bubuhan admin').intent).toBe('greeting');
  });

  it('reads "bisa kah ambilkan antrian untuk saya" as a booking; a question about one\'s own slot stays one', () => {
    expect(read('bisa kah ambilkan antrian untuk saya besok').intent).toBe('book');
    expect(read('antrian saya besok masih aman kah?').intent).toBe('my_booking');
  });
});

describe('which services, and the range of a levy', () => {
  it('reads "Which services do you have here?" after a story as the service list', () => {
    expect(read('Which services do you have here? just moved to town and have no idea where to start').intent).toBe('list_services');
  });

  it('reads "kisaran retribusi" in a letter about a two-storey shop as the fee; a notary\'s "kisaran biaya" stays out of scope', () => {
    expect(read('Dengan hormat. Saya akan membangun ruko dua lantai. Berapa kisaran retribusi persetujuan bangunan gedung untuk itu? Terima kasih.').intent).toBe('cost');
    expect(read('notaris yg bisa bikin akta pendirian CV di sekitar sini siapa ya? kisaran biayanya brp').intent).toBe('fallback');
  });
});

describe('an interjection is no name', () => {
  it('names the office, not "waduh taspen": the reply says what is not here', () => {
    expect(read('waduh taspen buka jam berapa')).toMatchObject({ intent: 'hours', unknownAgency: 'taspen' });
  });
});
