/**
 * Service and variant gazetteer, built from the catalog's synonyms plus `service-aliases.ts`.
 * Longest phrase first, on exact tokens; multi-word phrases also on stems ("pembuatan akta kelahiran").
 * Single words are matched exactly: fuzzy or stemmed single words gave false hits ("dipindah" is not
 * the moving service). Typos reach here already corrected by the normaliser.
 */
import type { Catalog } from '../core/schema.js';
import { WEEKDAYS } from './dates.js';
import { splitTokens } from './normalize.js';
import { SERVICE_ALIASES, VARIANT_ALIASES } from './service-aliases.js';
import { describedService } from './service-descriptions.js';
import { SLANG } from './slang.js';

export interface ServiceSpan {
  readonly service: string;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  /** Described, not named (service-descriptions.ts): its words are one `#layanan` to the classifier, not one each. */
  readonly described?: true;
}

export interface ServiceFind {
  readonly service: string | null;
  readonly variant: string | null;
  /** Every service mention (all become `#layanan` for the classifier). */
  readonly spans: readonly ServiceSpan[];
  /**
   * The service was named only by its agency's office in another place ("kantor imigrasi merauke"): see anotherOffice.
   * The office's name as the normalised tokens say it, for the reply to name as not ours ('' when no place is named).
   */
  readonly elsewhere?: string;
  /** That office's name is the service's own ("Kantor Samsat Tual"): the service is still the one named. */
  readonly elsewhereKeepsService?: true;
}

const MAX_PHRASE = 5;
/** A name of two or more English words ending in a countable noun ("building permit", "birth certificate", "id card"). */
const ENGLISH_NAME = /^[a-z]+(?: [a-z]+)* (?:permit|certificate|card|licen[cs]e|number|approval|registration)$/;
/** A possessive or definite clitic joined to a word (Gazetteer withClitic). */
const CLITIC = /^([a-z]{2,}?)(nya|ku|mu)$/;
// "pindah jadwal", "pindah ke kamis": the booking moves, not the citizen.
// "saya baru pindah ke kota ini, mpp di mana": a move already made is the citizen's story, not the moving letter; from
// anywhere too (session 17, dev sets 17–58: "saya baru pindah dari Medan, kelurahan Oebufu di mana", "MPP Palangka Raya udah
// pindah ya?"; 37 such messages named no service, 4 did, each by another name as well: "SKPWNI", "pindah domisili").
// "setelah pindah ke kota ini", "baru saja pindah" too (session 29, dev set 161: a newcomer's letter about an NIB or the list).
const DONE_BEFORE = new Set(['baru', 'sudah', 'telah', 'habis', 'barusan', 'setelah', 'sesudah']);
/**
 * "pindah" asked for last, or with a particle, after a word of a schedule ("jadwal ku kena waisak, pindahin dong": the booking moved;
 * session 29, dev set 160): the verb of a request, not the letter.
 */
const ASKED_PARTICLE = new Set(['dong', 'donk', 'ya', 'aja', 'saja', 'deh', 'lah', 'please', 'pls']);
/** …and not the letter's errand said before it ("jadwal buat urus pindah"). */
const ERRAND_BEFORE = new Set(['urus', 'buat', 'bikin', 'surat', 'daftar', 'ajukan', 'mengurus', 'membuat', 'layanan', 'proses', 'syarat', 'berkas']);
const SCHEDULE_WORDS: ReadonlySet<string> = new Set([
  'jadwal', 'jam', 'tanggal', 'hari', 'waktu', 'booking', 'antre', 'reservasi', 'janji', 'slot', 'sesi', 'besok', 'lusa', ...WEEKDAYS,
  'bulan', 'pagi', 'siang', 'sore', '#tanggal', '#jam',
]);
/**
 * What moves, when it is not where one lives (session 8, dev set 8: "kpu buat pindah tps", the polling station, which
 * the normaliser read "tips"): a school, a job, a class, a polling place, a faith, a phone number.
 */
// "tugas": a posting ("baru pindah tugas ke kota ini", a civil servant's transfer; session 9, dev set 11).
const NOT_HOME = new Set(['tugas', 'sekolah', 'kerja', 'kelas', 'jurusan', 'kampus', 'tps', 'tips', 'memilih', 'pilih', 'dpt', 'agama', 'kamar', 'nomor', 'hp', 'operator', 'kantor', 'divisi']);
/**
 * A wedding as a party ("undangan nikah teman saya besok, mpp buka?", "foto nikah", session 8): the day out, not
 * registering a marriage.
 */
const PARTY_BEFORE = new Set(['undangan', 'resepsi', 'kondangan', 'pesta', 'hajatan', 'foto', 'baju', 'gaun', 'kado', 'souvenir', 'catering', 'katering', 'dekorasi', 'rias', 'mc']);
/**
 * A marriage already made ("habis nikah mau pisah KK dari ortu", "kami baru menikah dan ingin memperbarui Kartu Keluarga",
 * "abis nikah, ktp istri harus ganti alamat"; session 17): the story, as a move already made is (DONE_BEFORE). Of the dev
 * messages so told, 42 ask about the family card or the KTP and one about registering the marriage, which names the KUA.
 * Alone, it is still the service the message is about ("bikin kartu keluar ga baru abis nikah": a typo hides the card).
 */
const MARRIAGE = new Set(['nikah', 'menikah', 'pernikahan', 'perkawinan', 'kawin', 'rabi']);
/**
 * A marital status, the KTP's or the family card's field ("ktp sy statusnya msh belum kawin jg hrs diganti ga?", "ganti status di
 * ktp dari belum kawin jadi kawin"): a paper's data, not registering a marriage (session 44, `npm run simulate`: a newlywed asking
 * about the KK and the KTP was asked which KUA marriage registration). The field's messages with such a status: 8, none registering a marriage.
 */
const MARITAL_WORDS: ReadonlySet<string> = new Set(['kawin', 'nikah', 'menikah', 'perkawinan']);
const STATUS_WORDS: ReadonlySet<string> = new Set(['status', 'statusnya', 'belum']);
function maritalStatus(tokens: readonly string[], at: number): boolean {
  // Right before the word only: "cek status booking nikah di KUA" asks about a marriage registration booked.
  return STATUS_WORDS.has(tokens[at - 1] ?? '');
}
const WED_BEFORE = new Set([...DONE_BEFORE, 'setelah', 'sesudah', 'saparantos']);
/** The span is a marriage already made: another service named beside it is the one asked about (pickAsked). */
function alreadyWed(tokens: readonly string[], span: ServiceSpan): boolean {
  return span.end - span.start === 1 && MARRIAGE.has(tokens[span.start] ?? '') && WED_BEFORE.has(tokens[span.start - 1] ?? '');
}

/**
 * "kk" opening a message that asks, or right after a greeting, is "kakak", the person addressed (session 8 probes:
 * "kk aku mau nanya jam buka", "halo kk, mpp buka jam berapa?", "kak kk boleh tanya"); "kk saya hilang" and "halo, kk
 * hilang gimana" stay the family card.
 */
const ASKING = new Set(['tanya', 'nanya', 'bertanya', 'numpang', 'boleh', 'izin', 'permisi', 'mau', 'mo', 'pengen', 'ingin', 'minta', 'tolong']);
const ADDRESS_BEFORE = new Set(['halo', 'hai', 'hi', 'hallo', 'kak', 'kakak', 'min', 'admin', 'permisi', 'pagi', 'siang', 'sore', 'malam', 'assalamualaikum']);
const KK_AFTER = new Set(['saya', 'aku', 'ku', 'sy', 'kami', 'hilang', 'baru', 'rusak', 'lama', 'asli', 'fotokopi', 'nya']);
function addressed(tokens: readonly string[], at: number): boolean {
  const next = tokens[at + 1] ?? '';
  if (KK_AFTER.has(next)) {
    // "kk aku mau nanya": the pronoun is the asker when a word of asking follows it.
    return at === 0 && (next === 'aku' || next === 'saya' || next === 'sy') && ASKING.has(tokens[at + 2] ?? '') && (tokens[at + 2] !== 'mau' || ASKS.has(tokens[at + 3] ?? ''));
  }
  if (at === 0) return ASKING.has(next) && (next !== 'mau' || ASKS.has(tokens[at + 2] ?? ''));
  return at <= 2 && ADDRESS_BEFORE.has(tokens[at - 1] ?? '');
}
/** After "mau": the words of asking ("kk mau tanya"), not of making ("kk mau bikin baru" is the family card). */
const ASKS = new Set(['tanya', 'nanya', 'bertanya', 'numpang', 'minta', 'izin', 'konsultasi']);
/**
 * An office or the MPP that moved ("kantor kecamatan pindah ke mana", "mpp pindah kemana sekarang", "loket pajak pindah ke
 * lantai 2"; session 10): the subject before "pindah" is a place of service and the move says where to, so it asks where the
 * office is now, not for the moving letter. Not "loket pindah di mana" (the letter's counter: no "ke").
 */
const MOVED_OFFICES = new Set(['mpp', 'kantor', 'kantornya', 'loket', 'loketnya', 'gedung', 'gerai', 'konter', 'kecamatan', 'kelurahan', 'camat', 'lurah', 'dinas', 'samsat', 'dukcapil', 'disdukcapil', 'imigrasi']);
function officeMoved(tokens: readonly string[], at: number): boolean {
  const office = MOVED_OFFICES.has(tokens[at - 1] ?? '') || MOVED_OFFICES.has(tokens[at - 2] ?? '');
  return office && (tokens[at + 1] === 'ke' || tokens[at + 1] === 'kemana');
}

/**
 * The same told with the office further back and its new address or building as the word after ("MPP Palangka Raya udah pindah
 * ya?", "Kantor Kelurahan Mekarsari sekarang pindah ke gedung mana", "pengadilan agama pindah alamat ya?"; session 33, dev sets
 * 1–206: 30 such messages asked where an office is now, none for the moving letter). Also read when the alias is "pindah alamat".
 * No person may stand between the office and the move ("kantor dukcapil, saya mau pindah ke bandung" is the letter), nor the
 * letter's errand ("di kantor capil bisa urus pindah ke luar kota?").
 */
const OTHER_OFFICES = new Set(['balai', 'pengadilan', 'bkd', 'bkpsdm', 'bp3mi', 'bpom', 'dinsos', 'disnaker', 'kpu', 'kejaksaan', 'kemenag', 'bpn']);
const MOVED_TO = new Set(['ke', 'kemana', 'alamat', 'gedung', 'lokasi', 'tempat', 'kantor', 'ya', 'kah']);
/** …and it asks where it is now, or whether it moved ("pindah alamat gimana caranya" at an office is the letter). */
const NOW_WHERE = new Set(['mana', 'dimana', 'kemana', 'baru', 'jalan', 'ya', 'kah', 'ka', 'sekarang', 'skrg', 'where']);
const MOVERS = new Set(['saya', 'aku', 'kami', 'kita', 'sy', 'anak', 'keluarga', 'ibu', 'bapak', 'suami', 'istri', 'dia', 'mereka', 'kamu']);
function officeMovedAfar(tokens: readonly string[], at: number): boolean {
  const next = tokens[at + 1];
  if (ERRAND_BEFORE.has(tokens[at - 1] ?? '') || (next !== undefined && !MOVED_TO.has(next))) return false;
  if (!tokens.slice(at + 1).some((t) => NOW_WHERE.has(t))) return false;
  const before = tokens.slice(Math.max(0, at - 5), at);
  const office = before.findLastIndex((t) => MOVED_OFFICES.has(t) || OTHER_OFFICES.has(t));
  return office >= 0 && !before.slice(office + 1).some((t) => MOVERS.has(t));
}

/**
 * "pindah ke mana", "pindah kemana": where something or someone went, asked after the move (session 17, dev sets 17–58: 18
 * of 20 are an office's new address, whoever the subject; none asks for the moving letter).
 */
function movedWhere(tokens: readonly string[], end: number): boolean {
  const next = tokens[end] ?? '';
  return next === 'kemana' || next === 'mana' || (next === 'ke' && tokens[end + 1] === 'mana');
}

/** Words between "pindah" and what moves: "pindah ke kamis", "pindahnya hari apa", "pindah dari senin". */
const LINKS = new Set(['ke', 'nya', 'dari']);
// "kartu sim", "sim card", "sim telkomsel": a phone SIM, not a driving licence.
const PHONE_SIM = new Set(['kartu', 'card', 'telkomsel', 'indosat', 'xl', 'tri', 'axis', 'smartfren', 'simpati', 'hp', 'provider']);
// "makasih kk", "halo kk": "kk" is "kakak" (the admin), not the family card.
// Closing particles and a last question word too ("mksh y kk", "mks bnyk kk", "jm buka mpp brp kk"; session 17).
const VOCATIVE_BEFORE = new Set(['kasih', 'thanks', 'halo', 'pagi', 'siang', 'sore', 'malam', 'oke', 'iya', 'permisi', 'tidak', 'ya', 'y', 'banyak', 'dong', 'deh', 'nih', 'sih', 'berapa']);
// "akta" alone is the birth certificate ("kalau yg akta?"), but "akta cerai", "akta perkawinan", "akta tanah" name
// other deeds (session 8, service): the word after says which, and none of them is a birth.
const OTHER_DEEDS = new Set([
  'cerai', 'perceraian', 'perkawinan', 'kawin', 'nikah', 'pernikahan', 'tanah', 'jual', 'hibah', 'waris', 'notaris', 'pendirian',
  'perusahaan', 'pengakuan', 'pengesahan', 'kuasa', 'ppat', 'cv', 'pt', 'yayasan', 'koperasi',
]);
// The service a request is about follows one of these ("fotokopi kk buat skck" is about SKCK).
// The letter's forms too ("ingin membuat Kartu Keluarga sendiri" after "anak saya baru menikah"; session 9, dev set 11).
const PURPOSE_BEFORE = new Set([
  'buat', 'untuk', 'urus', 'syarat', 'biaya', 'daftar', 'booking', 'antre', 'for', 'bikin', 'perpanjang', 'membuat', 'mengurus', 'pembuatan',
  'pengurusan', 'memperpanjang', 'perpanjangan', 'mendaftar', 'pendaftaran',
]);

/** Catalog phrases through the same spelling fixes as messages, minus the typo step (which needs this list). */
function phraseTokens(phrase: string): string[] {
  return splitTokens(phrase).flatMap((t) => (SLANG[t] ?? t).split(' '));
}

export class Gazetteer {
  readonly #exact = new Map<string, string>();
  readonly #stemmed = new Map<string, string>();
  // First words of phrases, each with the most tokens a phrase starting with it has: most tokens start
  // none and skip the n-gram joins, and the rest join only the lengths a phrase can have (issue 11, throughput).
  readonly #firstWords = new Map<string, number>();
  readonly #firstStems = new Map<string, number>();
  readonly #variants = new Map<string, Map<string, string>>();
  // Per service: first stem of each variant phrase → its most tokens (the same shortcut for #variant).
  readonly #variantFirsts = new Map<string, Map<string, number>>();
  readonly #stem: (token: string) => string;
  /** Every token of every phrase: the normaliser must treat them as known words. */
  readonly words = new Set<string>();
  /** One-word service names ("npwp", "paspor", "skck"): a word one edit from one is a misspelt service (foreign-object.ts). */
  readonly serviceNames = new Set<string>();
  /** Stems of every variant word ("hilang", "perpanjang", "renew"): in scope, whatever the examples say. */
  readonly variantStems = new Set<string>();
  readonly #variantStemsOf = new Map<string, Set<string>>();

  /** JUST_DONE as the analyser stems it ("menikah" stems to "meni"). */
  readonly #justDone: ReadonlySet<string>;

  constructor(catalog: Catalog, stem: (token: string) => string) {
    this.#stem = stem;
    this.#justDone = new Set(JUST_DONE.map(stem));
    const ambiguous = new Set<string>();
    for (const service of catalog.services) {
      const phrases = [service.id.replace(/_/g, ' '), ...service.synonyms, ...(SERVICE_ALIASES[service.id] ?? [])];
      for (const phrase of phrases) this.#addService(phrase, service.id, ambiguous);
      // An English name said in the plural ("u guys handle building permits?", session 39, dev set 314): the examples have
      // "permits", so the normaliser keeps it, and the name was missed. Not added to `words`: the plural is no word of ours.
      for (const phrase of phrases) if (ENGLISH_NAME.test(phrase)) this.#addService(`${phrase}s`, service.id, ambiguous, false);
      const variants = new Map<string, string>();
      const firsts = new Map<string, number>();
      this.#variantFirsts.set(service.id, firsts);
      const stems = new Set<string>();
      this.#variantStemsOf.set(service.id, stems);
      for (const variant of service.variants) {
        for (const phrase of [variant.id.replace(/_/g, ' '), ...variant.synonyms, ...(VARIANT_ALIASES[variant.id] ?? [])]) {
          const tokens = phraseTokens(phrase);
          tokens.forEach((t) => this.words.add(t));
          tokens.forEach((t) => this.variantStems.add(stem(t)));
          tokens.forEach((t) => stems.add(stem(t)));
          if (tokens.length > 0) variants.set(tokens.map(stem).join(' '), variant.id);
          if (tokens.length > 0) longest(firsts, stem(tokens[0] ?? ''), tokens.length);
        }
      }
      this.#variants.set(service.id, variants);
    }
    // A phrase two services claim ("pajak") tells us nothing; drop it rather than guess.
    for (const key of ambiguous) {
      this.#exact.delete(key);
      this.#stemmed.delete(key);
    }
  }

  #addService(phrase: string, service: string, ambiguous: Set<string>, asWords = true): void {
    const tokens = phraseTokens(phrase);
    if (tokens.length === 0 || tokens.length > MAX_PHRASE) return;
    if (asWords) tokens.forEach((t) => this.words.add(t));
    const key = tokens.join(' ');
    if (tokens.length === 1) this.serviceNames.add(key);
    const previous = this.#exact.get(key);
    if (previous !== undefined && previous !== service) ambiguous.add(key);
    this.#exact.set(key, service);
    longest(this.#firstWords, tokens[0] ?? '', tokens.length);
    if (tokens.length > 1) {
      const stems = tokens.map(this.#stem);
      this.#stemmed.set(stems.join(' '), service);
      longest(this.#firstStems, stems[0] ?? '', stems.length);
    }
  }

  /** True when `stem` belongs to a variant phrase of `service` ("hilang" for ktp, not for npwp). */
  isVariantStemOf(service: string, stem: string): boolean {
    return this.#variantStemsOf.get(service)?.has(stem) === true;
  }

  find(tokens: readonly string[], stems: readonly string[]): ServiceFind {
    const spans: ServiceSpan[] = [];
    for (let i = 0; i < tokens.length; ) {
      const span = this.#longestAt(tokens, stems, i) ?? this.#withClitic(tokens, i);
      if (span !== null && !this.#isFalseFriend(tokens, span) && !this.#overtaken(tokens, stems, span)) {
        spans.push(span);
        i = span.end;
      } else i++;
    }
    described(tokens, spans);
    const chosen = pickAsked(spans.filter((s) => !isOffice(tokens, s)), tokens) ?? pickAsked(spans, tokens);
    if (chosen === undefined) return { service: null, variant: null, spans };
    // Another town's office is still talk of the agency to the classifier and the gate, but names no service of ours.
    const elsewhere = anotherOffice(tokens, chosen)
      ? { elsewhere: officeName(tokens, chosen) ?? '', ...(isServiceOffice(tokens, chosen) ? { elsewhereKeepsService: true as const } : {}) }
      : {};
    return { service: chosen.service, variant: this.#variant(chosen.service, stems, spans), spans, ...elsewhere };
  }

  #longestAt(tokens: readonly string[], stems: readonly string[], i: number): ServiceSpan | null {
    const exact = this.#firstWords.get(tokens[i] ?? '') ?? 0;
    const stemmed = this.#firstStems.get(stems[i] ?? '') ?? 0;
    if (exact === 0 && stemmed === 0) return null;
    // A key of n words is only ever an n-word phrase (no token holds a space), so longer joins cannot match.
    for (let n = Math.min(MAX_PHRASE, tokens.length - i, Math.max(exact, stemmed)); n >= 1; n--) {
      const service =
        (n <= exact ? this.#exact.get(phrase(tokens, i, n)) : undefined) ??
        (n > 1 && n <= stemmed ? this.#stemmed.get(phrase(stems, i, n)) : undefined);
      if (service !== undefined && !(n === 2 && tokens[i] === 'ktp' && childsOwn(tokens, i + 1))) return { service, start: i, end: i + n };
    }
    return null;
  }

  /**
   * A one-word name with a clitic joined on: "paspornya", "aktanya", "simku" (session 17: the stemmer keeps the acronyms
   * whole, and a stemmed match needs two words). Only a name the catalog gives as one word.
   */
  #withClitic(tokens: readonly string[], i: number): ServiceSpan | null {
    const token = tokens[i] ?? '';
    const base = this.#withoutClitic(token);
    const service = base === token ? undefined : this.#exact.get(base);
    return service === undefined ? null : { service, start: i, end: i + 1 };
  }

  /** The one-word name under a clitic ("paspornya" → "paspor"), or the token itself. */
  #withoutClitic(token: string): string {
    const clitic = CLITIC.exec(token);
    return clitic?.[1] !== undefined && !this.#exact.has(token) && this.serviceNames.has(clitic[1]) ? clitic[1] : token;
  }

  /**
   * A longer name that starts inside this one and runs past it names the service ("kartu bpjs tk": "kartu bpjs" is
   * BPJS Kesehatan, "bpjs tk" the one meant; session 8, dev set 8). Only spans of two words or more can be overtaken.
   */
  #overtaken(tokens: readonly string[], stems: readonly string[], span: ServiceSpan): boolean {
    for (let j = span.start + 1; j < span.end; j++) {
      const later = this.#longestAt(tokens, stems, j);
      if (later !== null && later.end > span.end && later.service !== span.service) return true;
    }
    return false;
  }

  #isFalseFriend(tokens: readonly string[], span: ServiceSpan): boolean {
    // A name with a clitic joined on has the name's false friends ("jadwal pindahnya ke kamis", "kartu simnya").
    const word = this.#withoutClitic(tokens[span.start] ?? '');
    const before = tokens[span.start - 1] ?? '';
    // "beli kartu sim di mana": the slang map reads "d" as "di", so "sim di" is the phrase "sim d" (SIM D, session 8).
    if (word === 'sim' && tokens[span.start + 1] === 'di') return PHONE_SIM.has(before);
    if (MARITAL_WORDS.has(word) && maritalStatus(tokens, span.start)) return true;
    if (word === 'nikah' || word === 'pernikahan' || word === 'wedding') return PARTY_BEFORE.has(before);
    if (word === 'pindah' && officeMovedAfar(tokens, span.start)) return true;
    if (span.end - span.start !== 1) return false;
    // "pindah dari senin ke jumat" moves a booking from a day (session 8), as "pindah ke jumat" does; "pindah dari jakarta" is the letter.
    const after = LINKS.has(tokens[span.end] ?? '') ? (tokens[span.end + 1] ?? '') : (tokens[span.end] ?? '');
    if (word === 'pindah') {
      const done = DONE_BEFORE.has(before) || (before === 'saja' && DONE_BEFORE.has(tokens[span.start - 2] ?? ''));
      const last = span.end >= tokens.length || ASKED_PARTICLE.has(tokens[span.end] ?? '');
      const askedToMove = last && !ERRAND_BEFORE.has(before) && tokens.slice(0, span.start).some((t) => SCHEDULE_WORDS.has(t));
      return SCHEDULE_WORDS.has(after) || SCHEDULE_WORDS.has(before) || NOT_HOME.has(after) || done || askedToMove || movedWhere(tokens, span.end) || officeMoved(tokens, span.start);
    }
    if (word === 'sim') return PHONE_SIM.has(before) || PHONE_SIM.has(tokens[span.end] ?? '');
    if (word === 'kk') return (VOCATIVE_BEFORE.has(before) && span.end >= tokens.length - 1) || addressed(tokens, span.start);
    if (word === 'akta' || word === 'akte') return OTHER_DEEDS.has(tokens[span.end] ?? '');
    return false;
  }

  /**
   * The longest variant phrase anywhere outside the service mentions, on stems; null when none is said. A first-time paper
   * ("baru") said beside a reason to replace or renew it is that replacement: "ktp nya udh rusak, mau bikin baru" and "ktp
   * hilang mau bikin baru" were given the first-time KTP's requirements (session 45, a field test), "bikin baru" outweighing
   * the one word that says which paper it is.
   */
  #variant(service: string, stems: readonly string[], spans: readonly ServiceSpan[]): string | null {
    const variants = this.#variants.get(service);
    const firsts = this.#variantFirsts.get(service);
    if (variants === undefined || firsts === undefined) return null;
    let found: string | null = null;
    for (let n = 3; n >= 1; n--) {
      for (let i = 0; i + n <= stems.length; i++) {
        if (inSpan(spans, i) || inSpan(spans, i + n - 1)) continue;
        if ((firsts.get(stems[i] ?? '') ?? 0) < n) continue;
        const id = variants.get(phrase(stems, i, n));
        if (id === undefined) continue;
        if (id !== FIRST_TIME) return id;
        if (n === 1 && this.#justDone.has(stems[i + 1] ?? '')) {
          // Unless the two words are this service's own phrase, whose second word another service's name took ("baru menikah":
          // the KK of a new couple, "menikah" being the marriage service's word).
          const both = variants.get(phrase(stems, i, 2));
          if (both !== undefined) return both;
          continue;
        }
        found ??= id;
      }
    }
    return found;
  }
}

/** The variant of a paper made for the first time (ktp, kk, sim, skck, paspor). */
const FIRST_TIME = 'baru';
/**
 * "baru" before what just happened is "just", not "new": "saya baru menikah, mau booking ktp" booked a first-time KTP, whose
 * checklist asks for no old KTP and no marriage book (session 48, a field test). A variant phrase that says so ("baru menikah",
 * the KK of a new couple) is longer and is matched first.
 */
const JUST_DONE: readonly string[] = ['nikah', 'menikah', 'kawin', 'cerai', 'pindah', 'datang', 'tiba', 'sampai', 'sampe', 'pulang', 'lulus', 'pensiun', 'selesai', 'meninggal'];

/**
 * The `n` words from `i` as one key, as `words.slice(i, i + n).join(' ')` spells it; a single word is itself, without
 * the array and string the join makes (throughput, session 11: most lookups are of one word). Callers keep i + n within
 * `words`.
 */
function phrase(words: readonly string[], i: number, n: number): string {
  return n === 1 ? (words[i] ?? '') : words.slice(i, i + n).join(' ');
}

/**
 * "ktp anak" is the child's card (KIA), but "ktp anak saya" is my child's KTP (dev sets 1 and 5: a teenager's
 * "perekaman KTP anak saya", "ktp anak saya udah 6 bulan blm jadi"; session 8): a possessor after "anak" makes it so.
 */
const POSSESSORS = new Set(['saya', 'aku', 'ku', 'kami', 'gue', 'gua', 'kita', 'beta', 'ulun', 'kulo', 'abdi', 'my', 'bapak', 'ibu', 'pertama', 'kedua', 'sulung', 'bungsu']);
/** "ktp anak umur 17", "ktp anak usia 18 tahun", "ktp anak 17 thn" (session 9, dev set 11): the KIA is for children under 17. */
const AGE_WORDS = new Set(['umur', 'usia', 'berumur', 'berusia', 'umurnya', 'usianya']);
const ADULT_AGE = 17;
/** "ktp anak baru 17 th", "ktp anak yg udah 17" (session 26, dev set 124): words between the child and the age. */
const BEFORE_AGE = new Set(['baru', 'yang', 'sudah', 'genap', 'mau', 'akan', 'pas']);
function childsOwn(tokens: readonly string[], anak: number): boolean {
  if (tokens[anak] !== 'anak') return false;
  const next = tokens[anak + 1] ?? '';
  let at = anak + 1;
  while (at < anak + 3 && BEFORE_AGE.has(tokens[at] ?? '')) at++;
  const age = Number(AGE_WORDS.has(tokens[at] ?? '') ? tokens[at + 1] : tokens[at]);
  return POSSESSORS.has(next) || (age >= ADULT_AGE && age < 100);
}

/**
 * A service described, not named, joins the spans when none was named, or takes the place of a KTP the description
 * compares the child's card to ("kartu yang kayak ktp tapi buat bocah").
 */
function described(tokens: readonly string[], spans: ServiceSpan[]): void {
  const onlyKtp = spans.length > 0 && spans.every((s) => s.service === 'ktp');
  if (spans.length > 0 && !onlyKtp) return;
  const span = describedService(tokens, onlyKtp ? 'kia' : undefined);
  if (span !== null) spans.splice(0, spans.length, { ...span, described: true });
}

/** The span a request is about: the first after a word of purpose ("fotokopi kk buat skck"), else the first not already done. */
function pickAsked(spans: readonly ServiceSpan[], tokens: readonly string[]): ServiceSpan | undefined {
  return spans.find((s) => PURPOSE_BEFORE.has(tokens[s.start - 1] ?? '')) ?? spans.find((s) => !alreadyDone(tokens, s.end) && !alreadyWed(tokens, s)) ?? spans[0];
}

/**
 * "akta kelahirannya sudah jadi. Bagaimana … ke dalam Kartu Keluarga" (session 9, dev set 11): a document said to be done
 * already is the story; the service asked about is another one named in the message.
 */
const DONE = new Set(['jadi', 'selesai', 'beres', 'keluar', 'terbit', 'ada', 'punya']);
function alreadyDone(tokens: readonly string[], end: number): boolean {
  const at = tokens[end] === 'nya' ? end + 1 : end;
  return (tokens[at] === 'sudah' || tokens[at] === 'telah') && DONE.has(tokens[at + 1] ?? '');
}

/**
 * Names of an office that stand for its service ("imigrasi" for the passport, "kua" for marriage): beside a service
 * named as such, the office is context ("layanan kepolisian, imigrasi dan pajak sudah satu gedung … apakah BPJS
 * Ketenagakerjaan juga ada?", dev set 9), and the service is the one asked about.
 */
const OFFICE_NAMES = new Set(['imigrasi', 'kantor imigrasi', 'immigration', 'immigration office', 'kua', 'satpas']);
function isOffice(tokens: readonly string[], span: ServiceSpan): boolean {
  return OFFICE_NAMES.has(spanText(tokens, span));
}

/** The span's words as one key (a one-word span without a join: this runs for every service named). */
function spanText(tokens: readonly string[], span: ServiceSpan): string {
  return span.end - span.start === 1 ? (tokens[span.start] ?? '') : tokens.slice(span.start, span.end).join(' ');
}

/**
 * Offices named as their service is ("samsat"): another town's ("Kantor Samsat Tual jam berapa tutup", "samsat cabang
 * kaliurang jaya jumat buka?") is another place, but writers still name the service (session 18, dev sets 17–62: every
 * time), so the reply gives our counter's answer after saying the office is not ours.
 */
const SERVICE_OFFICES = new Set(['samsat', 'kantor samsat']);
function isServiceOffice(tokens: readonly string[], span: ServiceSpan): boolean {
  return SERVICE_OFFICES.has(spanText(tokens, span));
}

/**
 * An office of the agency somewhere else, named by its place (session 17, dev sets 13–58: "Kantor Imigrasi Kelas I TPI
 * Ambon buka sabtu?", "kantor imigrasi singkawang buka jam berapa", "KUA Kecamatan Praya alamatnya di mana?", "Satpas Polda
 * Metro"): writers name no service in 22 such questions of 23; the agency's counter in our building ("loket imigrasi", "kua
 * di mpp", "kantor imigrasi di lantai berapa") stands for its service. The office's own building ("kantor imigrasi") followed
 * by anything but where or when it is, or any of its names followed by a unit of the map, is another place's.
 */
const OFFICE_UNITS = new Set(['kelas', 'tpi', 'kecamatan', 'kabupaten', 'kab', 'kota', 'provinsi', 'wilayah', 'kanwil', 'polda', 'polres', 'polresta', 'cabang']);
const OFFICE_HERE = new Set(['di', 'ada', 'nya', 'yang', 'lantai', 'dimana', 'mana', 'sebelah', 'buka', 'tutup', 'jam', 'ini', 'itu', 'sini', 'disini', 'mpp', 'in', 'at', 'on']);
function anotherOffice(tokens: readonly string[], span: ServiceSpan): boolean {
  if (!isOffice(tokens, span) && !isServiceOffice(tokens, span)) return false;
  const next = tokens[span.end];
  if (next === undefined) return false;
  const building = tokens[span.start] === 'kantor' || tokens[span.start - 1] === 'kantor' || tokens[span.end - 1] === 'office';
  return OFFICE_UNITS.has(next) || (building && !OFFICE_HERE.has(next));
}

/**
 * Where the office's name ends: a word of the question ("alamat", "buka", "lantai berapa"), of a day or of chat. The
 * name is what runs from the office word to there ("kantor imigrasi kelas i tpi ambon", "kua kecamatan praya").
 */
const NAME_ENDS: ReadonlySet<string> = new Set([
  ...OFFICE_HERE, ...WEEKDAYS, 'alamat', 'alamatnya', 'lokasi', 'lokasinya', 'letak', 'jamnya', 'bukanya', 'tutupnya', 'istirahat', 'kapan', 'apa', 'apakah', 'berapa', 'brp', 'hari', 'besok', 'lusa', 'tidak',
  'ya', 'dong', 'min', 'kak', 'tuh', 'sih', 'kah', 'bisa', 'mau', 'untuk', 'buat', 'pagi', 'siang', 'sore', 'ke', 'dari', 'sampai', 'masih',
  'sudah', 'gimana', 'bagaimana', 'cara', 'layanan', 'loket', 'pelayanan', 'where', 'when', 'what', 'is', 'open', 'address', 'and',
  'dan', 'atau', 'sama', 'saya', 'kalau', 'tolong', 'mohon', 'info',
  // Words of chat, not of a place ("does this mall have an immigration office? id like to ask", "kantor imigrasi deket sini").
  'id', 'to', 'for', 'here', 'there', 'near', 'nearby', 'please', 'dekat', 'deket', 'terdekat', 'juga',
]);
const MAX_NAME_AFTER = 4;
function officeName(tokens: readonly string[], span: ServiceSpan): string | undefined {
  const start = tokens[span.start - 1] === 'kantor' ? span.start - 1 : span.start;
  let end = span.end;
  while (end < tokens.length && end - span.end < MAX_NAME_AFTER && !NAME_ENDS.has(tokens[end] ?? '')) end++;
  // No word of a place after the office ("… an immigration office? id like to ask"): nothing to name.
  return end === span.end ? undefined : tokens.slice(start, end).join(' ');
}

/** Records `length` for `first` when it is the most tokens seen for it. */
function longest(firsts: Map<string, number>, first: string, length: number): void {
  firsts.set(first, Math.max(firsts.get(first) ?? 0, length));
}

/** Whether token `i` lies in one of the spans. A loop, not `some` with a closure: it runs per token of every message (throughput). */
export function inSpan(spans: readonly ServiceSpan[], i: number): boolean {
  for (const s of spans) if (i >= s.start && i < s.end) return true;
  return false;
}
