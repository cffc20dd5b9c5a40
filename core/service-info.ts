/**
 * Service information as chat answers: requirement checklist, procedure, fee, duration,
 * where to go, and always the legal basis and source (UU 25/2009 Pasal 21 components).
 */
import { pick, tr } from './i18n.js';
import type { Catalog, Representable, Requirement, Service, Settings, Variant } from './schema.js';
import { isOfficialSource, sourceHost } from './schema.js';
import type { Lang } from './types.js';

/** The agency (counter) that serves `service` here, if this MPP offers it. */
export function agencyOf(settings: Settings, service: string): Settings['agencies'][number] | undefined {
  return settings.agencies.find((agency) => agency.services.includes(service));
}

export type InfoTopic = 'requirements' | 'procedure' | 'cost' | 'duration' | 'location';

/** Characters in the first bubble of a requirements answer (issue #12), sample-data note included. */
export const REQUIREMENTS_BUDGET = 700;

/**
 * Characters a channel with formatting adds per emphasised part (WhatsApp's `*…*`): the budget
 * counts what the citizen sees, so the first bubble keeps room for them.
 */
export const EMPHASIS_MARKUP = 2;

/** How much of the checklist the first bubble folds into "pick Detail" when it would not fit. */
type Compaction = 'all' | 'fold_if' | 'fold_if_and_notes';

const REPRESENTABLE_SHORT: Record<Representable, [string, string]> = {
  yes: ['Ya.', 'Yes.'],
  no: ['Tidak.', 'No.'],
  power_of_attorney: ['Boleh, dengan surat kuasa.', 'Yes, with a power of attorney.'],
};

export class ServiceInfo {
  readonly #byId: ReadonlyMap<string, Service>;

  constructor(
    readonly catalog: Catalog,
    readonly settings: Settings,
  ) {
    this.#byId = new Map(catalog.services.map((s) => [s.id, s]));
  }

  service(id: string): Service | undefined {
    return this.#byId.get(id);
  }

  variant(service: Service, variantId: string | null | undefined): Variant {
    const id = variantId ?? service.defaultVariant;
    return service.variants.find((v) => v.id === id) ?? service.variants.find((v) => v.id === service.defaultVariant)!;
  }

  /** Services this MPP actually offers (an agency lists them), in catalog order. */
  offered(): Service[] {
    return this.catalog.services.filter((s) => agencyOf(this.settings, s.id));
  }

  /** Variant names are self-describing ("Ganti KTP-el hilang"), so they stand alone. */
  title(service: Service, variant: Variant | null, lang: Lang): string {
    return variant && service.variants.length > 1 ? pick(variant.name, lang) : pick(service.name, lang);
  }

  where(service: Service, lang: Lang): string {
    const agency = agencyOf(this.settings, service.id);
    if (!agency) return tr(lang, `Layanan ini tidak tersedia di ${this.settings.name}.`, `This service is not offered at ${this.settings.name}.`);
    return `${pick(agency.name, lang)}: ${pick(agency.counter, lang)}, ${this.settings.name}`;
  }

  /** One topic for one variant, with its source lines. Requirements come short unless `detail` is asked. */
  answer(topic: InfoTopic, service: Service, variant: Variant, lang: Lang, detail = false): string {
    if (topic === 'requirements' && !detail) return this.requirementsBrief(service, variant, lang);
    const title = this.title(service, variant, lang);
    const body = this.#body(topic, service, variant, lang);
    return [`${this.#heading(topic, lang)} ${title}`, body, this.#footer(variant, lang)].filter(Boolean).join('\n\n');
  }

  /**
   * The first bubble of a requirements answer: checklist, one fee line, legal basis and one official
   * source, within REQUIREMENTS_BUDGET characters (issue #12: answers ran to 1,583 characters, and a
   * citizen reading on a phone in a queue stops long before that). "Detail" gives everything else.
   */
  requirementsBrief(service: Service, variant: Variant, lang: Lang): string {
    const compact = (level: Compaction): string => this.#brief(service, variant, lang, level);
    const markup = EMPHASIS_MARKUP * this.emphasis('requirements', service, variant, lang).length;
    const fits = (text: string): boolean => text.length + markup <= REQUIREMENTS_BUDGET;
    const full = compact('all');
    if (fits(full)) return full;
    const folded = compact('fold_if');
    return fits(folded) ? folded : compact('fold_if_and_notes');
  }

  /**
   * The parts of an answer that a channel with formatting shows in bold (issue #12, `Reply.emphasis`):
   * the title line and, when the answer is about one variant's requirements or fee, the fee's first
   * sentence. `variant` null: an answer about the whole service (`allVariants`).
   */
  emphasis(topic: InfoTopic, service: Service, variant: Variant | null, lang: Lang): string[] {
    const title = `${this.#heading(topic, lang)} ${this.title(service, variant, lang)}`;
    if (variant && topic === 'requirements') return [title, this.#feeLine(variant, lang)];
    if (variant && topic === 'cost') return [title, firstSentence(pick(variant.cost, lang))];
    return [title];
  }

  /** `Biaya: <first sentence of the fee>`: the brief's fee line, and the start of Detail's fee paragraph. */
  #feeLine(variant: Variant, lang: Lang): string {
    return `${tr(lang, 'Biaya', 'Fee')}: ${firstSentence(pick(variant.cost, lang))}`;
  }

  /** Whether someone else may do it for the citizen: the yes/no first, then why and the source. */
  representation(service: Service, variant: Variant, lang: Lang): string {
    const verdicts: Record<Representable, [string, string]> = {
      yes: ['Ya, boleh diwakilkan.', 'Yes, someone else may do it for you.'],
      no: ['Tidak, tidak bisa diwakilkan: pemohon harus datang sendiri.', 'No, it cannot be delegated: you must come in person.'],
      power_of_attorney: ['Boleh, dengan surat kuasa.', 'Yes, with a power of attorney.'],
    };
    const [id, en] = verdicts[variant.representable];
    const lines = [
      `${tr(lang, id, en)} (${this.title(service, variant, lang)})`,
      pick(variant.inPerson.why, lang),
      `${tr(lang, 'Sumber', 'Source')}: ${variant.inPerson.source}`,
    ];
    if (variant.inPerson.uncertain) lines.push(`⚠️ ${tr(lang, 'Belum ada aturan resmi yang tegas soal ini: mohon pastikan di loket.', 'No official rule settles this yet: please confirm at the counter.')}`);
    return lines.join('\n') + this.#sampleNote(lang);
  }

  /** The yes/no of every variant, for "boleh diwakilkan?" when the citizen did not say which case. */
  representationByVariant(service: Service, lang: Lang): string {
    const lines = service.variants.map((v) => `• ${pick(v.name, lang)}: ${REPRESENTABLE_SHORT[v.representable][lang === 'en' ? 1 : 0]} ${pick(v.inPerson.why, lang)}`);
    const unsure = service.variants.some((v) => v.inPerson.uncertain)
      ? `\n⚠️ ${tr(lang, 'Sebagian belum diatur tegas: mohon pastikan di loket.', 'Some of this is not settled by a rule: please confirm at the counter.')}`
      : '';
    return `${tr(lang, `Boleh diwakilkan? ${pick(service.name, lang)}`, `Can someone else do it? ${pick(service.name, lang)}`)}\n${lines.join('\n')}${unsure}${this.#sampleNote(lang)}`;
  }

  #brief(service: Service, variant: Variant, lang: Lang, level: Compaction): string {
    const shown = variant.requirements.filter((r) => keepInBrief(r, level));
    const checklist = numbered(shown.map((r) => pick(r, lang)));
    const more = foldedLine(variant.requirements.filter((r) => !shown.includes(r)), lang);
    const source = briefSource(variant);
    const lines = [
      this.#feeLine(variant, lang),
      `${tr(lang, 'Dasar hukum', 'Legal basis')}: ${shortBasis(variant.legalBasis)}`,
      ...(source ? [`${tr(lang, 'Sumber', 'Source')}: ${source}`] : []),
      ...(variant.uncertain ? [`⚠️ ${tr(lang, 'Ada yang perlu dipastikan di loket: pilih Detail.', 'Some of this needs confirming at the counter: pick Detail.')}`] : []),
    ];
    return `${this.#heading('requirements', lang)} ${this.title(service, variant, lang)}\n${checklist}${more}\n\n${lines.join('\n')}${this.#sampleTag(lang)}`;
  }

  /** Cost or duration of every variant at once, when the citizen did not say which. */
  allVariants(topic: 'cost' | 'duration', service: Service, lang: Lang): string {
    const texts = service.variants.map((v) => pick(topic === 'cost' ? v.cost : v.duration, lang));
    // Dukcapil variants share one long "free by law" text: say it once, not once per variant.
    const lines = new Set(texts).size === 1 ? [texts[0]!] : service.variants.map((v, i) => `• ${pick(v.name, lang)}: ${texts[i]}`);
    const sources = mergedBasis(service.variants.map((v) => v.legalBasis));
    const uncertain = service.variants.some((v) => v.uncertain)
      ? `\n⚠️ ${tr(lang, 'Sebagian informasi belum pasti: mohon konfirmasi ke loket.', 'Some of this is not certain: please confirm at the counter.')}`
      : '';
    return `${this.#heading(topic, lang)} ${pick(service.name, lang)}\n\n${lines.join('\n')}\n\n${tr(lang, 'Dasar hukum', 'Legal basis')}: ${sources}${uncertain}${this.#sampleNote(lang)}`;
  }

  /**
   * The list shown with a booking confirmation and reminders, under "bring originals and copies":
   * only documents belong there, so lines that are not ("Email dan nomor HP aktif") follow apart.
   */
  checklist(variant: Variant, lang: Lang): string {
    const documents = variant.requirements.filter((r) => r.kind !== 'note').map((r) => `☐ ${pick(r, lang)}`);
    const notes = variant.requirements.filter((r) => r.kind === 'note').map((r) => `• ${pick(r, lang)}`);
    if (notes.length === 0) return documents.join('\n');
    return [...documents, tr(lang, 'Juga perlu:', 'Also:'), ...notes].join('\n');
  }

  #heading(topic: InfoTopic, lang: Lang): string {
    const headings: Record<InfoTopic, [string, string]> = {
      requirements: ['📋 Syarat', '📋 Requirements for'],
      procedure: ['🧭 Alur', '🧭 Steps for'],
      cost: ['💰 Biaya', '💰 Fee for'],
      duration: ['⏱️ Lama proses', '⏱️ Processing time for'],
      location: ['📍 Lokasi layanan', '📍 Where to go for'],
    };
    const [id, en] = headings[topic];
    return tr(lang, id, en);
  }

  #body(topic: InfoTopic, service: Service, variant: Variant, lang: Lang): string {
    switch (topic) {
      case 'requirements':
        return [
          numbered(variant.requirements.map((r) => pick(r, lang))),
          `${tr(lang, 'Biaya', 'Fee')}: ${pick(variant.cost, lang)}`,
          `${tr(lang, 'Boleh diwakilkan?', 'Can someone else do it?')} ${REPRESENTABLE_SHORT[variant.representable][lang === 'en' ? 1 : 0]} ${pick(variant.inPerson.why, lang)}`,
          ...(variant.notes ?? []).map((n) => `• ${pick(n, lang)}`),
          `${tr(lang, 'Loket', 'Counter')}: ${this.where(service, lang)}`,
        ].join('\n\n');
      case 'procedure':
        return [
          numbered(variant.procedure.map((p) => pick(p, lang))),
          `${tr(lang, 'Hasil', 'You receive')}: ${pick(variant.product, lang)}`,
        ].join('\n\n');
      case 'cost':
        return pick(variant.cost, lang);
      case 'duration':
        return pick(variant.duration, lang);
      case 'location':
        return `${this.where(service, lang)}\n${this.settings.address}\n${this.settings.mapUrl}`;
    }
  }

  #footer(variant: Variant, lang: Lang): string {
    const lines = [
      `${tr(lang, 'Dasar hukum', 'Legal basis')}: ${variant.legalBasis}`,
      `${tr(lang, 'Sumber', 'Source')}: ${variant.sources.join('; ')}`,
    ];
    if (variant.uncertain && variant.uncertainNote) lines.push(`⚠️ ${tr(lang, 'Perlu dipastikan', 'To confirm')}: ${pick(variant.uncertainNote, lang)}`);
    return lines.join('\n') + this.#sampleNote(lang);
  }

  /** The sample-data note in few words, for the first bubble whose every character counts. */
  #sampleTag(lang: Lang): string {
    return this.settings.sample ? `\n(${tr(lang, 'Data demo, bukan standar resmi MPP.', 'Demo data, not an official MPP standard.')})` : '';
  }

  #sampleNote(lang: Lang): string {
    return this.settings.sample
      ? `\n(${tr(lang, 'Data contoh untuk demo, bukan standar pelayanan resmi MPP mana pun.', 'Sample data for the demo, not any MPP’s official service standard.')})`
      : '';
  }
}

function numbered(items: readonly string[]): string {
  return items.map((item, i) => `${i + 1}. ${item}`).join('\n');
}

/** "+ 8 more for particular cases: pick Detail." for the lines the first bubble left out. */
function foldedLine(folded: readonly Requirement[], lang: Lang): string {
  if (folded.length === 0) return '';
  const cases = folded.filter((r) => r.kind === 'if').length;
  const text =
    cases === folded.length
      ? tr(lang, `${cases} syarat lain untuk keadaan tertentu: pilih Detail.`, `${cases} more for particular cases: pick Detail.`)
      : tr(lang, `${folded.length} baris lain (syarat khusus dan catatan): pilih Detail.`, `${folded.length} more lines (special cases and notes): pick Detail.`);
  return `\n+ ${text}`;
}

function keepInBrief(requirement: Requirement, level: Compaction): boolean {
  if (level === 'all') return true;
  if (requirement.kind === 'if') return false;
  return level === 'fold_if' || requirement.kind !== 'note';
}

/** Words ending in a full stop that do not end a sentence ("PP 48/2014 jo. PP 59/2018"). */
const ABBREVIATIONS = new Set(['jo', 'Kab', 'Kec', 'No', 'Ps', 's.t.d.d', 'dst', 'dll', 'dsb', 'e.g', 'i.e', 'Art', 'cf']);

/** The fee line of the first bubble: the fee text's first sentence (warnings and details follow in Detail). */
export function firstSentence(text: string): string {
  for (const match of text.matchAll(/[.!?](?=\s|$)/g)) {
    const end = match.index;
    const word = text.slice(0, end).split(/\s+/).at(-1) ?? '';
    if (!ABBREVIATIONS.has(word)) return text.slice(0, end + 1);
  }
  return text;
}

/** The regulations without their explanations: "PMA 30/2024 (pencatatan …); PP 48/2014" → "PMA 30/2024; PP 48/2014". */
/**
 * The legal bases of several variants, each law once: KTP's four variants share most of theirs, and "biayanya brp?" listed
 * "UU 23/2006 jo. UU 24/2013 (Pasal 79A, 95B); Perpres 96/2018 …" three times (session 44, `npm run simulate`). A law named
 * again with more detail ("Perpres 96/2018 Pasal 15") stands for its shorter mention.
 */
export function mergedBasis(bases: readonly string[]): string {
  const parts = bases.flatMap((b) => b.split(/;(?![^()]*\))/).map((p) => p.trim())).filter(Boolean);
  const keyed = parts.map((part) => ({ part, key: shortBasis(part).toLowerCase() }));
  const kept: typeof keyed = [];
  for (const entry of keyed) {
    // The first variant's wording of a law stands: a note in brackets is often one variant's own.
    if (kept.some((k) => k.key === entry.key)) continue;
    // A shorter mention of a law named in more detail elsewhere goes.
    if (keyed.some((other) => other.key.startsWith(`${entry.key} `))) continue;
    kept.push(entry);
  }
  return kept.map((k) => k.part).join('; ');
}

export function shortBasis(legalBasis: string): string {
  return legalBasis.replace(/\s*\([^()]*\)/g, '').replace(/\s+/g, ' ').trim();
}

/** One official source for the first bubble, as a site a citizen can open when there is one. */
export function briefSource(variant: Variant): string | undefined {
  const official = variant.sources.filter(isOfficialSource);
  // "dispendukcapil.gresikkab.go.id/akta-kelahiran (…)" → the address part, which a citizen can open.
  const site = official.find((source) => sourceHost(source) !== undefined)?.trim().split(/\s/)[0];
  return site ?? (official[0] === undefined ? undefined : shortBasis(official[0]));
}
