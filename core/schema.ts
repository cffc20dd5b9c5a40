/**
 * Shapes of the data files (MPP settings and service catalog), validated at start-up.
 * data/load.ts turns a zod issue into an error naming the file, the field and the fix.
 */
import { z } from 'zod';

/** Text in Indonesian (default) and English. */
export const localized = z.object({ id: z.string().min(1), en: z.string().min(1) }).strict();
export type Localized = z.infer<typeof localized>;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use 24-hour HH:MM, e.g. "08:00"');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD, e.g. "2026-12-25"');
const serviceId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'use lower-case letters, digits and _');

export const variantSchema = z
  .object({
    id: serviceId,
    name: localized,
    /** Words citizens use for this variant ("hilang", "perpanjang", "renew"). */
    synonyms: z.array(z.string().min(1)),
    requirements: z.array(localized).min(1),
    procedure: z.array(localized).min(1),
    duration: localized,
    cost: localized,
    /** True when the service is free by law (Dukcapil: UU 24/2013 Pasal 79A). */
    free: z.boolean(),
    product: localized,
    legalBasis: z.string().min(1),
    sources: z.array(z.string().min(1)).min(1),
    uncertain: z.boolean(),
    /** What exactly is uncertain, shown to the citizen when `uncertain` is true. */
    uncertainNote: localized.optional(),
    notes: z.array(localized).optional(),
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
    /** When the facts were last checked, YYYY-MM-DD. */
    checkedOn: isoDate,
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
    services: z.array(serviceId).min(1),
    /** Agency hours when they differ from the building's. */
    hours: weekHoursSchema.optional(),
  })
  .strict();
export type Agency = z.infer<typeof agencySchema>;

const slotRule = z.object({ slotMinutes: z.number().int().min(5).max(240), capacity: z.number().int().min(1).max(500) }).strict();

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
    closures: z.array(z.object({ date: isoDate, reason: localized }).strict()),
    agencies: z.array(agencySchema).min(1),
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
