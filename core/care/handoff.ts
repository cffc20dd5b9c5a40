/**
 * Human handoff: "bicara dengan petugas" forwards the conversation to staff on duty. While a
 * handoff is open the bot stays quiet for that citizen and relays both ways under the MPP's
 * name; it ends when staff close it, the citizen says "selesai", or nobody writes for a while.
 * Staff see a handoff number, never the citizen's chat id.
 */
import { audit } from '../audit.js';
import { isOpenAt, nextOpening } from '../booking/working-days.js';
import type { Basics, Turn } from '../context.js';
import { formatDate, formatTime } from '../format.js';
import { tr } from '../i18n.js';
import { inertLine } from '../inert.js';
import { localParts, toInstant } from '../local-time.js';
import { maskText } from '../mask.js';
import { langOf, notify } from '../notify.js';
import type { Handoff } from '../records.js';
import type { Outgoing, Reply, UserKey } from '../types.js';

/**
 * Idle minutes after which an open handoff ends and the bot answers again. The clock starts at
 * the first staff reply: a citizen who asks before opening time is not dropped unanswered.
 */
export const HANDOFF_IDLE_MINUTES = 30;
/** Opening-hours minutes a handoff may wait for its first staff reply before staff are reminded (once). */
export const HANDOFF_REMIND_MINUTES = 15;
export const HANDOFF_CODE = /\bH-?(\d{4,})\b/i;
const END_WORDS = /^(selesai|sudah selesai|kembali ke bot|back to bot|done|\/bot)$/i;

/**
 * Idle only once staff have answered the citizen's last message: before that the citizen is waiting, not idle. A chat had closed
 * ("Percakapan dengan petugas selesai") 30 minutes after the citizen's "jadi yang bener jam berapa??", never answered (session 48,
 * a field test).
 */
function isIdle(h: Handoff, now: number): boolean {
  return h.staff !== undefined && h.citizenWaitingSince === undefined && now - Date.parse(h.lastActivityAt) >= HANDOFF_IDLE_MINUTES * 60_000;
}

/** Relayed text, either way: one line, no escapes, NIKs and phone numbers masked (issue 13 items 6, 11). */
function relayed(text: string, max = 1000): string {
  return maskText(inertLine(text)).slice(0, max);
}

export class Handoffs {
  /** user → id of their open handoff, so each incoming message costs O(1). */
  readonly #open = new Map<UserKey, string>();

  constructor(private readonly app: Basics) {
    for (const handoff of this.#table.values()) if (handoff.status === 'open') this.#open.set(handoff.user, handoff.id);
  }

  get #table() {
    return this.app.store.table('handoffs');
  }

  /** Staff on duty: the counter staff and the admins. */
  #staff(): UserKey[] {
    return this.app.access.everyone();
  }

  /** The citizen's open handoff, if any and not idle for too long. */
  openFor(user: UserKey): Handoff | undefined {
    const id = this.#open.get(user);
    const handoff = id === undefined ? undefined : this.#table.get(id);
    return handoff && !isIdle(handoff, this.app.clock.now().getTime()) ? handoff : undefined;
  }

  get(code: string): Handoff | undefined {
    const number = HANDOFF_CODE.exec(code)?.[1];
    return number === undefined ? undefined : this.#table.get(`H-${number.padStart(4, '0')}`);
  }

  async start(turn: Turn): Promise<Reply> {
    const { app } = this;
    const existing = this.openFor(turn.user);
    if (existing) {
      const relayed = await this.relayFromCitizen(turn, existing);
      return relayed ?? { kind: 'handoff', text: tr(turn.lang, 'Pesan Anda sudah diteruskan ke petugas.', 'Your message was passed to the staff.') };
    }
    const now = turn.now.toISOString();
    const counters = app.store.table('counters');
    const number = (counters.get('handoff')?.value ?? 0) + 1;
    counters.put({ id: 'handoff', value: number });
    const handoff: Handoff = { id: `H-${String(number).padStart(4, '0')}`, user: turn.user, status: 'open', startedAt: now, lastActivityAt: now };
    this.#table.put(handoff);
    this.#open.set(handoff.user, handoff.id);
    await app.store.flush();
    notify(app, this.#toStaff(`🙋 Warga meminta bicara dengan petugas (${handoff.id}): "${relayed(turn.text, 300)}"\nBalas: /balas ${handoff.id} TEKS · Selesai: /selesai ${handoff.id}`));
    return { kind: 'handoff', text: `${tr(turn.lang, `Baik, pesan Anda kami teruskan ke petugas ${app.settings.name}. Tulis saja pertanyaan Anda di sini; ketik "selesai" untuk kembali ke Layani.`, `OK, we are passing you to the staff of ${app.settings.name}. Write your question here; type "done" to come back to Layani.`)}${this.#whenAnswered(turn)}` };
  }

  /** A citizen's message during a handoff: relayed to staff, the bot says nothing (or closes on "selesai"). */
  async relayFromCitizen(turn: Turn, handoff: Handoff, media?: string): Promise<Reply | null> {
    if (END_WORDS.test(turn.text.trim())) return this.end(handoff, 'citizen');
    const text = relayed(turn.text || `(${media ?? 'media'})`, 1000);
    this.#table.put({ ...handoff, lastActivityAt: turn.now.toISOString(), citizenWaitingSince: handoff.citizenWaitingSince ?? turn.now.toISOString() });
    await this.app.store.flush();
    const to = handoff.staff ? [handoff.staff] : this.#staff();
    notify(this.app, to.map((staff) => ({ to: staff, kind: 'handoff' as const, text: `💬 ${handoff.id}: ${text}` })));
    return null;
  }

  /**
   * A staff reply, relayed under the MPP's name. The first reply takes the case, and the other staff are told who has it and
   * what was said; a colleague's later reply goes to the citizen too, with a copy to the one who holds the case. Two staff had
   * answered "jam 10.30" and "jam 13.00" to one question, neither knowing of the other (session 48, a field test).
   */
  async reply(handoff: Handoff, staff: UserKey, text: string): Promise<Reply> {
    const now = this.app.clock.now();
    const { citizenWaitingSince: _answered, ...rest } = handoff;
    this.#table.put({ ...rest, staff: handoff.staff ?? staff, lastActivityAt: now.toISOString() });
    audit(this.app.store, now, { who: staff, action: 'handoff_reply', handoff: handoff.id });
    await this.app.store.flush();
    const said = relayed(text);
    const colleagues: Outgoing[] =
      handoff.staff === undefined ? this.#staff().filter((to) => to !== staff).map((to) => ({ to, kind: 'handoff' as const, text: `✋ ${handoff.id} dijawab oleh ${staff}: "${said}". Pesan warga berikutnya hanya ke petugas itu.` }))
      : handoff.staff !== staff ? [{ to: handoff.staff, kind: 'handoff' as const, text: `💬 Rekan ${staff} juga membalas ${handoff.id}: "${said}"` }]
      : [];
    notify(this.app, [{ to: handoff.user, kind: 'handoff', text: `👤 ${tr(langOf(this.app, handoff.user), 'Petugas', 'Staff')} ${this.app.settings.name}: ${said}` }, ...colleagues]);
    const held = handoff.staff !== undefined && handoff.staff !== staff ? ` ${handoff.id} dipegang ${handoff.staff}; salinan balasan Anda dikirim kepadanya.` : '';
    return { kind: 'staff', text: `Terkirim ke ${handoff.id}.${held}` };
  }

  /** Ends a handoff; `by` is the staff member, the citizen, or the idle timeout. */
  async end(handoff: Handoff, by: UserKey | 'citizen' | 'timeout'): Promise<Reply> {
    const now = this.app.clock.now().toISOString();
    this.#table.put({ ...handoff, status: 'ended', endedAt: now });
    this.#open.delete(handoff.user);
    await this.app.store.flush();
    const lang = langOf(this.app, handoff.user);
    const toCitizen: Outgoing = { to: handoff.user, kind: 'handoff', text: tr(lang, 'Percakapan dengan petugas selesai. Layani siap membantu lagi: ketik "menu".', 'The conversation with staff has ended. Layani is back: type "menu".') };
    if (by === 'citizen') {
      notify(this.app, this.#toStaff(`✅ ${handoff.id} diakhiri oleh warga.`));
      return toCitizen;
    }
    notify(this.app, [toCitizen]);
    return { kind: 'staff', text: `✅ ${handoff.id} selesai.` };
  }

  /** Ends handoffs nobody wrote in for a while, so the bot answers again. */
  async sweepIdle(): Promise<number> {
    const now = this.app.clock.now().getTime();
    const idle = this.#waiting().filter((h) => isIdle(h, now));
    for (const handoff of idle) await this.end(handoff, 'timeout');
    return idle.length;
  }

  /** One reminder to staff for each handoff that has waited 15 opening-hours minutes with no answer. */
  async remindWaiting(): Promise<number> {
    const { settings } = this.app;
    const now = this.app.clock.now();
    const local = localParts(now, settings.timeZone);
    if (!isOpenAt(settings, local.date, local.minutes)) return 0;
    const due = this.#waiting().filter((h) => !h.staff && !h.staffRemindedAt && now.getTime() - this.#waitStart(h) >= HANDOFF_REMIND_MINUTES * 60_000);
    for (const h of due) this.#table.put({ ...h, staffRemindedAt: now.toISOString() });
    // A case held by one staff member whose citizen's last message has waited as long: that one is reminded, once per message.
    const unanswered = this.#waiting().filter(
      (h) => h.staff !== undefined && h.citizenWaitingSince !== undefined && h.remindedOfWait !== h.citizenWaitingSince && now.getTime() - Date.parse(h.citizenWaitingSince) >= HANDOFF_REMIND_MINUTES * 60_000,
    );
    for (const h of unanswered) this.#table.put({ ...h, remindedOfWait: h.citizenWaitingSince });
    if (due.length === 0 && unanswered.length === 0) return 0;
    await this.app.store.flush();
    // In the MPP's own time: "sejak 01:00 UTC" at 08.15 WIB made staff do sums (session 46, a field test).
    const since = (h: Handoff): string => formatTime(localParts(new Date(h.startedAt), this.app.settings.timeZone).time, this.app.settings.timeZone, 'id');
    notify(this.app, due.flatMap((h) => this.#toStaff(`⏰ ${h.id} menunggu balasan petugas sejak ${since(h)}. Balas: /balas ${h.id} TEKS`)));
    const waitingSince = (h: Handoff): string => formatTime(localParts(new Date(h.citizenWaitingSince!), this.app.settings.timeZone).time, this.app.settings.timeZone, 'id');
    notify(this.app, unanswered.map((h) => ({ to: h.staff!, kind: 'handoff' as const, text: `⏰ Pesan warga di ${h.id} sejak ${waitingSince(h)} belum dibalas. Balas: /balas ${h.id} TEKS · Selesai: /selesai ${h.id}` })));
    return due.length + unanswered.length;
  }

  #waiting(): Handoff[] {
    return [...this.#open.values()].map((id) => this.#table.get(id)).filter((h): h is Handoff => h !== undefined && h.status === 'open');
  }

  /** When the wait started to count: the request itself, or the next opening if it came while closed. */
  #waitStart(h: Handoff): number {
    const { settings } = this.app;
    const local = localParts(new Date(h.startedAt), settings.timeZone);
    if (isOpenAt(settings, local.date, local.minutes)) return Date.parse(h.startedAt);
    const next = nextOpening(settings, local.date, local.minutes);
    return next ? toInstant(next.date, next.time, settings.timeZone).getTime() : Date.parse(h.startedAt);
  }

  #toStaff(text: string): Outgoing[] {
    return this.#staff().map((to) => ({ to, kind: 'handoff' as const, text }));
  }

  /** Outside opening hours, say when a person will read it. */
  #whenAnswered(turn: Turn): string {
    const { settings } = this.app;
    const local = localParts(turn.now, settings.timeZone);
    if (isOpenAt(settings, local.date, local.minutes)) return '';
    const next = nextOpening(settings, local.date, local.minutes);
    if (!next) return '';
    return `\n${tr(turn.lang, `Saat ini di luar jam layanan; petugas akan membalas mulai ${formatDate(next.date, turn.lang)} pukul ${formatTime(next.time, settings.timeZone, turn.lang)}.`, `We are closed now; staff will answer from ${formatDate(next.date, turn.lang)} at ${formatTime(next.time, settings.timeZone, turn.lang)}.`)}`;
  }
}
