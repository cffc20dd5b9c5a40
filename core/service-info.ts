/**
 * Service information as chat answers: requirement checklist, procedure, fee, duration,
 * where to go, and always the legal basis and source (UU 25/2009 Pasal 21 components).
 */
import { agencyOf } from './booking/slots.js';
import { pick, tr } from './i18n.js';
import type { Catalog, Service, Settings, Variant } from './schema.js';
import type { Lang } from './types.js';

export type InfoTopic = 'requirements' | 'procedure' | 'cost' | 'duration' | 'location';

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

  /** One topic for one variant, with its source lines. */
  answer(topic: InfoTopic, service: Service, variant: Variant, lang: Lang): string {
    const title = this.title(service, variant, lang);
    const body = this.#body(topic, service, variant, lang);
    return [`${this.#heading(topic, lang)} ${title}`, body, this.#footer(variant, lang)].filter(Boolean).join('\n\n');
  }

  /** Cost or duration of every variant at once, when the citizen did not say which. */
  allVariants(topic: 'cost' | 'duration', service: Service, lang: Lang): string {
    const texts = service.variants.map((v) => pick(topic === 'cost' ? v.cost : v.duration, lang));
    // Dukcapil variants share one long "free by law" text: say it once, not once per variant.
    const lines = new Set(texts).size === 1 ? [texts[0]!] : service.variants.map((v, i) => `• ${pick(v.name, lang)}: ${texts[i]}`);
    const sources = [...new Set(service.variants.map((v) => v.legalBasis))].join('; ');
    const uncertain = service.variants.some((v) => v.uncertain)
      ? `\n⚠️ ${tr(lang, 'Sebagian informasi belum pasti: mohon konfirmasi ke loket.', 'Some of this is not certain: please confirm at the counter.')}`
      : '';
    return `${this.#heading(topic, lang)} ${pick(service.name, lang)}\n\n${lines.join('\n')}\n\n${tr(lang, 'Dasar hukum', 'Legal basis')}: ${sources}${uncertain}${this.#sampleNote(lang)}`;
  }

  /** The checklist shown with a booking confirmation and reminders. */
  checklist(variant: Variant, lang: Lang): string {
    return variant.requirements.map((r) => `☐ ${pick(r, lang)}`).join('\n');
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

  #sampleNote(lang: Lang): string {
    return this.settings.sample
      ? `\n(${tr(lang, 'Data contoh untuk demo, bukan standar pelayanan resmi MPP mana pun.', 'Sample data for the demo, not any MPP’s official service standard.')})`
      : '';
  }
}

function numbered(items: readonly string[]): string {
  return items.map((item, i) => `${i + 1}. ${item}`).join('\n');
}
