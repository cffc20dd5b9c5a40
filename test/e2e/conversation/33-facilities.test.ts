/**
 * Session 15 (issue 11): a citizen looking for the toilet, the prayer room or the parking. "ada toilet ga" opened a
 * complaint form ("Terkait layanan apa?"), "toilet dimana" after a question about SIM asked "Lokasi or Pengaduan?", and
 * "parkir motor sebelah mana?" got the street address. The facilities and where they are come from mpp.json (sample
 * data). Read turn by turn, as a citizen reads the screen. Messages written for this test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, it } from 'vitest';

import { CATALOG_FILE, DEFAULT_DATA_DIR, SETTINGS_FILE } from '../../../data/load.js';
import { simulation } from '../sim-harness.js';
import { citizen, MONDAY, type Sim, start, step } from './chat.js';

describe('where the building facilities are (session 15)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('answers whether there is a toilet, then a follow-up about the prayer room, without opening a complaint', async () => {
    const user = citizen();
    await step(s, user, 'ada toilet ga', { kind: 'answer', has: ['🚻 Toilet di MPP Contoh', 'toilet difabel di lantai 1'], not: ['Terkait layanan apa?'] });
    await step(s, user, 'kalo mushola?', { kind: 'answer', has: ['🕌 Musala di MPP Contoh', 'Lantai 2, di samping lift'] });
  });

  it('answers the toilet, not the SIM counter, after a question about SIM', async () => {
    const user = citizen();
    await step(s, user, 'syarat perpanjang sim apa aja', { has: ['SIM'] });
    await step(s, user, 'toilet dimana', { kind: 'answer', has: ['🚻 Toilet'], not: ['Loket', 'loket 7–8', 'Pengaduan'] });
  });

  it('answers an aside about the parking mid-booking and keeps the booking where it was', async () => {
    const user = citizen();
    await step(s, user, 'mau booking ktp besok', { has: ['Pilih jam'] });
    await step(s, user, 'parkir motor sebelah mana?', { has: ['🅿️ Parkir', 'basement untuk motor', 'Pilih jam'], not: ['Motor tidak ada'] });
    await step(s, user, '2', { has: ['atas nama'] });
  });


  it('answers in English', async () => {
    const user = citizen();
    await step(s, user, 'is there a wheelchair I can borrow?', { kind: 'answer', has: ['Wheelchairs at MPP Contoh', 'information desk'] });
  });

  it('still takes a dirty toilet as a complaint', async () => {
    const user = citizen();
    await step(s, user, 'toiletnya kotor banget, bau pesing, ga ada air', { not: ['🚻'] });
  });
});

describe('a facility the MPP has not listed (session 15)', () => {
  let s: Sim;
  let dir: string;
  beforeAll(async () => {
    // The shipped settings without their canteen: an MPP that has not said whether it has one.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layani-facilities-'));
    const settings = JSON.parse(fs.readFileSync(path.join(DEFAULT_DATA_DIR, SETTINGS_FILE), 'utf8')) as { facilities: { id: string }[] };
    settings.facilities = settings.facilities.filter((f) => f.id !== 'canteen');
    fs.writeFileSync(path.join(dir, SETTINGS_FILE), JSON.stringify(settings));
    fs.copyFileSync(path.join(DEFAULT_DATA_DIR, CATALOG_FILE), path.join(dir, CATALOG_FILE));
    s = await simulation({ now: MONDAY, settingsDir: dir });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('does not deny it, says where to ask, and lists the facilities it has', async () => {
    const user = citizen();
    await step(s, user, 'kantinnya dimana ya', {
      kind: 'answer',
      has: ['belum punya info tentang kantin', 'meja informasi (Lantai 1', 'Fasilitas lain: meja informasi, toilet'],
      not: ['tidak ada'],
    });
  });
});
