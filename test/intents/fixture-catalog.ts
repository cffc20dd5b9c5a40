/**
 * A small catalog for NLU tests: the 17 services with the variants the real catalog uses, and only the
 * synonyms a catalog author would write (slang lives in intents/service-aliases.ts). Validated with the
 * real schema so it cannot drift from it.
 */
import { type Catalog, catalogSchema } from '../../core/schema.js';

const text = (s: string): { id: string; en: string } => ({ id: s, en: s });

function variant(id: string, synonyms: string[]): Catalog['services'][number]['variants'][number] {
  return {
    id,
    name: text(id),
    synonyms,
    requirements: [text('KTP')],
    procedure: [text('Datang ke loket')],
    duration: text('1 hari'),
    cost: text('Gratis'),
    free: true,
    product: text(id),
    legalBasis: 'fixture',
    sources: ['Peraturan fixture 1/2026'],
    checkedOn: '2026-11-01',
    representable: 'yes',
    inPerson: { why: text('fixture'), source: 'Peraturan fixture 1/2026', uncertain: false },
    uncertain: false,
  };
}

function service(id: string, name: string, synonyms: string[], variants: [string, string[]][]): Catalog['services'][number] {
  const list = variants.length > 0 ? variants : [['baru', []] as [string, string[]]];
  return {
    id,
    agency: 'dukcapil',
    name: text(name),
    synonyms,
    defaultVariant: list[0]?.[0] ?? 'baru',
    variants: list.map(([v, s]) => variant(v, s)),
  };
}

export const fixtureCatalog: Catalog = catalogSchema.parse({
  version: 'fixture-1',
  services: [
    service('ktp', 'KTP Elektronik', ['ktp', 'e-ktp', 'ktp-el', 'kartu tanda penduduk'], [
      ['baru', ['baru', 'pemula']], ['hilang', ['hilang', 'kehilangan']], ['rusak', ['rusak']], ['ubah_data', ['perubahan data', 'ubah data']],
    ]),
    service('kk', 'Kartu Keluarga', ['kk', 'kartu keluarga'], [
      ['baru', ['baru']], ['tambah_anggota', ['tambah anggota', 'penambahan anggota']], ['ubah_data', ['perubahan data']],
    ]),
    service('kia', 'Kartu Identitas Anak', ['kia', 'kartu identitas anak'], []),
    service('akta_lahir', 'Akta Kelahiran', ['akta kelahiran', 'akta lahir'], []),
    service('akta_kematian', 'Akta Kematian', ['akta kematian'], []),
    service('pindah', 'Surat Pindah', ['surat pindah', 'pindah domisili', 'skpwni'], []),
    service('sim', 'SIM', ['sim', 'surat izin mengemudi'], [['baru', ['baru']], ['perpanjang', ['perpanjang', 'perpanjangan']]]),
    service('skck', 'SKCK', ['skck', 'surat keterangan catatan kepolisian'], [['baru', ['baru']], ['perpanjang', ['perpanjangan']]]),
    service('paspor', 'Paspor', ['paspor', 'passport'], [['baru', ['baru']], ['perpanjang', ['perpanjang', 'penggantian habis berlaku']]]),
    service('npwp', 'NPWP', ['npwp'], []),
    service('nib', 'NIB', ['nib', 'nomor induk berusaha'], []),
    service('bpjs_kesehatan', 'BPJS Kesehatan', ['bpjs kesehatan'], []),
    service('bpjs_ketenagakerjaan', 'BPJS Ketenagakerjaan', ['bpjs ketenagakerjaan'], []),
    service('pbb', 'PBB-P2', ['pbb', 'pajak bumi dan bangunan'], []),
    service('samsat', 'Samsat', ['samsat', 'pajak kendaraan'], []),
    service('nikah', 'Pendaftaran Nikah', ['nikah', 'pendaftaran nikah'], []),
    service('pbg', 'PBG', ['pbg', 'persetujuan bangunan gedung'], []),
  ],
});
