/**
 * Several papers lost at once, and "which first?" (session 47, a field test): "dompet saya dicopet tadi di pasar. KTP, SIM, kartu
 * ATM, dan STNK motor hilang semua. Saya harus urus yang mana dulu??" got "Maksud Anda yang mana? [Lokasi][Alur]". The order that
 * spares a second trip: the police loss report first (the replacements of the KTP-el and the SIM ask for it), the bank's own
 * line for the ATM card, then each of our counters, with what the catalog says each replacement needs.
 */
import { pick, tr } from '../i18n.js';
import type { Service } from '../schema.js';
import type { Lang, Reply } from '../types.js';
import type { Step, Understood } from './step.js';

/** Lost or stolen, as chat says it. */
const LOST = /\b(?:hilang|ilang|kehilangan|dicopet|kecopetan|copet|kemalingan|dicuri|kecurian|dijambret|kejambretan|dirampok|kerampokan|lost|stolen)\b/i;
/** A wallet or bag taken whole: one paper named is enough then. */
const WALLET = /\b(?:dompet|tas|wallet|purse|bag)\b/i;
/** The bank's own cards: not ours, but part of the same loss. */
const BANK_CARD = /\b(?:atm|kartu debit|kartu kredit|debit card|credit card|buku tabungan)\b/i;
/** The variants that replace a lost paper. */
const REPLACES = new Set(['hilang']);

export const lostPapersStep: Step<Understood> = ({ app, turn }) => {
  if (turn.session.pending || !LOST.test(turn.text)) return null;
  const named = servicesNamed(app.info.offered(), turn.text);
  if (named.length < 2 && !(named.length === 1 && WALLET.test(turn.text))) return null;
  return [triage(app.info, named, BANK_CARD.test(turn.text), turn.lang)];
};

/** Our services whose names or synonyms the text says, in catalog order. */
function servicesNamed(services: readonly Service[], text: string): Service[] {
  const words = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  return services.filter((s) => [s.id, ...s.synonyms].some((w) => words.includes(` ${w.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `)));
}

interface Info {
  where(service: Service, lang: Lang): string;
}

function triage(info: Info, named: readonly Service[], bankCard: boolean, lang: Lang): Reply {
  const replacement = (s: Service) => s.variants.find((v) => REPLACES.has(v.id));
  const needsReport = named.filter((s) => replacement(s)?.requirements.some((r) => /kehilangan/i.test(r.id)));
  const steps: string[] = [];
  if (needsReport.length > 0) {
    const names = needsReport.map((s) => pick(s.name, lang)).join(', ');
    steps.push(tr(lang, `Lapor ke kantor polisi terdekat dan minta surat keterangan kehilangan; sebutkan semua yang hilang. Surat ini syarat penggantian ${names}.`, `Report the loss at the nearest police station and ask for a loss report (surat keterangan kehilangan) listing everything lost. It is required to replace: ${names}.`));
  }
  if (bankCard) steps.push(tr(lang, 'Kartu ATM: blokir secepatnya lewat call center atau aplikasi bank Anda (bukan layanan MPP).', 'ATM card: block it at once through your bank\'s call centre or app (not an MPP service).'));
  for (const service of named) {
    const variant = replacement(service);
    const name = pick(service.name, lang);
    const ask = variant ? tr(lang, `ketik "syarat ${service.id} hilang" untuk syaratnya`, `type "requirements ${service.id} lost" for what to bring`) : tr(lang, 'tanyakan syarat penggantiannya di loketnya', 'ask at its counter what the replacement needs');
    steps.push(`${name}: ${info.where(service, lang)}; ${ask}.`);
  }
  const numbered = steps.map((s, i) => `${i + 1}. ${s}`).join('\n');
  const first = named[0]!;
  const example = `${first.id}${replacement(first) ? ' hilang' : ''}`;
  return {
    kind: 'answer',
    text: `${tr(lang, 'Mohon maaf atas kejadiannya. Urutan yang menghemat bolak-balik:', 'We are sorry to hear it. The order that saves trips:')}\n${numbered}\n${tr(lang, `Untuk antre di MPP, ketik misalnya "booking ${example} besok jam 9".`, `To queue at the MPP, type e.g. "book ${example} tomorrow at 9".`)}`,
  };
}
