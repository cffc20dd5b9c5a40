/**
 * Complaints (pengaduan): a ticket per complaint, routed to the complaint handlers, answered
 * with a command, and chased when overdue. The citizen's identity never reaches staff: the bot
 * relays answers, and an anonymous complaint keeps no chat id at all (Perpres 76/2013).
 */
import { createHash } from 'node:crypto';

import { audit } from '../audit.js';
import { addWorkingDays } from '../booking/working-days.js';
import type { Basics } from '../context.js';
import { formatDate } from '../format.js';
import { tr } from '../i18n.js';
import { inertLine, inertText } from '../inert.js';
import { localParts, toInstant } from '../local-time.js';
import { maskText } from '../mask.js';
import { langOf, notify } from '../notify.js';
import type { Complaint, ComplaintCategory } from '../records.js';
import type { Lang, Outgoing, UserKey } from '../types.js';

/** A reply this long after an answer still writes back to it (an answer read in the evening). */
const REPLY_WINDOW_MS = 24 * 3_600_000;
/** A reply is a follow-up question, not a new complaint: long text is cut for the handlers' card. */
const MAX_REPLY_CHARS = 1_000;

export const COMPLAINT_CODE = /\bADU-?(\d{4,})\b/i;

export const CATEGORY_LABELS: Record<ComplaintCategory, [string, string]> = {
  staff_conduct: ['Sikap/perilaku petugas', 'Staff conduct'],
  pungli: ['Pungutan liar (pungli) / calo', 'Illegal fees (pungli) / middlemen'],
  waiting_time: ['Waktu tunggu / antrean', 'Waiting time / queue'],
  facilities: ['Fasilitas (ruang tunggu, toilet, parkir)', 'Facilities (waiting room, toilets, parking)'],
  service_quality: ['Hasil layanan / dokumen', 'Service result / documents'],
  suggestion: ['Saran', 'Suggestion'],
  other: ['Lainnya', 'Other'],
};

export const categoryLabel = (category: ComplaintCategory, lang: Lang): string => tr(lang, ...CATEGORY_LABELS[category]);

/**
 * Words that already say what the complaint is about ("mau lapor pungli"). A broker is rarely called "calo" by the
 * citizen he approached: he offers a shortcut ("nawarin jalur cepat", "jalan pintas", "fast track", "orang dalam")
 * or claims to be staff ("ngaku petugas"), and the Ombudsman files both under pungli/calo (the NLU reads the same
 * stories as complaints: intents/broker-offer.ts).
 */
const CATEGORY_HINTS: readonly [RegExp, ComplaintCategory][] = [
  [
    /pungli|pungutan|calo|minta uang|dimintai uang|uang rokok|suap|sogok|bribe|jalur (?:cepat|cepet|belakang|khusus)|jalan pintas|fast.?track|orang dalam|ngaku(?:-ngaku)? (?:jadi )?(?:petugas|pegawai)|tanpa (?:di ?beri |dikasih )?(?:kuitansi|kwitansi)|rekening pribadi/i,
    'pungli',
  ],
  [/judes|kasar|jutek|galak|tidak ramah|gak ramah|ga ramah|sombong|rude|petugas.*(main hp|ngobrol)/i, 'staff_conduct'],
  [/antri|antre|nunggu|menunggu|lama banget|lelet|lambat|waiting|queue/i, 'waiting_time'],
  [/toilet|wc|parkir|ac\b|panas|kursi|ruang tunggu|kotor|parking/i, 'facilities'],
  [/saran|usul|masukan|suggest/i, 'suggestion'],
];

export function guessCategory(text: string): ComplaintCategory | undefined {
  return CATEGORY_HINTS.find(([pattern]) => pattern.test(text))?.[1];
}

export type NewComplaint = Pick<Complaint, 'user' | 'category' | 'service' | 'happenedOn' | 'text' | 'hasPhoto'>;

/** Words for the anonymous reporter's secret: easy to note down, 32·32·90 ≈ 92,000 combinations behind a rate limit. */
const SECRET_WORDS = ['melati', 'mawar', 'kopi', 'teh', 'gunung', 'laut', 'pantai', 'sungai', 'hujan', 'pelangi', 'bintang', 'bulan', 'matahari', 'kelapa', 'mangga', 'durian', 'rambutan', 'salak', 'nanas', 'jeruk', 'kancil', 'gajah', 'harimau', 'elang', 'merpati', 'kupu', 'angsa', 'rusa', 'bambu', 'jati', 'cemara', 'beringin'];
export const SECRET_WORD = /\b([a-z]+-[a-z]+-\d{2})\b/i;

export type ComplaintDeps = Basics & { readonly random: () => number };

export class Complaints {
  constructor(private readonly app: ComplaintDeps) {}

  get #table() {
    return this.app.store.table('complaints');
  }

  /** Complaint handlers from the settings; the admins when none are listed. */
  handlers(): UserKey[] {
    const { complaints, staff } = this.app.settings;
    return (complaints.handlers ?? staff.admins) as UserKey[];
  }

  isHandler(user: UserKey): boolean {
    return this.handlers().includes(user) || this.app.settings.staff.admins.includes(user);
  }

  get(code: string): Complaint | undefined {
    const number = COMPLAINT_CODE.exec(code)?.[1];
    return number === undefined ? undefined : this.#table.get(ticketId(Number(number)));
  }

  open(): Complaint[] {
    return [...this.#table.values()].filter((c) => c.status !== 'closed').sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /**
   * The ticket as its reporter may see it: a named ticket only by the same chat, an anonymous
   * one only with its secret word. Anyone else gets nothing, not even whether it exists.
   */
  lookup(code: string, user: UserKey, secret: string | null): Complaint | undefined {
    const complaint = this.get(code);
    if (!complaint) return undefined;
    if (complaint.user !== null) return complaint.user === user ? complaint : undefined;
    return secret && complaint.secretHash === hashSecret(secret) ? complaint : undefined;
  }

  /** The newest ticket filed from this chat (anonymous ones keep no chat, so are never found here). */
  latestBy(user: UserKey): Complaint | undefined {
    let latest: Complaint | undefined;
    for (const c of this.#table.values()) if (c.user === user && (!latest || c.createdAt > latest.createdAt)) latest = c;
    return latest;
  }

  /** Creates the ticket; an anonymous one comes back with its secret word (shown once, stored hashed). */
  async create(input: NewComplaint): Promise<Complaint & { readonly secret?: string }> {
    const { settings, clock, store } = this.app;
    const now = clock.now();
    const counters = store.table('counters');
    const number = (counters.get('complaint')?.value ?? 0) + 1;
    counters.put({ id: 'complaint', value: number });
    const dueDate = addWorkingDays(settings, localParts(now, settings.timeZone).date, settings.complaints.responseDays);
    const complaint: Complaint = {
      id: ticketId(number),
      ...input,
      // Stored masked and on one line: the staff card shows it as one "Isi:" line (items 6, 11).
      text: maskText(inertLine(input.text)),
      ...(input.happenedOn ? { happenedOn: maskText(inertLine(input.happenedOn)) } : {}),
      status: 'open',
      createdAt: now.toISOString(),
      dueAt: toInstant(dueDate, '23:59', settings.timeZone).toISOString(),
      answers: [],
    };
    const secret = input.user === null ? this.#secret() : undefined;
    this.#table.put(secret ? { ...complaint, secretHash: hashSecret(secret) } : complaint);
    audit(store, now, { who: 'citizen', action: 'complaint_created', ticket: complaint.id, category: complaint.category });
    await store.flush();
    notify(this.app, this.handlers().map((to) => ({ to, kind: 'staff' as const, text: this.#handlerCard(complaint, 'Pengaduan baru') })));
    return secret ? { ...complaint, secret } : complaint;
  }

  #secret(): string {
    const word = () => SECRET_WORDS[Math.floor(this.app.random() * SECRET_WORDS.length)] ?? 'melati';
    return `${word()}-${word()}-${10 + Math.floor(this.app.random() * 90)}`;
  }

  /** Staff answer: stored, relayed to the citizen (unless anonymous), audited. */
  async answer(complaint: Complaint, by: UserKey, raw: string): Promise<Complaint> {
    const now = this.app.clock.now();
    const text = maskText(inertText(raw)).trim();
    const answered: Complaint = { ...complaint, status: 'answered', answers: [...complaint.answers, { by, at: now.toISOString(), text }] };
    this.#table.put(answered);
    audit(this.app.store, now, { who: by, action: 'complaint_answered', ticket: complaint.id });
    await this.app.store.flush();
    if (answered.user) notify(this.app, [this.#update(answered, text)]);
    return answered;
  }

  /**
   * The citizen's reply to an answer ("uangnya dikembalikan lewat mana ya?"): kept on the ticket, which is open again, and
   * relayed to the handlers. It was "Maaf, saya belum paham" (session 44, `npm run simulate`).
   */
  async reply(complaint: Complaint, raw: string): Promise<Complaint> {
    const now = this.app.clock.now();
    const text = maskText(inertText(raw)).trim().slice(0, MAX_REPLY_CHARS);
    const reopened: Complaint = { ...complaint, status: 'open', replies: [...(complaint.replies ?? []), { at: now.toISOString(), text }] };
    this.#table.put(reopened);
    audit(this.app.store, now, { who: complaint.user ?? 'anonymous', action: 'complaint_replied', ticket: complaint.id });
    await this.app.store.flush();
    const card = `💬 Tanggapan warga atas jawaban ${complaint.id}: "${text}"
Jawab: /jawab ${complaint.id} TEKS · Tutup: /tutup ${complaint.id}`;
    notify(this.app, this.handlers().map((to) => ({ to, kind: 'staff' as const, text: card })));
    return reopened;
  }

  /** Whether `user` may be writing back to this ticket's latest answer: theirs, answered within a day, not yet replied to. */
  awaitsReply(complaint: Complaint, now: Date): boolean {
    const answered = complaint.answers.at(-1);
    if (complaint.status !== 'answered' || !answered) return false;
    const since = now.getTime() - Date.parse(answered.at);
    const replied = complaint.replies?.at(-1);
    return since >= 0 && since < REPLY_WINDOW_MS && (!replied || replied.at < answered.at);
  }

  async close(complaint: Complaint, by: UserKey): Promise<Complaint> {
    const closed: Complaint = { ...complaint, status: 'closed' };
    this.#table.put(closed);
    audit(this.app.store, this.app.clock.now(), { who: by, action: 'complaint_closed', ticket: complaint.id });
    await this.app.store.flush();
    return closed;
  }

  /** Reminds the handlers, at most once a day per ticket, of open complaints past their due time. */
  async sweepOverdue(): Promise<number> {
    const now = this.app.clock.now();
    const dayAgo = now.getTime() - 86_400_000;
    const overdue = this.open().filter(
      (c) => c.status === 'open' && Date.parse(c.dueAt) < now.getTime() && (!c.overdueNotifiedAt || Date.parse(c.overdueNotifiedAt) <= dayAgo),
    );
    if (overdue.length === 0) return 0;
    for (const c of overdue) this.#table.put({ ...c, overdueNotifiedAt: now.toISOString() });
    await this.app.store.flush();
    const text = `⚠️ ${overdue.length} pengaduan melewati batas ${this.app.settings.complaints.responseDays} hari kerja:\n${overdue.map((c) => `• ${c.id} (${categoryLabel(c.category, 'id')}), masuk ${c.createdAt.slice(0, 10)}`).join('\n')}\nJawab dengan /jawab NOMOR TEKS.`;
    notify(this.app, this.handlers().map((to) => ({ to, kind: 'staff' as const, text })));
    return overdue.length;
  }

  /** What a citizen sees when asking about their ticket. */
  statusText(complaint: Complaint, lang: Lang): string {
    const status = {
      open: tr(lang, 'sedang ditangani', 'being handled'),
      answered: tr(lang, 'sudah dijawab', 'answered'),
      closed: tr(lang, 'selesai', 'closed'),
    }[complaint.status];
    const last = complaint.answers.at(-1);
    const answer = last ? `\n${tr(lang, 'Jawaban terakhir', 'Latest answer')}: ${last.text}` : '';
    // "terus kapan ditindaklanjuti?" asks when: an open ticket says by when it is answered (session 43).
    const due = complaint.status === 'open' ? ` ${tr(lang, `Tanggapan paling lambat ${formatDate(complaint.dueAt.slice(0, 10), lang)}.`, `A reply is due by ${formatDate(complaint.dueAt.slice(0, 10), lang)}.`)}` : '';
    return `${tr(lang, 'Pengaduan', 'Complaint')} ${complaint.id} (${categoryLabel(complaint.category, lang)}): ${status}.${due}${answer}\n${escalation(this.app, lang)}`;
  }

  handlerList(): string {
    const open = this.open();
    if (open.length === 0) return 'Tidak ada pengaduan terbuka.';
    const now = this.app.clock.now().getTime();
    return `Pengaduan terbuka:\n${open.map((c) => `• ${c.id} ${categoryLabel(c.category, 'id')} — ${c.status === 'answered' ? 'dijawab' : 'belum dijawab'}${Date.parse(c.dueAt) < now && c.status === 'open' ? ' ⚠️ lewat batas' : ''}\n  "${c.text.slice(0, 120)}"`).join('\n')}`;
  }

  #handlerCard(c: Complaint, title: string): string {
    const service = c.service ? `\nLayanan: ${c.service}` : '';
    const when = c.happenedOn ? `\nKejadian: ${c.happenedOn}` : '';
    return `📮 ${title} ${c.id}\nKategori: ${categoryLabel(c.category, 'id')}${service}${when}\nFoto: ${c.hasPhoto ? 'ada (minta dikirim ke meja pengaduan)' : 'tidak'}\nPelapor: ${c.user ? 'dapat dihubungi lewat bot' : 'anonim'}\nIsi: ${c.text}\nBatas jawab: ${c.dueAt.slice(0, 10)}\nJawab: /jawab ${c.id} TEKS · Tutup: /tutup ${c.id}`;
  }

  #update(c: Complaint, text: string): Outgoing {
    const lang = langOf(this.app, c.user!);
    return {
      to: c.user!,
      kind: 'complaint_update',
      text: `${tr(lang, `📮 Tanggapan atas pengaduan ${c.id} dari ${this.app.settings.name}`, `📮 Reply to complaint ${c.id} from ${this.app.settings.name}`)}:\n${text}\n\n${escalation(this.app, lang)}`,
    };
  }
}

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret.trim().toLowerCase()).digest('hex');
}

export function ticketId(number: number): string {
  return `ADU-${String(number).padStart(4, '0')}`;
}

export function escalation(app: Pick<Basics, 'settings'>, lang: Lang): string {
  return tr(
    lang,
    `Bila tidak puas atau tidak ditanggapi dalam ${app.settings.complaints.responseDays} hari kerja, Anda dapat meneruskan ke SP4N-LAPOR! (lapor.go.id, SMS 1708).`,
    `If you are not satisfied, or get no answer within ${app.settings.complaints.responseDays} working days, escalate to SP4N-LAPOR! (lapor.go.id, SMS 1708).`,
  );
}
