/**
 * Shapes of the data files (MPP settings and service catalog), validated at start-up.
 * data/load.ts turns a zod issue into an error naming the file, the field and the fix.
 */
import { z } from 'zod';

import { FACILITY_IDS } from './nlu.js';

/** Text in Indonesian (default) and English. */
export const localized = z.object({ id: z.string().min(1), en: z.string().min(1) }).strict();
export type Localized = z.infer<typeof localized>;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use 24-hour HH:MM, e.g. "08:00"');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD, e.g. "2026-12-25"');
const serviceId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'use lower-case letters, digits and _');

/**
 * Hosts of official sites outside `.go.id`. Police units often publish on their own `.id` domain;
 * add one here only after checking it belongs to the agency (see docs of issue #12).
 */
const OFFICIAL_HOSTS_OUTSIDE_GO_ID: readonly string[] = ['polrestapontianak.id'];
/** A regulation cited as such ("PP 76/2020 …", "Permendagri 108/2019 Pasal 15"). */
const REGULATION = /^(UU|PP|Perpres|Permen[a-z]*|PMK|PMA|Perpol|Perkap|Perda|Perbup|Perwali|SKB|Kepmen[a-z]*|Peraturan|Keputusan)\b/;

/** The host a source names at its start ("sippn.menpan.go.id (SIPPN …)" → "sippn.menpan.go.id"), if any. */
export function sourceHost(source: string): string | undefined {
  return /^(?:https?:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:[/\s(:]|$)/i.exec(source.trim())?.[1]?.toLowerCase();
}

/**
 * Official means a government site or the regulation itself: what a Dukcapil officer would accept.
 * Press and blogs may inform maintainers (`research`) but are never shown to citizens.
 */
export function isOfficialSource(source: string): boolean {
  const host = sourceHost(source);
  if (host !== undefined) return host.endsWith('.go.id') || OFFICIAL_HOSTS_OUTSIDE_GO_ID.includes(host);
  return REGULATION.test(source.trim());
}

const officialSource = z.string().min(1).refine(isOfficialSource, {
  message: 'is not an official source (a .go.id site or a regulation such as "PP 76/2020")',
});

/**
 * One line of the checklist. `kind` says how the bot lists it: `document` (default) is brought as
 * original and copy; `if` is a document needed only in the case it names ("Duda/janda: akta cerai");
 * `note` is not a document at all ("Email dan nomor HP aktif", "Daftar online dulu").
 */
export const requirementSchema = z
  .object({ id: z.string().min(1), en: z.string().min(1), kind: z.enum(['document', 'if', 'note']).optional() })
  .strict();
export type Requirement = z.infer<typeof requirementSchema>;

/** Whether someone else may do this for the citizen ("boleh diwakilkan?"). */
export const REPRESENTABLE = ['yes', 'no', 'power_of_attorney'] as const;
export type Representable = (typeof REPRESENTABLE)[number];

/** Why the citizen must (or need not) come in person, and what settles it. */
export const inPersonSchema = z
  .object({
    why: localized,
    /** An official source (site or regulation), as in `sources`. */
    source: officialSource,
    /** True when no official text settles it yet: the bot then asks the citizen to confirm at the counter. */
    uncertain: z.boolean(),
  })
  .strict();
export type InPerson = z.infer<typeof inPersonSchema>;

export const variantSchema = z
  .object({
    id: serviceId,
    name: localized,
    /** Words citizens use for this variant ("hilang", "perpanjang", "renew"). */
    synonyms: z.array(z.string().min(1)),
    requirements: z.array(requirementSchema).min(1),
    procedure: z.array(localized).min(1),
    duration: localized,
    cost: localized,
    /** True when the fee text says there is none (Dukcapil: UU 24/2013 Pasal 79A). */
    free: z.boolean(),
    product: localized,
    legalBasis: z.string().min(1),
    /** Official sources only (a .go.id site or a regulation); they are shown to citizens. */
    sources: z.array(officialSource).min(1),
    /** Press, blogs and other leads, for maintainers only: never shown to citizens. */
    research: z.array(z.string().min(1)).optional(),
    /** When these facts were last checked against their sources, YYYY-MM-DD (`npm run catalog -- stale`). */
    checkedOn: isoDate,
    representable: z.enum(REPRESENTABLE),
    inPerson: inPersonSchema,
    uncertain: z.boolean(),
    /** What exactly is uncertain, shown to the citizen when `uncertain` is true. */
    uncertainNote: localized.optional(),
    notes: z.array(localized).optional(),
    /**
     * When this variant is the wrong one for what the citizen says: an expired SIM is not renewed but applied for anew. Said with
     * one of `words` (not after "belum", "akan", "sebelum"…), variant `use` is answered or booked instead, with `why` first.
     */
    notWhen: z
      .object({ words: z.array(z.string().min(1)).min(1), use: serviceId, why: localized, source: z.string().min(1) })
      .strict()
      .optional(),
  })
  .strict()
  .refine((v) => !v.uncertain || v.uncertainNote !== undefined, {
    message: 'an uncertain variant needs an uncertainNote saying what to check',
    path: ['uncertainNote'],
  });
export type Variant = z.infer<typeof variantSchema>;

export const serviceSchema = z
  .object({
    id: serviceId,
    /** Agency id from the settings' `agencies`. */
    agency: z.string().min(1),
    name: localized,
    /** Names, abbreviations, slang and common misspellings ("e-ktp", "akte lahir", "stnk"). */
    synonyms: z.array(z.string().min(1)).min(1),
    /** Variant used when the citizen does not say; must be one of `variants`. */
    defaultVariant: serviceId,
    variants: z.array(variantSchema).min(1),
  })
  .strict()
  .refine((s) => s.variants.some((v) => v.id === s.defaultVariant), {
    message: 'defaultVariant must name one of the variants',
    path: ['defaultVariant'],
  });
export type Service = z.infer<typeof serviceSchema>;

export const catalogSchema = z
  .object({
    version: z.string().min(1),
    services: z.array(serviceSchema).min(1),
  })
  .strict();
export type Catalog = z.infer<typeof catalogSchema>;

const period = z.object({ open: hhmm, close: hhmm }).strict();
const day = z.array(period);
export const weekHoursSchema = z
  .object({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day })
  .strict();
export type WeekHours = z.infer<typeof weekHoursSchema>;
export type Weekday = keyof WeekHours;

export const agencySchema = z
  .object({
    id: z.string().min(1),
    name: localized,
    /** Where in the building: floor and counters. */
    counter: localized,
    /**
     * The counters' numbers as staff type them after /next ("1"…"6"): a number not listed is refused, where "Loket 99" had been
     * sent to a citizen (session 47, a field test). Absent: any number is taken.
     */
    counterNumbers: z.array(z.string().regex(/^[A-Za-z0-9]{1,4}$/, 'a counter number: up to 4 letters or digits')).min(1).optional(),
    services: z.array(serviceId).min(1),
    /** Agency hours when they differ from the building's. */
    hours: weekHoursSchema.optional(),
  })
  .strict();
export type Agency = z.infer<typeof agencySchema>;

/**
 * One of the building's facilities and where it is ("Lantai 1, di samping ruang tunggu"), for "toilet dimana" and "ada ruang
 * laktasi?". `note`: what else a citizen should know (a fee for parking, who lends the wheelchair).
 */
export const facilitySchema = z
  .object({
    id: z.enum(FACILITY_IDS),
    where: localized,
    note: localized.optional(),
  })
  .strict();
export type Facility = z.infer<typeof facilitySchema>;

const slotRule = z.object({ slotMinutes: z.number().int().min(5).max(240), capacity: z.number().int().min(1).max(500) }).strict();

/**
 * A day the MPP is closed. Every reply that names a closure shows its reason, so an estimated date
 * (a lunar holiday before that year's SKB 3 Menteri is out) says so in the reason itself (issue #12).
 */
const closureSchema = z
  .object({
    date: isoDate,
    reason: localized,
    /** Not yet fixed by a decree: the reason must say "perkiraan" / "estimated". */
    estimated: z.literal(true).optional(),
    /** Where the date comes from (the year's SKB 3 Menteri, Keppres 8/2024, a computation): for maintainers. */
    source: z.string().min(1).optional(),
    /**
     * Only these services are closed that day (an agency's system down, its officer away); absent: the whole MPP. Staff
     * declare such days in chat (`/tutuplayanan`, booking/closures.ts); the file can hold them too.
     */
    services: z.array(serviceId).min(1).optional(),
  })
  .strict()
  .refine((c) => (c.estimated === true) === (/perkiraan/i.test(c.reason.id) && /estimated/i.test(c.reason.en)), {
    message: 'an estimated closure (estimated: true) says "(perkiraan)" and "(estimated)" in its reason, and only an estimated one does',
  });

/**
 * An errand citizens ask for that this MPP does not do, and where it is done ("KITAS": the immigration office, not the MPP's
 * passport unit). Said plainly instead of "belum paham" or the list of our services (session 47, a field test).
 */
const notHereSchema = z
  .object({
    /** As citizens write it, lower case: whole words or phrases ("kitas", "izin tinggal"). */
    words: z.array(z.string().min(2)).min(1),
    name: localized,
    where: localized,
    /** Where the "where" comes from: for maintainers. */
    source: z.string().min(1),
  })
  .strict();

export const settingsSchema = z
  .object({
    /** True for demo data: every answer then says so. */
    sample: z.boolean(),
    name: z.string().min(1),
    address: z.string().min(1),
    mapUrl: z.string().url(),
    timeZone: z.enum(['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura']),
    phone: z.string().optional(),
    hours: weekHoursSchema,
    closures: z.array(closureSchema),
    agencies: z.array(agencySchema).min(1),
    /** The building's facilities; a facility not listed is answered with the information desk's place, or the staff and phone. */
    facilities: z
      .array(facilitySchema)
      .refine((list) => new Set(list.map((f) => f.id)).size === list.length, { message: 'each facility id appears once' })
      .default([]),
    notHere: z.array(notHereSchema).default([]),
    slots: z
      .object({ default: slotRule, perService: z.record(serviceId, slotRule) })
      .strict(),
    booking: z
      .object({
        horizonDays: z.number().int().min(1).max(90),
        /** Same-day bookings close this many minutes before the slot starts. */
        sameDayCutoffMinutes: z.number().int().min(0).max(480),
        maxActivePerUser: z.number().int().min(1).max(20),
        turnSoonAhead: z.number().int().min(1).max(20),
        reminderDayBeforeAt: hhmm,
        reminderMinutesBefore: z.number().int().min(0).max(24 * 60),
      })
      .strict(),
    complaints: z
      .object({
        responseDays: z.number().int().min(1).max(60),
        /** Who receives and answers complaints; defaults to the admins. */
        handlers: z.array(z.string().regex(/^(tg|wa|term):.+$/, 'use channel:id, e.g. "tg:12345"')).optional(),
        channels: z.array(z.object({ name: z.string().min(1), contact: z.string().min(1) }).strict()).min(1),
      })
      .strict(),
    staff: z
      .object({
        admins: z.array(z.string().regex(/^(tg|wa|term):.+$/, 'use channel:id, e.g. "tg:12345"')),
        staff: z.array(z.string().regex(/^(tg|wa|term):.+$/, 'use channel:id, e.g. "tg:12345"')),
        /** Staff limited to some services (user key → service ids); staff not listed serve all. */
        services: z.record(z.string().regex(/^(tg|wa|term):.+$/, 'use channel:id, e.g. "tg:12345"'), z.array(serviceId).min(1)).optional(),
      })
      .strict(),
    /** How long logs with personal data are kept (issue 13 item 7); absent in older files, hence the defaults. */
    retention: z
      .object({
        /** Days a day's operator log (`inbox/operator-YYYY-MM-DD.jsonl`: messages for operators) is kept. */
        operatorLogDays: z.number().int().min(1).max(3650).default(30),
        /** Days a month's audit log (`logs/audit-YYYY-MM.jsonl`) is kept after the month ends. */
        auditDays: z.number().int().min(30).max(3650).default(365),
      })
      .strict()
      .default({ operatorLogDays: 30, auditDays: 365 }),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;

/**
 * What staff taught one MPP's NLU (`learned.json` in the data folder, written by `/belajar`): examples of
 * an intent, and words that name a service at this MPP. Intent and service ids are checked against
 * `INTENT_NAMES` and the catalog when the file is read (data/learned.ts).
 */
export const learnedSchema = z
  .object({
    examples: z.array(z.object({ text: z.string().min(1).max(500), intent: z.string().regex(/^[a-z_]+$/) }).strict()),
    synonyms: z.array(z.object({ word: z.string().min(2).max(60), service: serviceId }).strict()),
  })
  .strict();
