/**
 * Session 27 (issue 11), dev sets 131–136: trouble told and then a plain question or a booking act asked, complaints
 * asked as questions nobody wants answered, a business located by the MPP, Javanese told as a story, bookings on a day
 * that turned out closed, and thanks for a trip spared. Probes written for these checks, not taken from any measuring or
 * dev set.
 */
import { describe, expect, it } from 'vitest';

import { actsAsked, troubleThenAsked } from '../../intents/asked-after-trouble.js';
import { createNlu } from '../../intents/index.js';
import { openingVerdict } from '../../intents/opening-verdict.js';
import { rhetoricalQuestion } from '../../intents/rhetorical-question.js';
import { fixtureCatalog } from './fixture-catalog.js';

/** The closure the dev sets leaned on, as data/mpp.json names it. */
const CLOSURES = [{ date: '2027-06-01', reason: { id: 'Hari Lahir Pancasila', en: 'Pancasila Day' } }];
const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta', closures: CLOSURES });
const NOW = new Date('2027-05-27T09:30:00+07:00'); // a Thursday morning, the Tuesday after next closed (Pancasila)
const read = (text: string) => nlu.understand(text, NOW);

describe('trouble told, then a plain question about a service', () => {
  it.each([
    ['kemarin dipingpong 3 loket, capek. sebenernya syarat perpanjang paspor apa aja sih?', 'requirements', 'paspor'],
    ['udah dua kali ditolak krn fotokopi kurang, jadi syarat bikin kk baru apa aja biar ga bolak balik lagi?', 'requirements', 'kk'],
    ['kesel sama calo di parkiran, berapa sih biaya resmi bikin sim a?', 'cost', 'sim'],
    ['males antri lama2, sebenernya skck jadinya berapa lama?', 'duration', 'skck'],
  ])('%j asks what it asks', (text, intent, service) => {
    const u = read(text);
    expect([u.intent, u.service]).toEqual([intent, service]);
  });

  it('keeps a question that points back at the wrong, or asks why, a complaint', () => {
    expect(read('tadi diminta 150 ribu sama petugas, berapa sih biaya resmi skck?').intent).toBe('complaint');
    expect(read('petugasnya judes banget, kenapa syarat ktp tiap hari beda?').intent).toBe('complaint');
  });

  it('splits at the last break whose clause asks', () => {
    expect(troubleThenAsked('capek dipingpong, saya cuma mau tau, skck berapa lama?')).toEqual({ told: 'capek dipingpong, saya cuma mau tau', question: 'skck berapa lama?' });
    expect(troubleThenAsked('capek dipingpong di loket, saya cuma mau tau skck itu sebenernya berapa lama?')?.question).toBe('saya cuma mau tau skck itu sebenernya berapa lama?');
    expect(troubleThenAsked('capek dipingpong, maunya apa sih?')).toBeNull();
  });
});

describe('a booking act asked beside the trouble that made the citizen ask', () => {
  it.each([
    ['Tolong daftarkan antrian KTP hari Senin jam 9, di website error terus', 'book'],
    ['antrian paspor saya tolong diundur ke Jumat, aplikasinya ga bisa dibuka', 'reschedule'],
    ['batalin aja antrian npwp saya. percuma, servernya down terus', 'cancel'],
  ])('%j is the act', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it('does not take a denied "bisa" or an act told as what happened for a request', () => {
    expect(actsAsked('kesel, web antrian ga bisa dibuka dari pagi')).toEqual([]);
    expect(actsAsked('jadwal saya diundur sepihak, ga dikabarin')).toEqual([]);
    expect(read('jadwal saya diundur sepihak, ga dikabarin sama sekali, kecewa').intent).toBe('complaint');
  });
});

describe('a complaint asked as a question nobody wants answered', () => {
  it.each([
    'sampai kapan blangko ktp kosong terus? anak sy mau daftar kerja',
    'apa harus nyogok dulu biar berkas pbg diproses?',
    'tarif di loket beda sama di papan, selisihnya masuk kantong siapa?',
    'tiap balik ke loket selalu ada aja yang kurang, harusnya dikasih tau dari awal',
    'petugas kua minta amplop buat nikah di kantor, bukannya gratis?',
    "what's the point of booking online if we still wait two hours?",
  ])('%j is a complaint', (text) => {
    expect(read(text).intent).toBe('complaint');
  });

  it('leaves the same words asking a real question alone', () => {
    expect(rhetoricalQuestion('sampai kapan pendaftaran paspor dibuka')).toBe(0);
    expect(rhetoricalQuestion('kk baru itu bayar tidak katanya gratis')).toBe(0);
    expect(read('sampai kapan pendaftaran paspor dibuka hari ini?').intent).toBe('hours');
  });
});

describe('a question that judges nothing, read as a complaint by its topic', () => {
  it('asks the fee it asks about', () => {
    expect(read('perpanjang stnk di loket samsat ada biaya tambahan ga dibanding lewat aplikasi?').intent).toBe('cost');
  });

  it('leaves asking how to report a complaint', () => {
    expect(read('petugas minta uang rokok 50 ribu. how can I report this?').intent).toBe('complaint');
  });
});

describe('a business located by the MPP', () => {
  it.each([
    'bank bri yg di sebrang mpp buka jam brp',
    'rumah makan sebelah mpp tutup jam brp',
    'the restaurant across the street from the MPP, what time does it open?',
    'Mohon maaf bertanya di luar layanan, sekolah swasta yang berada di belakang gedung ini kapan membuka pendaftaran siswa baru? Terima kasih.',
  ])('%j is not ours to answer', (text) => {
    expect(read(text).intent).toBe('fallback');
  });

  it('still answers an agency near the MPP, and parking near it', () => {
    expect(read('kantor taspen deket mpp dimana ya').intent).toBe('location');
    expect(read('Where can I park a car near the MPP?').intent).toBe('location');
  });
});

describe('Javanese told as a story', () => {
  it.each([
    'wc ne reged lan mambu, ora kepenak blas',
    'aku dipeksa tuku map neng koperasi karo petugase, jengkel',
    'akune dibedakke, sing kenal petugas langsung dilayani',
  ])('%j is a complaint', (text) => {
    expect(read(text).intent).toBe('complaint');
  });

  it('reads the krama "two" after a clock word, and "since the morning"', () => {
    expect(read('jadwal kula dipun gantos jam kalih siang saged?').time).toBe('14:00');
    expect(read('kula antri saking enjing dereng dipuntimbali').date).toBeNull();
  });

  it('asks to be put on the list, and off it', () => {
    expect(read('tulung aku dilebokke daftar pengumuman saka mpp').intent).toBe('subscribe');
    expect(read('ojo dikirimi pengumuman maneh, hpne ibuk kebak').intent).toBe('unsubscribe');
  });
});

describe('a booking on a day that turned out closed', () => {
  it('asks what becomes of it', () => {
    expect(read('sy udah ambil antrian tgl 1 juni, ternyata libur. antrian sy gimana?').intent).toBe('my_booking');
    expect(read('booking BPJS Kesehatan saya yang hari selasa itu gimana?').intent).toBe('my_booking');
  });

  it('still reads how to book as a booking', () => {
    expect(read('gimana cara booking antrian paspor?').intent).toBe('book');
  });

  it('reads a part of today beside a slot as today', () => {
    expect(read('bisa ambil antrian sore ini?').date).toBe('2027-05-27');
    expect(read('mohon maaf mengganggu pagi ini, mau tanya syarat ktp').date).toBeNull();
  });

  it('asks whether a holiday has a cuti bersama, and whether a fee can be paid on it', () => {
    expect(read('hari lahir pancasila ada cuti bersamanya ga?').intent).toBe('hours');
    expect(read('pas hari lahir pancasila bisa bayar pbb di mpp?').intent).toBe('hours');
  });
});

describe('thanks for a trip spared', () => {
  it.each(['ok makasih ya, ternyata ga perlu daftar online dulu', 'makasih min, untung nanya dulu jadi ga perlu bolak balik'])('%j thanks', (text) => {
    expect(read(text).intent).toBe('thanks');
  });

  it('still cancels when a booking is named with the thanks', () => {
    expect(read('makasih, booking saya dibatalin aja ya').intent).toBe('cancel');
  });
});

describe('dev sets 137–140, written after the first rules', () => {
  it('reads a verdict said first as the headline of a complaint', () => {
    expect(openingVerdict('Kecewa. Berkas saya dua kali hilang di loket.')).toBe('Kecewa');
    expect(openingVerdict('Halo kak, mau tanya syarat ktp')).toBeNull();
    expect(read('Kesal. Sudah dua jam duduk di sini, nomor saya belum dipanggil juga.').intent).toBe('complaint');
  });

  it('hears sarcasm at staff at ease, and being sent round three times', () => {
    expect(read('Petugasnya main hp sambil ketawa, kami berdiri dari pagi. Enak ya kerjanya.').intent).toBe('complaint');
    expect(read('disuruh ke loket 2, di loket 2 disuruh ke lantai atas, di atas disuruh balik ke loket 2').intent).toBe('complaint');
  });

  it("asks about a relative's booking as one's own", () => {
    expect(read('cek dong booking kakek buat besok').intent).toBe('my_booking');
    expect(read('saya mau memastikan reservasi skck adik saya masih tercatat').intent).toBe('my_booking');
    expect(read('tolong batalin booking nenek besok').intent).toBe('cancel');
  });

  it('reads a sure request said first, before a reason of unknown words', () => {
    expect(read('unsubscribe please, my daughter reads the updates for me now').intent).toBe('unsubscribe');
    expect(read('cancel dong, pesanan gofood saya salah alamat').intent).toBe('fallback');
  });

  it('leaves films and another business booked by name out of scope', () => {
    const film = read('ada rekomendasi drakor yang seru ga');
    // Out of scope without a name for the reply to say is "not at the MPP".
    expect([film.intent, film.unknownAgency, film.unknownPlace]).toEqual(['fallback', null, null]);
    expect(read('booking salon lewat aplikasinya kok error terus').intent).toBe('fallback');
    expect(read('booking ktp lewat aplikasi error terus, kesel').intent).toBe('complaint');
  });

  it('keeps a town named after "Mal Pelayanan Publik" as written', () => {
    expect(read('Mal Pelayanan Publik Merauke buka jam berapa?').unknownPlace).toBe('merauke');
  });
});

describe('dev set 142: what failed online on a closure day', () => {
  it("leaves another organisation's failing system out of scope", () => {
    expect(read('web pendaftaran ppdb sd down dari pagi, anak saya belum terdaftar').intent).toBe('fallback');
    expect(read('isi krs di apk kampus error terus, kesel banget').intent).toBe('fallback');
    expect(read('my traveloka booking got cancelled and no refund yet, this is terrible').intent).toBe('fallback');
  });

  it('still reads our own paper asked for a recruitment or a scholarship', () => {
    const u = read('skck buat daftar rekrutmen bumn syaratnya apa');
    expect([u.intent, u.service]).toEqual(['requirements', 'skck']);
  });

  it("hears a broker's offer with the days first or a step skipped", () => {
    expect(read('ada akun fb nawarin sim 1 hari jadi tanpa tes, bayar 1 juta').intent).toBe('complaint');
  });

  it('does not take "baru bisa antri" for a request', () => {
    expect(actsAsked('disuruh daftar online dulu baru bisa antri, sedih')).toEqual([]);
  });
});

describe('dev set 143: holidays this year, and stopping a subscription', () => {
  const june = new Date('2027-06-02T14:20:00+07:00');
  const closures = [
    { date: '2027-03-26', reason: { id: 'Wafat Yesus Kristus (Jumat Agung)', en: 'Good Friday' } },
    { date: '2027-05-20', reason: { id: 'Hari Raya Waisak', en: 'Vesak' } },
    { date: '2027-06-06', reason: { id: 'Tahun Baru Islam', en: 'Islamic New Year' } },
  ];
  const later = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta', closures });

  it('reads "tahun ini" as this year’s, past or ahead', () => {
    expect(later.understand('jumat agung tahun ini mpp libur?', june).date).toBe('2027-03-26');
    expect(later.understand('tahun baru islam tahun ini mpp libur?', june).date).toBe('2027-06-06');
  });

  it('stops a subscription said around the wanting', () => {
    expect(read('saya mau berhenti berlangganan pengumuman dari mpp').intent).toBe('unsubscribe');
    expect(read('saya mau berlangganan pengumuman dari mpp').intent).toBe('subscribe');
  });
});
