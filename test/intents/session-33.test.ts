/**
 * Session 33 (issue 11), dev sets 195–206: a document described instead of named is still the service meant ("buku hijau buat
 * ke luar negeri" is the passport), a child's card compared to the KTP is the KIA, and an office that moved is asked about,
 * not the moving letter. Probes written for these checks, not taken from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const NOW = new Date('2027-02-15T10:10:00+07:00'); // a Monday morning
const serviceOf = (text: string): string | null => nlu.understand(text, NOW).service;

describe('a document described instead of named', () => {
  it('is the service meant, by what it is for, what it looks like or what it lists', () => {
    expect(serviceOf('bikin buku hijau yang buat pergi ke luar negeri itu lama ga')).toBe('paspor');
    expect(serviceOf('surat dari polisi buat syarat ngelamar kerja di pabrik bawa apa')).toBe('skck');
    expect(serviceOf('ibu saya mau ganti kertas yang isinya nama satu rumah, alamatnya salah')).toBe('kk');
    expect(serviceOf('kartu nyetir saya mati bulan depan, perpanjangnya dimana')).toBe('sim');
    expect(serviceOf('kartu yang ada foto sama sidik jarinya itu hilang, gimana urusnya')).toBe('ktp');
    expect(serviceOf('bapak mau bayar pajak tahunan mobil, loketnya buka jam berapa')).toBe('samsat');
    expect(serviceOf('how do I get the paper that records my grandmother\'s death')).toBe('akta_kematian');
    expect(serviceOf('kartu berobat gratis dari pemerintah buat ibu saya belum aktif')).toBe('bpjs_kesehatan');
  });

  it('takes the child\'s card compared to a KTP as the KIA, and leaves the KTP of a child come of age alone', () => {
    expect(serviceOf('kartu identitas buat anak saya yang masih tk syaratnya apa')).toBe('kia');
    expect(serviceOf('yang kayak ktp tapi buat bocah itu bikinnya dimana')).toBe('kia');
    expect(serviceOf('mau bikin ktp buat anak saya yang udah 17 tahun, bawa apa')).toBe('ktp');
    expect(serviceOf('daftar rekam ktp buat anak bisa hari ini?')).toBe('ktp');
  });

  it('names nothing when the card is another\'s: a patient\'s card, a member\'s card for a child', () => {
    expect(serviceOf('kartu berobat rumah sakit saya ketinggalan, bisa tetap periksa?')).toBeNull();
    expect(serviceOf('perpustakaan daerah buka ga? mau bikin kartu anggota buat anak')).toBeNull();
  });
});

describe('an office that moved', () => {
  it('is asked about where it is now, not for the moving letter', () => {
    expect(serviceOf('kantor kelurahan kami udah pindah ya? sekarang di jalan apa')).toBeNull();
    expect(serviceOf('pengadilan negeri pindah alamat kah? alamat barunya dimana')).toBeNull();
  });

  it('leaves the letter alone when a person moves, or when moving is the errand asked at an office', () => {
    expect(serviceOf('kantor dukcapil, saya mau pindah ke bandung, syaratnya apa ya')).toBe('pindah');
    expect(serviceOf('di kantor capil bisa urus pindah ke luar kota?')).toBe('pindah');
  });
});

describe('an office named with what it handles', () => {
  const read = (text: string) => nlu.understand(text, NOW);

  it('is still a question of where it is or when it opens, the office named as not ours', () => {
    const where = read('kantor pertanahan yang ngurus balik nama sertifikat rumah itu di mana ya');
    expect(where.intent).toBe('location');
    expect(where.unknownAgency ?? where.unknownPlace).not.toBeNull();
    expect(read('kantor kesbangpol yang ngurus izin keramaian itu masih buka jam segini?').intent).toBe('hours');
  });

  it('leaves a person who handles something, and a question about our own service, as they were', () => {
    expect(read('anak yang ngurus ktp itu ada di mana sekarang')).toMatchObject({ service: 'ktp' });
    expect(read('resep kue yang ngurus rumah tangga itu di mana ya').intent).toBe('fallback');
  });
});

describe('someone working abroad, said in a regional language', () => {
  const intentOf = (text: string): string => nlu.understand(text, NOW).intent;

  it('is the reason for an errand here, not an errand done abroad', () => {
    expect(intentOf('ulun handak maulah skck gasan bagawi di Malaysia, napa haja syaratnya')).toBe('requirements');
    expect(intentOf('berapa biaya paspor, suami saya di Saudi mau pulang')).toBe('cost');
  });

  it('leaves an errand done abroad out of scope', () => {
    expect(intentOf('cara perpanjang paspor di malaysia gimana')).toBe('fallback');
  });
});

describe("a relative's booking, said in English", () => {
  it('is still our booking to cancel, whatever hospital the reason names', () => {
    expect(nlu.understand("Please cancel my mother's appointment, she was admitted to hospital last night", NOW).intent).toBe('cancel');
  });

  it('leaves an appointment placed at the hospital out of scope', () => {
    expect(nlu.understand("my dad's appointment at the hospital, can it be moved to friday", NOW).intent).toBe('fallback');
  });
});
