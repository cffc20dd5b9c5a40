/**
 * Facts corrected after the November 2026 fact-check (issue #12, ../shared/domain/factcheck-2026-11.md).
 * Each test pins one corrected fact in the REAL catalog, loaded through data/load.ts, and checks that
 * the catalog names the source that settles it. If a test fails after an edit, re-check the source
 * before changing the test: these are the facts a citizen travels, queues and pays on.
 */
import { describe, expect, it } from 'vitest';

import type { Localized, Variant } from '../../core/schema.js';
import { firstSentence } from '../../core/service-info.js';
import { loadDataSync } from '../../data/load.js';

const { catalog, settings } = loadDataSync();

function variant(serviceId: string, variantId: string): Variant {
  const found = catalog.services.find((s) => s.id === serviceId)?.variants.find((v) => v.id === variantId);
  if (found === undefined) throw new Error(`variant ${serviceId}.${variantId} is missing`);
  return found;
}

const allVariants = catalog.services.flatMap((s) => s.variants.map((v) => ({ key: `${s.id}.${v.id}`, variant: v })));

/** Everything a citizen can read about a variant, Indonesian side. */
function citizenTexts(v: Variant): string[] {
  const lines: Localized[] = [v.name, ...v.requirements, ...v.procedure, v.duration, v.cost, v.product, ...(v.notes ?? [])];
  if (v.uncertainNote) lines.push(v.uncertainNote);
  return lines.map((line) => line.id);
}

function requirementIds(v: Variant): string[] {
  return v.requirements.map((r) => r.id);
}

/** True when some official source names this site or regulation (sources are free text). */
function cites(v: Variant, pattern: RegExp): boolean {
  return v.sources.some((s) => pattern.test(s));
}

/** True when the maintainers-only research notes name this page (press is kept there, never shown). */
function researched(v: Variant, pattern: RegExp): boolean {
  return (v.research ?? []).some((s) => pattern.test(s));
}

describe('nikah follows PMA 30/2024 (factcheck A1–A3)', () => {
  const both = [variant('nikah', 'di_kua'), variant('nikah', 'luar_kua')];

  it('names PMA 30/2024 as the legal basis, not the revoked PMA 20/2019, with the Kemenag page as source', () => {
    for (const v of both) {
      expect(v.legalBasis).toMatch(/^PMA 30\/2024/);
      expect(v.legalBasis).toContain('30 Desember 2024');
      expect(v.legalBasis).not.toMatch(/^PMA 20\/2019/);
      expect(cites(v, /sulteng\.kemenag\.go\.id/)).toBe(true);
      expect(v.uncertainNote?.id ?? '').not.toContain('PMA 20/2019');
    }
  });

  it('lists the PMA 30/2024 requirements: health certificate, consent, parents under 21, home-KUA letter, polygamy permission', () => {
    for (const v of both) {
      const reqs = requirementIds(v).join('\n');
      expect(reqs).toMatch(/^Surat keterangan sehat dari fasilitas kesehatan$/m);
      expect(reqs).not.toMatch(/sehat[^\n]*banyak daerah/);
      expect(reqs).toMatch(/persetujuan kedua calon pengantin/i);
      expect(reqs).toMatch(/21 tahun: izin tertulis orang tua/);
      expect(reqs).toMatch(/luar kecamatan[^\n]*rekomendasi nikah dari KUA asal/);
      expect(reqs).toMatch(/poligami dari Pengadilan Agama/);
    }
  });

  it('accepts a camat dispensation or a stamped statement for late registration', () => {
    for (const v of both) {
      expect(requirementIds(v).join('\n')).toMatch(/10 hari kerja[^\n]*dispensasi camat atau surat pernyataan bermeterai/);
    }
  });

  it('needs the Kepala KUA approval as well as the Rp600.000 payment outside the KUA or hours', () => {
    const luar = variant('nikah', 'luar_kua');
    expect(luar.procedure.map((p) => p.id).join('\n')).toMatch(/persetujuan Kepala KUA[^\n]*Pasal 16 ayat 2/);
    expect(luar.cost.id).toContain('Rp600.000');
    expect(luar.cost.id).toContain('persetujuan Kepala KUA');
    expect(luar.cost.en).toMatch(/approval/);
  });
});

describe('SKCK (factcheck A4–A5)', () => {
  it('allows an extension up to a year after expiry, marked uncertain with whom to ask', () => {
    const v = variant('skck', 'perpanjang');
    expect(requirementIds(v).join('\n')).toMatch(/paling lama 1 tahun setelah habis masa berlakunya/);
    expect(requirementIds(v).join('\n')).not.toMatch(/belum habis/);
    expect(v.notes?.map((n) => n.id).join('\n')).toMatch(/sampai 1 tahun setelah SKCK habis/);
    expect(v.uncertain).toBe(true);
    expect(v.uncertainNote?.id).toMatch(/pemberitaan/);
    expect(v.uncertainNote?.id).toMatch(/loket SKCK \(Satintelkam\)/);
    expect(researched(v, /cnnindonesia\.com/)).toBe(true);
    expect(cites(v, /Perpol 6\/2023/)).toBe(true);
  });

  it('flags that sources disagree on the kelurahan cover letter instead of stating it as fact', () => {
    const v = variant('skck', 'baru');
    const notes = v.notes?.map((n) => n.id) ?? [];
    expect(notes).not.toContain('Tidak perlu surat pengantar kelurahan.');
    expect(notes.join('\n')).toMatch(/kelurahan[^\n]*sebagian Polres masih memintanya/);
    expect(v.uncertain).toBe(true);
    expect(v.uncertainNote?.id).toMatch(/Sumber berbeda soal surat pengantar kelurahan/);
    expect(cites(v, /polrestapontianak\.id/)).toBe(true);
    expect(researched(v, /rbtv\.disway\.id/)).toBe(true);
  });
});

describe('KTP-el change of data (factcheck A6)', () => {
  const v = variant('ktp', 'ubah_data');

  it('says place and date of birth can change and only the NIK stays (Permendagri 108/2019 Pasal 15)', () => {
    expect(v.legalBasis).toContain('Permendagri 108/2019 (Pasal 15');
    const notes = v.notes?.map((n) => n.id).join('\n') ?? '';
    expect(notes).toMatch(/NIK tidak pernah berubah/);
    expect(notes).toMatch(/Tempat dan tanggal lahir bisa diubah/);
    expect(cites(v, /Permendagri 108\/2019 Pasal 15/)).toBe(true);
  });

  it('no longer contradicts itself: no text calls place/date of birth fixed data', () => {
    for (const text of citizenTexts(v)) expect(text).not.toMatch(/tempat\/tanggal lahir[^.]*data tetap/i);
    expect(v.uncertainNote?.id).toMatch(/bisa diubah \(Permendagri 108\/2019 Pasal 15\)/);
  });
});

describe('NPWP (factcheck A7–A8)', () => {
  const v = variant('npwp', 'umum');

  it('points to Coretax, never to the closed eReg site', () => {
    for (const text of citizenTexts(v)) expect(text).not.toContain('ereg.pajak.go.id');
    expect(v.sources.filter((s) => s.startsWith('ereg.'))).toEqual([]);
    expect(requirementIds(v).join('\n')).toContain('coretaxdjp.pajak.go.id');
    expect(cites(v, /^coretaxdjp\.pajak\.go\.id$/)).toBe(true);
  });

  it('names PMK 81/2024 and keeps the unconfirmed revocation of PMK 112/2022 uncertain', () => {
    expect(v.legalBasis).toMatch(/^PMK 81\/2024/);
    expect(v.legalBasis).toContain('PMK 112/2022');
    expect(v.uncertain).toBe(true);
    expect(v.uncertainNote?.id).toMatch(/ditutup sejak 1 Januari 2025/);
    expect(v.uncertainNote?.id).toMatch(/belum memastikan apakah PMK 81\/2024 mencabut PMK 112\/2022/);
  });
});

describe('Paspor (factcheck A9, B)', () => {
  const both = [variant('paspor', 'baru'), variant('paspor', 'perpanjang')];

  it('gives 10 years only to people aged 17+ or married, 5 years to children (Permenkumham 18/2022 Pasal 2A)', () => {
    for (const v of both) {
      expect(v.product.id).toMatch(/10 tahun bila Anda berusia 17 tahun ke atas atau sudah menikah, 5 tahun untuk anak/);
      expect(v.product.id).not.toMatch(/dewasa berlaku hingga 10 tahun/);
      expect(v.cost.id).toMatch(/10 tahun hanya untuk usia 17\+ atau sudah menikah/);
      expect(v.legalBasis).toContain('Permenkumham 18/2022 (Pasal 2A');
      expect(cites(v, /Permenkumham 18\/2022 Pasal 2A/)).toBe(true);
      expect(cites(v, /kemenkumham\.go\.id/)).toBe(true);
    }
  });

  it('states the confirmed lost/damaged charges without the old hedge', () => {
    const v = variant('paspor', 'perpanjang');
    expect(v.uncertainNote?.id).not.toMatch(/belum kami pastikan/);
    const notes = v.notes?.map((n) => n.id).join('\n') ?? '';
    expect(notes).toMatch(/Rp1\.000\.000 \(hilang\) atau Rp500\.000 \(rusak\)/);
    expect(cites(v, /imigrasi\.go\.id/)).toBe(true);
  });
});

describe('KK baru (factcheck A11)', () => {
  it('asks for the old KK when splitting from the parents’ KK (Perpres 96/2018 Pasal 11 ayat 1)', () => {
    const v = variant('kk', 'baru');
    expect(requirementIds(v)).toContain('Pisah dari KK orang tua: KK lama (Perpres 96/2018 Pasal 11 ayat 1)');
    expect(cites(v, /Pasal 11 ayat 1/)).toBe(true);
    // The fact-check found it through press quoting the Perpres: kept for maintainers only.
    expect(researched(v, /detik\.com d-7776210/)).toBe(true);
  });
});

describe('Samsat SWDKLLJ (factcheck B)', () => {
  it('quotes all SWDKLLJ tiers, including Rp83.000 above 250 cc, with PMK 36 and 37/2008, unhedged', () => {
    for (const id of ['tahunan', 'lima_tahunan']) {
      const v = variant('samsat', id);
      for (const fee of ['Rp35.000', 'Rp83.000', 'Rp143.000']) expect(v.cost.id).toContain(fee);
      expect(v.cost.en).toContain('Rp83,000');
      expect(v.cost.id).toContain('PMK 36 dan 37/2008');
      expect(v.legalBasis).toContain('PMK 36/PMK.010/2008');
      expect(v.uncertainNote?.id ?? '').not.toMatch(/SWDKLLJ[^.]*belum kami pastikan/);
      expect(researched(v, /malangtimes\.com/)).toBe(true);
      expect(cites(v, /^PMK 36\/PMK\.010\/2008/)).toBe(true);
    }
  });
});

describe('flags match the text (factcheck A10, D)', () => {
  it('marks PBB pembetulan free, as its text says, and uncertain because it is a Banyumas example', () => {
    const v = variant('pbb', 'pembetulan');
    expect(v.cost.id).toMatch(/tidak dipungut biaya/);
    expect(v.free).toBe(true);
    expect(v.uncertain).toBe(true);
    expect(v.uncertainNote?.id).toMatch(/contoh standar pelayanan Kab\. Banyumas/);
    expect(cites(v, /sippn\.menpan\.go\.id/)).toBe(true);
  });

  it('marks every "Contoh …" regional example uncertain, with a note that calls it an example', () => {
    const examples = allVariants.filter(({ variant: v }) => citizenTexts(v).some((text) => /\bcontoh\b/i.test(text)));
    expect(examples.map((e) => e.key)).toEqual(
      expect.arrayContaining(['ktp.hilang', 'ktp.rusak', 'akta_kematian.umum', 'pbb.pembetulan']),
    );
    for (const { key, variant: v } of examples) {
      expect({ key, uncertain: v.uncertain }).toEqual({ key, uncertain: true });
      expect({ key, note: /contoh/i.test(v.uncertainNote?.id ?? '') }).toEqual({ key, note: true });
      expect({ key, note: /example/i.test(v.uncertainNote?.en ?? '') }).toEqual({ key, note: true });
    }
  });

  it('sets `free` exactly where the fee text starts by saying there is no fee', () => {
    for (const { key, variant: v } of allVariants) {
      const saysFree = /^(GRATIS|Gratis|Rp0 \(gratis\)|Contoh [^:]+: tidak dipungut biaya)/.test(v.cost.id);
      expect({ key, free: v.free }).toEqual({ key, free: saysFree });
    }
  });
});

describe('the documents to bring hold documents only (issue #12)', () => {
  it('marks as notes the lines that are not documents: forms handed out at the counter, email and phone, age, coming in person', () => {
    const NOT_A_DOCUMENT = /\b(di loket|dari loket|email|nomor HP|usia minimal|sudah berusia|datang sendiri|daftar online|kendaraan dibawa|kode KBLI|lokasi usaha)\b/i;
    const lines = allVariants.flatMap(({ key, variant: v }) => v.requirements.filter((r) => r.kind !== 'if' && NOT_A_DOCUMENT.test(r.id)).map((r) => ({ key, line: r.id, kind: r.kind })));
    expect(lines.length).toBeGreaterThanOrEqual(10);
    for (const line of lines) expect(line).toEqual({ ...line, kind: 'note' });
    expect(variant('pbb', 'objek_baru').requirements.find((r) => r.id.startsWith('Formulir SPOP'))?.kind).toBe('note');
  });
});

describe('every fee names its regulation (issue #12)', () => {
  /** A regulation by kind and number: "PP 76/2020", "UU 24/2013" ("Law 24/2013"), "PMK 36 dan 37/2008". */
  const REGULATION = /\b(UU|Law|PP|Perpres|Perpol|PMK|PMA|Permendagri|Permenkumham|Permenaker|Keppres) \d+( (dan|and) \d+)?\/\d{4}\b/;

  it('in the first sentence, the one the first bubble shows as its fee line, in both languages', () => {
    for (const { key, variant: v } of allVariants) {
      for (const lang of ['id', 'en'] as const) {
        const line = firstSentence(v.cost[lang]);
        expect({ key, lang, line, named: REGULATION.test(line) }).toMatchObject({ key, lang, named: true });
      }
    }
  });

  it('names the PP behind BPJS Ketenagakerjaan contributions, and says the amounts are not in our sources', () => {
    const v = variant('bpjs_ketenagakerjaan', 'umum');
    expect(v.cost.id).toMatch(/^Iuran diatur PP 44\/2015 \(JKK dan JKM\), PP 46\/2015 \(JHT\) dan PP 45\/2015 \(JP\); besarannya tidak ada di sumber kami/);
    expect(cites(v, /PP 44\/2015, PP 45\/2015, PP 46\/2015/)).toBe(true);
    expect(v.uncertain).toBe(true);
  });
});

describe('"boleh diwakilkan?" agrees with the checklist (issue #12)', () => {
  it('says "no" where a requirement says it cannot be delegated, and "with a power of attorney" where one asks for it', () => {
    for (const { key, variant: v } of allVariants) {
      const reqs = requirementIds(v).join('\n');
      if (/tidak bisa diwakilkan/i.test(reqs)) expect({ key, representable: v.representable }).toEqual({ key, representable: 'no' });
      if (/^Diwakilkan: surat kuasa/m.test(reqs)) expect({ key, representable: v.representable }).toEqual({ key, representable: 'power_of_attorney' });
    }
    expect(variant('ktp', 'baru').representable).toBe('no');
    expect(variant('samsat', 'tahunan').inPerson.source).toMatch(/^Perpol 7\/2021/);
  });
});

describe('2027 closures (factcheck C)', () => {
  it('keeps the lunar-calendar holidays marked as estimates until the SKB 3 Menteri for 2027 is in the catalog', () => {
    const lunar = /isra|imlek|nyepi|idul|waisak|islam/i;
    const estimated = settings.closures.filter((c) => c.date.startsWith('2027') && lunar.test(c.reason.id));
    expect(estimated.length).toBeGreaterThanOrEqual(7);
    for (const c of estimated) {
      expect(c.reason.id).toContain('(perkiraan)');
      expect(c.reason.en).toContain('(estimated)');
    }
  });
});
