/**
 * Session 17 (issue 11): letters that report and ask for follow-up (intents/told-not-asked.ts ACT_ON_REPORT, TELLS), and an
 * agency's office in another place (intents/entities.ts anotherOffice). Probes written for these checks, not taken from any
 * measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { loadRealCatalog } from '../../bench/nlu.js';
import { decision } from '../../intents/decision.js';
import { createNlu } from '../../intents/index.js';
import { ironicPraise } from '../../intents/irony.js';
import { likened, rhetoricalWhich } from '../../intents/rhetorical.js';
import { toldNotAsked } from '../../intents/told-not-asked.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const NOW = new Date('2027-03-01T09:00:00+07:00'); // a Monday
const normalized = (text: string) => nlu.understand(text, NOW).normalized;

/** The models' reading of a letter whose "seseorang" and "petugas" pull to a person: human, a complaint a hair behind. */
const personFirst = decision('human', 0.17, [
  { intent: 'human', score: 0.17 },
  { intent: 'complaint', score: 0.16 },
]);

describe('a report that asks for follow-up', () => {
  it.each([
    'Selamat pagi. Dengan hormat saya ingin menyampaikan bahwa kemarin ada seseorang di pintu masuk yang menawarkan jasa cepat urus SKCK dengan bayaran. Mohon hal ini dapat ditindaklanjuti. Terima kasih.',
    'Dengan hormat, saya mau melaporkan petugas loket yang membentak ibu saya di depan banyak orang. Mohon petugas tersebut dibina. Terima kasih atas perhatiannya.',
  ])('"%s" is a complaint, whose judging words the analysis counted', (text) => {
    expect(toldNotAsked(personFirst, text, normalized(text), 1)?.intent).toBe('complaint');
  });

  it('asking for a person is still asking, even in a letter that reports', () => {
    const text = 'Dengan hormat, saya ingin menyampaikan bahwa urusan KTP ibu saya rumit sekali. Mohon saya bisa bicara dengan petugas. Terima kasih.';
    expect(toldNotAsked(personFirst, text, normalized(text), 1)).toBeNull();
  });

  it('thanks said the same way is not a complaint', () => {
    const text = 'Assalamualaikum. Kami sekeluarga ingin menyampaikan terima kasih kepada petugas KUA yang sudah membantu pendaftaran nikah anak kami sampai selesai.';
    expect(toldNotAsked(personFirst, text, normalized(text), 1)).toBeNull();
  });
});

describe('another place\'s office of an agency we host', () => {
  it.each(['Kantor Imigrasi Kelas I TPI Ambon buka sabtu?', 'KUA Kecamatan Praya alamatnya di mana?'])('"%s" is still asked, about no service of ours', (text) => {
    const u = nlu.understand(text, NOW);
    expect(['hours', 'location']).toContain(u.intent);
    expect(u.service).toBeNull();
  });

  it('the agency\'s counter in our building is its service', () => {
    expect(nlu.understand('loket imigrasi buka jam berapa', NOW).service).toBe('paspor');
  });
});

describe('a clitic written apart on a service\'s name', () => {
  it.each([
    ['kapan jadi KTP-ku? sudah rekam dua minggu lalu', 'ktp'],
    ['KK-ku rusak kena banjir, harus bawa apa', 'kk'],
    ['jadwal rekam KIA-nya bisa diubah?', 'kia'],
    ['SKCK-nye berape lama jadinye', 'skck'],
  ])('"%s" names %s', (text, service) => {
    expect(nlu.understand(text, NOW).service).toBe(service);
  });

  it('"-ku" is the speaker\'s, as "bookingku" is', () => {
    expect(normalized('batalin booking NIB-ku')).toBe('batal booking nib saya');
  });
});

describe('praise or thanks said in irony', () => {
  const reading = (raw: string, feelings = 0) => ({ raw, normalized: normalized(raw), feelings });

  it.each([
    'makasih ya udah bikin saya nunggu 3 jam 🙂',
    'hebat ya botnya, ditanya syarat malah jawab jam buka 👏👏',
    'terima kasih banyak, berkas saya hilang lagi 🙃',
    'mantap, antrean online tapi tetap disuruh ambil nomor manual 🙄',
  ])('"%s" complains', (text) => {
    expect(ironicPraise(reading(text))).toBe(true);
    expect(nlu.understand(text, NOW).intent).toBe('complaint');
  });

  it.each([
    'makasih infonya kak 🙂',
    'terima kasih, sudah jelas sekarang 🙂',
    'pelayanannya cepat, makasih 🙏',
    'makasih ya, itu saja 🙂',
    'terima kasih, tidak ada pertanyaan lagi 🙂',
    'makasih, saya tunggu infonya 🙂',
  ])('"%s" thanks', (text) => {
    expect(ironicPraise(reading(text))).toBe(false);
  });
});

describe('"is X here" about an agency, with a story after it', () => {
  it.each(['ada loket Taspen gak di mpp? bapak saya pensiunan guru', 'BPOM ada layanannya di MPP gak, mau urus izin edar keripik'])('"%s" asks whether it is here', (text) => {
    expect(nlu.understand(text, NOW).intent).toBe('list_services');
  });

  it.each(['ada lowongan kerja di MPP gak? saya lulusan D3 administrasi', 'ada rekomendasi hotel di sini? saya dari luar kota'])('"%s" is not an agency asked after', (text) => {
    expect(nlu.understand(text, NOW).intent).toBe('fallback');
  });
});

describe('agencies listed together, and "Jl." for a street', () => {
  it.each([
    ['ada loket PLN sama PDAM ga disini?', 'list_services'],
    ['Taspen, Asabri, sama BPN, ada yg di sini?', 'list_services'],
    ['MPP Makassar di Jl apa sih', 'location'],
  ])('"%s" is %s', (text, intent) => {
    expect(nlu.understand(text, NOW).intent).toBe(intent);
  });

  it('names the agencies whole, for the reply', () => {
    expect(nlu.understand('ada loket PLN sama PDAM ga disini?', NOW).unknownAgency).toBe('pln sama pdam');
  });

  it('leaves names that are not agencies apart', () => {
    expect(nlu.understand('netflix sama spotify buka jam berapa', NOW).intent).toBe('fallback');
  });
});

describe('our place asked "X or Y?", or likened to something', () => {
  it.each(['ini pelayanan publik atau pasar', 'ini mpp apa museum petugas diem semua', 'ini sistem antrian atau sistem undian'])('"%s" judges', (text) => {
    expect(rhetoricalWhich(text)).toBe(2);
  });

  it.each(['ini bot apa ya', 'ini bot apa manusia', 'ini bot bisa bantu apa aja', 'ini bot dipakai daftar antrian atau informasi'])('"%s" asks', (text) => {
    expect(rhetoricalWhich(text)).toBe(0);
  });

  it.each(['antre di mpp kayak antre konser kesal', 'antre skck sudah kayak antre sembako'])('"%s" likens', (text) => {
    expect(likened(text)).toBe(1);
  });

  it.each(['jam layanan mpp sambas sama kayak di sini', 'pelayanan seperti inilah yang kami rindukan', 'kaya apa mamakai bot ini'])('"%s" does not', (text) => {
    expect(likened(text)).toBe(0);
  });

  it('a likeness with a word of judging is a complaint', () => {
    expect(nlu.understand('antrian di mpp kayak antrian konser, kesel', NOW).intent).toBe('complaint');
  });
});

describe('our agencies by their other names (the shipped catalog\'s agencies)', () => {
  const shipped = createNlu(loadRealCatalog()!, { timeZone: 'Asia/Jakarta' });

  it.each(['disdukcapil buka jam berapa', 'kpp pratama ada di sini?', 'kantor kemenag buka jam berapa'])('"%s" names no agency as missing', (text) => {
    expect(shipped.understand(text, NOW).unknownAgency).toBeNull();
  });

  it('another town\'s office keeps its name', () => {
    expect(shipped.understand('dispenduk capil kota bekasi alamatnya di mana', NOW).unknownAgency).not.toBeNull();
  });

  it('"kapan buka lagi" asks the hours, "lagi sibuk apa" chats', () => {
    expect(nlu.understand('kapan buka lagi', NOW).intent).toBe('hours');
    expect(nlu.understand('kakak lagi sibuk apa sekarang', NOW).intent).toBe('fallback');
  });
});
