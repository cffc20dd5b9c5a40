/** A small, fully valid MPP and catalog for core tests that must not depend on the sample data. */
import { type Catalog, catalogSchema, type Settings, settingsSchema } from '../../core/schema.js';

const day = [
  { open: '08:00', close: '12:00' },
  { open: '13:00', close: '15:00' },
];

export function testSettings(patch: Partial<Settings> = {}): Settings {
  return settingsSchema.parse({
    sample: true,
    name: 'MPP Uji',
    address: 'Jl. Uji No. 1',
    mapUrl: 'https://maps.example.org/?q=mpp-uji',
    timeZone: 'Asia/Jakarta',
    hours: { mon: day, tue: day, wed: day, thu: day, fri: [{ open: '08:00', close: '11:30' }, { open: '13:00', close: '15:00' }], sat: [], sun: [] },
    closures: [{ date: '2026-12-25', reason: { id: 'Hari Raya Natal', en: 'Christmas Day' } }],
    agencies: [
      { id: 'dukcapil', name: { id: 'Disdukcapil', en: 'Civil Registry' }, counter: { id: 'Lantai 1, loket 1–3', en: 'Floor 1, counters 1–3' }, services: ['ktp', 'kk'] },
      {
        id: 'polres',
        name: { id: 'Polres', en: 'Police' },
        counter: { id: 'Lantai 2, loket 7', en: 'Floor 2, counter 7' },
        services: ['skck'],
        hours: { mon: [{ open: '08:00', close: '12:00' }], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
      },
    ],
    slots: { default: { slotMinutes: 30, capacity: 2 }, perService: { kk: { slotMinutes: 60, capacity: 1 } } },
    booking: { horizonDays: 14, sameDayCutoffMinutes: 30, maxActivePerUser: 3, turnSoonAhead: 2, reminderDayBeforeAt: '18:00', reminderMinutesBefore: 60 },
    complaints: { responseDays: 5, channels: [{ name: 'Meja Pengaduan MPP Uji', contact: 'WA 0800-000-000' }, { name: 'SP4N-LAPOR!', contact: 'lapor.go.id / SMS 1708' }] },
    staff: { admins: ['term:admin'], staff: ['tg:900'] },
    ...patch,
  });
}

const variant = (id: string, name: string, free: boolean) => ({
  id,
  name: { id: name, en: name },
  synonyms: [id],
  requirements: [{ id: `Dokumen ${name}`, en: `Document ${name}` }],
  procedure: [{ id: 'Ambil antrean', en: 'Take a number' }],
  duration: { id: 'Hari itu juga', en: 'Same day' },
  cost: free ? { id: 'Gratis', en: 'Free' } : { id: 'Rp30.000', en: 'IDR 30,000' },
  free,
  product: { id: name, en: name },
  legalBasis: 'Peraturan Uji 1/2020',
  sources: ['Peraturan Uji 1/2020'],
  checkedOn: '2026-11-23',
  representable: 'power_of_attorney',
  inPerson: { why: { id: 'Boleh dengan surat kuasa', en: 'Allowed with a power of attorney' }, source: 'Peraturan Uji 1/2020', uncertain: false },
  uncertain: false,
});

export function testCatalog(): Catalog {
  return catalogSchema.parse({
    version: 'test',
    services: [
      { id: 'ktp', agency: 'dukcapil', name: { id: 'KTP-el', en: 'ID card' }, synonyms: ['ktp'], defaultVariant: 'baru', variants: [variant('baru', 'Baru', true), variant('hilang', 'Hilang', true)] },
      { id: 'kk', agency: 'dukcapil', name: { id: 'Kartu Keluarga', en: 'Family card' }, synonyms: ['kk'], defaultVariant: 'umum', variants: [variant('umum', 'Umum', true)] },
      { id: 'skck', agency: 'polres', name: { id: 'SKCK', en: 'Police certificate' }, synonyms: ['skck'], defaultVariant: 'umum', variants: [variant('umum', 'Umum', false)] },
    ],
  });
}
