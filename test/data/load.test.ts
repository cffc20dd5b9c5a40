import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { AppError } from '../../core/errors.js';
import type { Catalog, Settings } from '../../core/schema.js';
import type { AppData } from '../../data/load.js';
import { CATALOG_FILE, DEFAULT_DATA_DIR, loadData, loadDataSync, SETTINGS_FILE } from '../../data/load.js';

const shipped = loadDataSync();
const tempDirs: string[] = [];

afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layani-data-'));
  tempDirs.push(dir);
  return dir;
}

/** Writes an edited copy of the shipped files to a temp dir and returns that dir. */
function writeEdited(edit: (data: { settings: Settings; catalog: Catalog }) => void): string {
  const data = structuredClone({ settings: shipped.settings, catalog: shipped.catalog });
  edit(data);
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, SETTINGS_FILE), JSON.stringify(data.settings, null, 2));
  fs.writeFileSync(path.join(dir, CATALOG_FILE), JSON.stringify(data.catalog, null, 2));
  return dir;
}

/** Loads `dir`, expects a DATA_FILE error and returns its message. */
async function failure(dir: string): Promise<string> {
  const error: unknown = await loadData(dir).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('DATA_FILE');
  return (error as AppError).message;
}

async function failureAfter(edit: (data: { settings: Settings; catalog: Catalog }) => void): Promise<{ dir: string; message: string }> {
  const dir = writeEdited(edit);
  return { dir, message: await failure(dir) };
}

function first<T>(items: readonly T[]): T {
  const item = items[0];
  if (item === undefined) throw new Error('fixture list is empty');
  return item;
}

describe('shipped data files', () => {
  it('load with loadData and loadDataSync from the default folder', async () => {
    const data: AppData = await loadData();
    expect(data.catalog.services.length).toBe(17);
    expect(data).toEqual(loadDataSync(DEFAULT_DATA_DIR));
    expect(fs.existsSync(path.join(DEFAULT_DATA_DIR, SETTINGS_FILE))).toBe(true);
  });

  it('are clearly marked as a fictional sample MPP in Asia/Jakarta', () => {
    expect(shipped.settings.sample).toBe(true);
    expect(shipped.settings.name).toMatch(/contoh/i);
    expect(shipped.settings.timeZone).toBe('Asia/Jakarta');
    expect(shipped.settings.mapUrl).toMatch(/^https:\/\//);
  });

  it('close on the Friday-prayer break and at weekends', () => {
    const { fri, sat, sun } = shipped.settings.hours;
    expect(fri.map((p) => `${p.open}-${p.close}`)).toEqual(['08:00-11:30', '13:00-15:30']);
    expect(sat).toEqual([]);
    expect(sun).toEqual([]);
  });

  it('list holidays to the end of 2027, marking unconfirmed ones as estimates', () => {
    const dates = shipped.settings.closures.map((c) => c.date);
    expect(dates).toContain('2026-12-25');
    expect(dates).toContain('2027-01-01');
    // The rest of 2027 (session 38): Independence Day and Christmas are fixed by Keppres 8/2024.
    expect(dates).toContain('2027-08-17');
    expect(dates).toContain('2027-12-25');
    for (const closure of shipped.settings.closures) {
      expect(closure.date >= '2026-11-23' && closure.date <= '2027-12-31').toBe(true);
      if (/idul|isra|islam|maulid/i.test(closure.reason.id)) {
        expect(closure.reason.id).toContain('(perkiraan)');
        expect(closure.reason.en).toContain('(estimated)');
      }
    }
  });

  it('put every catalog service at exactly one agency', () => {
    const offered = shipped.settings.agencies.flatMap((a) => a.services).sort();
    expect(offered).toEqual(shipped.catalog.services.map((s) => s.id).sort());
  });
});

describe('loadData errors name the file, the field and the fix', () => {
  it('reports every missing file with its path, settings first, the same way every time', async () => {
    const dir = tempDir();
    const message = await failure(dir);
    const settingsAt = message.indexOf(path.join(dir, SETTINGS_FILE));
    const catalogAt = message.indexOf(path.join(dir, CATALOG_FILE));
    expect(settingsAt).toBeGreaterThanOrEqual(0);
    expect(catalogAt).toBeGreaterThan(settingsAt);
    expect(message).toContain('file not found');
    expect(message).toContain('Fix:');
    expect(() => loadDataSync(dir)).toThrow(message);
  });

  it('reports only the file that is missing when the other one is there', async () => {
    const dir = writeEdited(() => {});
    fs.rmSync(path.join(dir, CATALOG_FILE));
    const message = await failure(dir);
    expect(message).toContain(path.join(dir, CATALOG_FILE));
    expect(message).not.toContain(path.join(dir, SETTINGS_FILE));
  });

  it('reports broken JSON with its line and column', async () => {
    const dir = writeEdited(() => {});
    const file = path.join(dir, SETTINGS_FILE);
    fs.writeFileSync(file, '{\n  "sample": true,\n}\n');
    const message = await failure(dir);
    expect(message).toContain(file);
    expect(message).toContain('invalid JSON at line 3, column 1');
    expect(message).toMatch(/Fix: .*comma/);
  });

  it('accepts a file saved with a byte-order mark', async () => {
    const dir = writeEdited(() => {});
    const file = path.join(dir, CATALOG_FILE);
    fs.writeFileSync(file, `\uFEFF${fs.readFileSync(file, 'utf8')}`);
    await expect(loadData(dir)).resolves.toBeDefined();
  });

  it('reports a wrong timeZone with the allowed values', async () => {
    const { dir, message } = await failureAfter(({ settings }) => {
      (settings as { timeZone: string }).timeZone = 'Asia/Bangkok';
    });
    expect(message).toContain(`${path.join(dir, SETTINGS_FILE)}, field timeZone: "Asia/Bangkok" is not allowed`);
    expect(message).toContain('Fix: use one of "Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura"');
  });

  it('reports missing requirements', async () => {
    const { dir, message } = await failureAfter(({ catalog }) => {
      delete (first(first(catalog.services).variants) as { requirements?: unknown }).requirements;
    });
    expect(message).toContain(`${path.join(dir, CATALOG_FILE)}, field services[0].variants[0].requirements: is missing`);
    expect(message).toContain('Fix: add it: a list in [ ]');
  });

  it('reports an unknown service in an agency', async () => {
    const { dir, message } = await failureAfter(({ settings }) => {
      first(settings.agencies).services[0] = 'ktpp';
    });
    expect(message).toContain(`${path.join(dir, SETTINGS_FILE)}, field agencies[0].services[0]: "ktpp" is not a service`);
    expect(message).toMatch(/Fix: use a service id from services\.json \("ktp", "kk"/);
  });

  it('reports a synonym used by two services', async () => {
    const { dir, message } = await failureAfter(({ catalog }) => {
      first(catalog.services).synonyms.push('kartu keluarga');
    });
    expect(message).toContain(`${path.join(dir, CATALOG_FILE)}, field services[1].synonyms[`);
    expect(message).toMatch(/field services\[1\]\.synonyms\[\d+\]: "kartu keluarga" is also a synonym of service "ktp"/);
    expect(message).toContain('Fix: keep it in one service only');
  });

  it('reports a bad HH:MM time', async () => {
    const { dir, message } = await failureAfter(({ settings }) => {
      first(settings.hours.mon).open = '8:00';
    });
    expect(message).toContain(`${path.join(dir, SETTINGS_FILE)}, field hours.mon[0].open: "8:00" has the wrong format`);
    expect(message).toContain('Fix: use 24-hour HH:MM, e.g. "08:00"');
  });

  it('reports periods that close before they open or overlap', async () => {
    const { message } = await failureAfter(({ settings }) => {
      settings.hours.tue = [{ open: '12:00', close: '08:00' }];
      settings.hours.wed = [
        { open: '08:00', close: '12:00' },
        { open: '11:00', close: '15:00' },
      ];
    });
    expect(message).toContain('field hours.tue[0]: opens at 12:00 but closes at 08:00');
    expect(message).toContain('field hours.wed[1]: starts at 11:00, before the previous period ends at 12:00');
  });

  it('reports a variant\'s notWhen that points to no other variant of its service', async () => {
    const { message } = await failureAfter(({ catalog }) => {
      const variant = first(first(catalog.services).variants);
      variant.notWhen = { words: ['mati'], use: variant.id, why: { id: 'x', en: 'x' }, source: 'test' };
    });
    expect(message).toMatch(/field services\[0\]\.variants\[0\]\.notWhen\.use: "[a-z_]+" is not another variant of/);
  });

  it('reports a counter number listed under two agencies', async () => {
    const { message } = await failureAfter(({ settings }) => {
      settings.agencies[0]!.counterNumbers = ['1', '2'];
      settings.agencies[1]!.counterNumbers = ['2', '3'];
    });
    expect(message).toContain('field agencies[1].counterNumbers[0]: counter "2" is already listed for agency');
  });

  it('reports an errand not done here that is named by a word of a service that is', async () => {
    const { message } = await failureAfter(({ settings }) => {
      settings.notHere = [{ words: ['kitas', 'paspor'], name: { id: 'Izin tinggal', en: 'Stay permit' }, where: { id: 'Kantor Imigrasi', en: 'Immigration office' }, source: 'test' }];
    });
    expect(message).toContain('field notHere[0].words[1]: "paspor" names the service "paspor"');
  });

  it('reports a closure on a day that does not exist', async () => {
    const { message } = await failureAfter(({ settings }) => {
      first(settings.closures).date = '2027-02-30';
    });
    expect(message).toContain('field closures[0].date: "2027-02-30" is not a real calendar date');
  });

  it('reports a service closure naming a service the catalog lacks, and takes one that names a real one beside the holiday', async () => {
    const { message } = await failureAfter(({ settings }) => {
      const holiday = first(settings.closures);
      settings.closures.push({ date: holiday.date, reason: { id: 'Sistem gangguan', en: 'System down' }, services: ['ktp'] });
      settings.closures.push({ date: '2027-01-04', reason: { id: 'Sistem gangguan', en: 'System down' }, services: ['ktpp'] });
    });
    expect(message).toMatch(/field closures\[\d+\]\.services\[0\]: "ktpp" is not a service/);
    expect(message).not.toContain('is listed twice');
  });

  it('reports slot overrides, agencies and duplicate ids that do not match the catalog', async () => {
    const { message } = await failureAfter(({ settings, catalog }) => {
      settings.slots.perService['sktm'] = { slotMinutes: 15, capacity: 2 };
      const ktp = first(catalog.services);
      ktp.agency = 'disdukcapil';
      ktp.variants.push(structuredClone(first(ktp.variants)));
    });
    expect(message).toContain('field services[0].variants[4].id: id "baru" is used twice (also services[0].variants[0])');
    expect(message).toContain('field services[0].agency: "disdukcapil" is not an agency');
    expect(message).toContain('field slots.perService.sktm: "sktm" is not a service');
  });

  it('reports a service that no agency offers', async () => {
    const { message } = await failureAfter(({ settings }) => {
      const dukcapil = first(settings.agencies);
      dukcapil.services = dukcapil.services.filter((id) => id !== 'kia');
    });
    expect(message).toContain('does not list "kia"');
    expect(message).toContain('Fix: add "kia" to agencies[0].services in mpp.json');
  });

  it('reports an uncertain variant without a note', async () => {
    const { message } = await failureAfter(({ catalog }) => {
      const variant = first(first(catalog.services).variants);
      delete variant.uncertainNote;
      variant.uncertain = true;
    });
    expect(message).toContain('field services[0].variants[0].uncertainNote: an uncertain variant needs an uncertainNote');
    expect(message).toContain('or set "uncertain": false');
  });

  it('reports a facility id it does not know, with the ids it does', async () => {
    const { dir, message } = await failureAfter(({ settings }) => {
      settings.facilities = [{ id: 'kolam' as 'toilet', where: { id: 'Lantai 3', en: 'Second floor' } }];
    });
    expect(message).toContain(`${path.join(dir, SETTINGS_FILE)}, field facilities[0].id: "kolam" is not allowed`);
    expect(message).toContain('"prayer_room"');
  });

  it('reports a facility listed twice', async () => {
    const { message } = await failureAfter(({ settings }) => {
      settings.facilities = [
        { id: 'toilet', where: { id: 'Lantai 1', en: 'Ground floor' } },
        { id: 'toilet', where: { id: 'Lantai 2', en: 'First floor' } },
      ];
    });
    expect(message).toContain('field facilities: each facility id appears once');
  });

  it('reads a settings file without facilities as listing none', async () => {
    const dir = writeEdited(({ settings }) => {
      delete (settings as { facilities?: unknown }).facilities;
    });
    expect((await loadData(dir)).settings.facilities).toEqual([]);
  });

  it('reports unknown fields', async () => {
    const { message } = await failureAfter(({ catalog }) => {
      (first(first(catalog.services).variants) as { cost_en?: string }).cost_en = 'free';
    });
    expect(message).toContain('field services[0].variants[0].cost_en: unknown field "cost_en"');
    expect(message).toContain('Fix: remove it or correct the spelling');
  });

  it('shows at most five problems and says how many more there are', async () => {
    const { message } = await failureAfter(({ catalog }) => {
      for (const service of catalog.services) (service as { agency?: unknown }).agency = 7;
    });
    expect(message).toContain('The data files have 17 problems:');
    expect(message.split('\n').filter((line) => /^ {2}\d+\. /.test(line))).toHaveLength(5);
    expect(message).toContain('...and 12 more');
  });
});
