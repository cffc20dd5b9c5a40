/** The catalog fields added for issue #12, as the loader enforces them on an edited copy of the shipped files. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { Catalog } from '../../core/schema.js';
import { isOfficialSource } from '../../core/schema.js';
import { CATALOG_FILE, loadDataSync, SETTINGS_FILE } from '../../data/load.js';

const shipped = loadDataSync();
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Loads a copy of the shipped files after `edit`; returns the error message, or '' when it loads. */
function loadEdited(edit: (catalog: Catalog) => void): string {
  const catalog = structuredClone(shipped.catalog);
  edit(catalog);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layani-catalog-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, SETTINGS_FILE), JSON.stringify(shipped.settings));
  fs.writeFileSync(path.join(dir, CATALOG_FILE), JSON.stringify(catalog));
  try {
    loadDataSync(dir);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

const first = (catalog: Catalog) => catalog.services[0]!.variants[0]!;

describe('catalog schema (issue #12)', () => {
  it('tells official sources from press', () => {
    expect(isOfficialSource('sippn.menpan.go.id (SIPPN Kab. Banyumas: pembetulan SPPT PBB-P2)')).toBe(true);
    expect(isOfficialSource('https://jakartapusat.imigrasi.go.id/paspor')).toBe(true);
    expect(isOfficialSource('PP 76/2020 (tarif PNBP)')).toBe(true);
    expect(isOfficialSource('Permendagri 108/2019 Pasal 15')).toBe(true);
    expect(isOfficialSource('polrestapontianak.id/blogs/4')).toBe(true);
    expect(isOfficialSource('gridoto.com')).toBe(false);
    expect(isOfficialSource('Kompas 14 Jan 2024 (Dirjen Dukcapil)')).toBe(false);
    expect(isOfficialSource('fake.go.id.example.com')).toBe(false);
  });

  it('refuses a news site among the sources citizens see, and says to move it to research', () => {
    const message = loadEdited((c) => first(c).sources.push('gridoto.com'));
    expect(message).toMatch(/field services\[0\]\.variants\[0\]\.sources\[\d+\]: is not an official source/);
    expect(message).toContain('move press and blogs to "research"');
    expect(loadEdited((c) => (first(c).research = ['gridoto.com']))).toBe('');
  });

  it('requires checkedOn, representable and inPerson on every variant', () => {
    const missing = loadEdited((c) => {
      const v = first(c) as Partial<ReturnType<typeof first>>;
      delete v.checkedOn;
      delete v.representable;
      delete v.inPerson;
    });
    expect(missing).toContain('variants[0].checkedOn: is missing');
    expect(missing).toContain('variants[0].representable: is missing. Fix: add it: one of "yes", "no", "power_of_attorney"');
    expect(missing).toContain('variants[0].inPerson: is missing');
    const wrong = loadEdited((c) => ((first(c) as { representable: string }).representable = 'maybe'));
    expect(wrong).toContain('Fix: use one of "yes", "no", "power_of_attorney"');
  });
});
