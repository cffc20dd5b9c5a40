/**
 * The conversation engine: one incoming message → the replies for it. Channel-neutral and
 * never throws: a failure inside becomes a polite `error` reply and a log line.
 */
import { subscribe, unsubscribe } from '../announce/subscriptions.js';
import type { App, Turn } from '../app.js';
import { COMPLAINT_CODE } from '../care/complaints.js';
import { tr } from '../i18n.js';
import { inertText } from '../inert.js';
import { localParts } from '../local-time.js';
import { maskText } from '../mask.js';
import { nikNotice } from '../nik-notice.js';
import type { IntentName, Understanding } from '../nlu.js';
import type { Conversation } from '../ports.js';
import type { Choice, Pending, Request } from '../session.js';
import { type Session, Sessions } from '../session.js';
import { splitText } from '../split-text.js';
import { confirmAnnouncement, declineAnnouncement } from '../staff/announce-commands.js';
import { runStaffCommand, STAFF_COMMANDS } from '../staff/staff-commands.js';
import type { IncomingMessage, Lang, Reply, UserKey } from '../types.js';
import { acceptName, advance, commit, commitCancel, myBookings, notFound, startCancel, startReschedule } from './booking-dialog.js';
import { abandon, answerStep, applyChoice, notePhoto, startComplaint } from './complaint-dialog.js';
import {
  fallback,
  greeting,
  help,
  hours,
  listServices,
  location,
  overview,
  serviceChoices,
  serviceTopic,
} from './info-replies.js';

/** Longer texts are split into several bubbles; adapters split further for platform limits. */
const MAX_REPLY_CHARS = 3000;
/** Longer messages are cut before understanding: nobody types a 10,000-character question. */
const MAX_INPUT_CHARS = 1000;
/** Below this, a message that names a service but no clear action is "entity only". */
const ENTITY_ONLY_CONFIDENCE = 0.5;

const NAME_STEP_EXIT_CONFIDENCE = 0.9;
/** The runner-up must score at least this share of the best guess to be offered as an option. */
const CLARIFY_RATIO = 0.25;

const INFO_TOPICS = new Set<IntentName>(['requirements', 'procedure', 'cost', 'duration']);
/** Intents that end whatever question was open rather than answer it. */
const TOPIC_CHANGERS = new Set<IntentName>(['cancel', 'my_booking', 'hours', 'location', 'complaint', 'human', 'help', 'list_services', 'requirements', 'procedure', 'cost', 'duration', 'subscribe', 'unsubscribe']);
const CHECK_IN = /^(saya |aku |sy )?(sudah|udah|sdh|udh) (sampai|sampe|sampe?|tiba|datang|dtg|di ?lokasi|di ?mpp)\b|^check ?-?in\b|^i('| a)m here\b/i;

export class ChatEngine implements Conversation {
  readonly #sessions = new Sessions();

  constructor(private readonly app: App) {}

  async handle(raw: IncomingMessage): Promise<Reply[]> {
    const now = this.app.clock.now();
    // Escapes, controls and bidi overrides never get past the door (issue 13 item 11).
    const message = { ...raw, text: inertText(raw.text) };
    const session = this.#sessions.get(message.from, now);
    try {
      const replies = await this.#handle(message, session, now);
      session.fallbacks = replies.some((r) => r.kind === 'fallback') ? session.fallbacks + 1 : 0;
      const notice = nikNotice(session, message.text, session.lang);
      return (notice ? [notice, ...replies] : replies).flatMap(splitReply);
    } catch (error) {
      this.app.logger.error('handler_failed', { user: message.from, error: error instanceof Error ? error.stack ?? error.message : String(error) });
      return [
        {
          kind: 'error',
          text: tr(session.lang, 'Maaf, terjadi gangguan di sistem kami. Silakan coba lagi sebentar lagi. Data Anda aman.', 'Sorry, something went wrong on our side. Please try again in a moment. Your data is safe.'),
        },
      ];
    }
  }

  async #handle(message: IncomingMessage, session: Session, now: Date): Promise<Reply[]> {
    const text = message.text.slice(0, MAX_INPUT_CHARS).trim();
    const turn = (lang: Lang): Turn => ({ user: message.from, session, lang, now, text });
    const handoff = this.app.handoffs.openFor(message.from);
    if (handoff) {
      const relayed = await this.app.handoffs.relayFromCitizen(turn(session.lang), handoff, message.media);
      return relayed ? [relayed] : [];
    }
    const pending = session.pending;
    // A bare "3" answers the survey only when no other question is open.
    const survey = text && !pending ? this.app.surveys.answer(message.from, text, session.lang) : null;
    if (survey) {
      await this.app.store.flush();
      return [survey];
    }
    if (!text && message.media && pending?.kind === 'complaint') return [notePhoto(this.app, turn(session.lang), pending)];
    if (!text) return [mediaOrEmpty(turn(session.lang), message.media !== undefined)];
    if (text.startsWith('/')) return [await this.#command(turn(session.lang), text)];
    const understanding = this.app.nlu.understand(text, now);
    if (/\p{L}{3,}/u.test(text) && understanding.intent !== 'fallback') session.lang = understanding.lang;
    this.#rememberLang(message.from, session.lang);
    const current = turn(session.lang);
    if (pending?.kind === 'complaint') return [await this.#complaintStep(current, pending, understanding)];
    if (CHECK_IN.test(text)) return [await this.#checkIn(current)];
    const ticket = COMPLAINT_CODE.exec(text);
    if (ticket && !understanding.bookingCode) return [this.#complaintStatus(current, ticket[0])];
    const request = this.#fromPending(current, understanding) ?? this.#fromUnderstanding(current, understanding);
    if (request === 'name') return [acceptName(this.app, current, (session.pending as Extract<Pending, { kind: 'booking' }>).draft, text)];
    if (request === 'no_question') {
      return [{ kind: 'fallback', text: tr(current.lang, 'Tidak ada pilihan yang sedang menunggu jawaban angka. Ketik "menu" untuk melihat yang bisa saya bantu.', 'There is no open question to answer with a number. Type "menu" to see what I can do.') }];
    }
    if (request === 'clarify') return [this.#clarify(current, understanding)];
    return [await this.#route(current, request)];
  }

  /** Reads the message as the answer to the open question, if it is one. */
  #fromPending(turn: Turn, u: Understanding): Request | 'name' | null {
    const pending = turn.session.pending;
    if (!pending) return null;
    const choice = matchChoice(pending.choices, turn.text) ?? this.#matchVariant(pending.choices, turn.text);
    if (choice) return choice.request;
    const strongOther = TOPIC_CHANGERS.has(u.intent) && u.confidence >= ENTITY_ONLY_CONFIDENCE && u.alternatives.length === 0;
    // A name can look like anything to the classifier ("Warga F"): only a very clear request leaves this step.
    if (pending.kind === 'booking' && pending.awaiting === 'name') return strongOther && u.confidence >= NAME_STEP_EXIT_CONFIDENCE ? null : 'name';
    if (u.yesNo && (pending.kind === 'cancel' || pending.kind === 'announce' || (pending.kind === 'booking' && pending.awaiting === 'confirm'))) return { intent: u.yesNo === 'yes' ? 'confirm' : 'decline' };
    if (pending.kind === 'booking' && !strongOther && (u.date || u.time || (u.service && !pending.draft.moving))) {
      const draft = pending.draft;
      const newService = u.service && u.service !== draft.service;
      return {
        intent: 'book',
        service: u.service ?? draft.service ?? null,
        variant: newService ? u.variant : (u.variant ?? draft.variant ?? null),
        date: u.date ?? (newService ? null : (draft.date ?? null)),
        time: u.time ?? (u.date || newService ? null : (draft.time ?? null)),
      };
    }
    return null;
  }

  async #complaintStep(turn: Turn, pending: Extract<Pending, { kind: 'complaint' }>, u: Understanding): Promise<Reply> {
    const choice = matchChoice(pending.choices, turn.text);
    if (choice) return applyChoice(this.app, turn, pending, choice.request);
    const quits = /^(batal|batalkan|gak jadi|ga jadi|tidak jadi|cancel)\b/i.test(turn.text.trim());
    if (quits) return abandon(turn);
    return answerStep(this.app, turn, pending, u);
  }

  /** "ADU-0007": the owner sees status and answers; anyone else only an anonymous ticket's status. */
  #complaintStatus(turn: Turn, code: string): Reply {
    const complaint = this.app.complaints.get(code);
    if (!complaint || (complaint.user !== null && complaint.user !== turn.user)) {
      return { kind: 'answer', text: tr(turn.lang, 'Nomor pengaduan tidak ditemukan.', 'Complaint number not found.') };
    }
    const visible = complaint.user === null ? { ...complaint, answers: [] } : complaint;
    return { kind: 'complaint_update', text: this.app.complaints.statusText(visible, turn.lang) };
  }

  /** "perpanjang" answering "SIM yang mana?": the variant's own words pick the option. */
  #matchVariant(choices: readonly Choice[], text: string): Choice | undefined {
    const words = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
    const hits = choices.filter((c) => {
      const service = c.request.service ? this.app.info.service(c.request.service) : undefined;
      const variant = service?.variants.find((v) => v.id === c.request.variant);
      return variant?.synonyms.some((synonym) => words.includes(` ${synonym.toLowerCase()} `));
    });
    return hits.length === 1 ? hits[0] : undefined;
  }

  #fromUnderstanding(turn: Turn, u: Understanding): Request | 'no_question' | 'clarify' {
    const { session } = turn;
    if (u.number !== null && /^\s*\d{1,3}\s*[.)]?\s*$/.test(turn.text)) return 'no_question';
    const entityOnly = u.service !== null && (u.intent === 'fallback' || (u.confidence < ENTITY_ONLY_CONFIDENCE && u.alternatives.length === 0));
    if (entityOnly) {
      const intent = session.lastIntent && INFO_TOPICS.has(session.lastIntent) ? session.lastIntent : 'overview';
      return { intent, service: u.service, variant: u.variant };
    }
    const [best, second] = u.alternatives;
    // Asking "which did you mean?" only helps when the runner-up is a real contender.
    if (best && second && second.score >= best.score * CLARIFY_RATIO) return 'clarify';
    const intent = best && u.intent === 'fallback' ? best.intent : u.intent;
    const contextual = INFO_TOPICS.has(intent) && !u.service;
    return {
      intent,
      service: u.service ?? (contextual ? (session.service ?? null) : null),
      variant: u.service ? u.variant : contextual ? (session.variant ?? null) : null,
      date: u.date,
      time: u.time,
      code: u.bookingCode,
    };
  }

  #clarify(turn: Turn, u: Understanding): Reply {
    const choices: Choice[] = u.alternatives.slice(0, 2).map((alt) => ({
      label: intentLabel(alt.intent, turn.lang),
      value: intentLabel(alt.intent, turn.lang).toLowerCase(),
      request: { intent: alt.intent, service: u.service ?? turn.session.service ?? null, variant: u.variant, date: u.date, time: u.time, code: u.bookingCode },
    }));
    turn.session.pending = { kind: 'choose', choices };
    return { kind: 'clarify', text: tr(turn.lang, 'Maksud Anda yang mana?', 'Which did you mean?'), options: choices };
  }

  /** Handles a request; a reply that offers choices leaves them open for "1", "2"… or a tap. */
  async #route(turn: Turn, request: Request): Promise<Reply> {
    const pending = turn.session.pending;
    turn.session.pending = undefined;
    const reply = await this.#dispatch(turn, request, pending);
    const choices = reply.options?.filter((o): o is Choice => 'request' in o) ?? [];
    if (!turn.session.pending && choices.length > 0) turn.session.pending = { kind: 'choose', choices };
    return reply;
  }

  async #dispatch(turn: Turn, request: Request, pending: Pending | undefined): Promise<Reply> {
    const { app } = this;
    const { session } = turn;
    if (request.service) {
      session.service = request.service;
      session.variant = request.variant ?? undefined;
    }
    if (INFO_TOPICS.has(request.intent as IntentName)) session.lastIntent = request.intent as IntentName;
    switch (request.intent) {
      case 'greeting':
        return greeting(app, turn);
      case 'thanks':
        return { kind: 'answer', text: tr(turn.lang, 'Sama-sama! Semoga urusannya lancar. 🙏', 'You are welcome! Good luck with your errand. 🙏') };
      case 'help':
        return help(app, turn);
      case 'list_services':
        return listServices(app, turn);
      case 'requirements':
      case 'procedure':
      case 'cost':
      case 'duration':
        return this.#topic(turn, request.intent, request);
      case 'overview': {
        const service = request.service ? app.info.service(request.service) : undefined;
        return service ? overview(app, turn, service) : fallback(app, turn);
      }
      case 'hours':
        return hours(app, turn, request.service ?? null);
      case 'location':
        return location(app, turn, request.service ?? null);
      case 'book':
        return advance(app, turn, {
          ...(pending?.kind === 'booking' && !request.service ? pending.draft : {}),
          ...definedDraft(request),
        });
      case 'my_booking':
        return myBookings(app, turn, request.code ?? null);
      case 'cancel':
        return startCancel(app, turn, request.code, request.bookingId);
      case 'reschedule':
        return startReschedule(app, turn, request);
      case 'confirm':
        return this.#confirm(turn, pending);
      case 'decline':
        if (pending?.kind === 'announce') return declineAnnouncement(app, pending.announcementId);
        return {
          kind: 'answer',
          text: pending
            ? tr(turn.lang, 'Baik, tidak jadi. Tidak ada yang diubah.', 'OK, nothing was changed.')
            : tr(turn.lang, 'Baik.', 'OK.'),
        };
      case 'complaint':
        return pending?.kind === 'complaint' ? applyChoice(app, turn, pending, request) : startComplaint(app, turn, request);
      case 'human':
        return app.handoffs.start(turn);
      case 'subscribe':
        return subscribe(app, turn, request.service ?? null);
      case 'unsubscribe':
        return unsubscribe(app, turn);
      case 'checkin':
        return this.#checkIn(turn);
      case 'fallback':
        return fallback(app, turn);
    }
  }

  #topic(turn: Turn, topic: 'requirements' | 'procedure' | 'cost' | 'duration', request: Request): Reply {
    const service = request.service ? this.app.info.service(request.service) : undefined;
    if (!service) {
      const choices = serviceChoices(this.app, turn.lang, topic);
      turn.session.pending = { kind: 'choose', choices };
      return { kind: 'clarify', text: tr(turn.lang, 'Untuk layanan apa?', 'For which service?'), options: choices };
    }
    return serviceTopic(this.app, turn, topic, service, request.variant ?? null, request.detail === true);
  }

  async #confirm(turn: Turn, pending: Pending | undefined): Promise<Reply> {
    if (pending?.kind === 'booking' && pending.awaiting === 'confirm') return commit(this.app, turn, pending.draft);
    if (pending?.kind === 'cancel') return commitCancel(this.app, turn, pending.bookingId);
    if (pending?.kind === 'announce') return confirmAnnouncement(this.app, pending.announcementId);
    return { kind: 'answer', text: tr(turn.lang, 'Tidak ada yang perlu dikonfirmasi saat ini.', 'There is nothing to confirm right now.') };
  }

  async #command(turn: Turn, text: string): Promise<Reply> {
    const [head = '', ...args] = text.slice(1).split(/\s+/);
    const command = head.toLowerCase().replace(/@.*$/, '');
    if (command === 'start') return greeting(this.app, turn);
    if (['help', 'menu', 'bantuan'].includes(command)) return help(this.app, turn);
    if (['batal', 'cancel'].includes(command)) return this.#route(turn, { intent: 'cancel', code: args[0] ?? null });
    if (['booking', 'book'].includes(command)) return this.#route(turn, { intent: 'book' });
    if (STAFF_COMMANDS.has(command)) return runStaffCommand(this.app, turn, command, args);
    return {
      kind: 'fallback',
      text: tr(turn.lang, `Perintah /${maskText(command).slice(0, 30)} tidak dikenal. Ketik /menu untuk melihat yang bisa saya bantu.`, `Unknown command /${maskText(command).slice(0, 30)}. Type /menu to see what I can do.`),
    };
  }

  async #checkIn(turn: Turn): Promise<Reply> {
    const today = localParts(turn.now, this.app.settings.timeZone).date;
    const booking = this.app.bookings.activeFor(turn.user).find((b) => b.date === today && b.status === 'booked');
    if (!booking) return notFound(turn);
    this.app.bookings.patch(booking, { checkedInAt: turn.now.toISOString() });
    await this.app.store.flush();
    return { kind: 'answer', text: tr(turn.lang, `Terima kasih, kehadiran Anda untuk ${booking.code} sudah tercatat. Mohon tunggu panggilan.`, `Thanks, your arrival for ${booking.code} is noted. Please wait to be called.`) };
  }

  #rememberLang(user: UserKey, lang: Lang): void {
    const users = this.app.store.table('users');
    const profile = users.get(user);
    if (profile && profile.lang !== lang) users.put({ ...profile, lang });
  }
}

function definedDraft(request: Request) {
  return Object.fromEntries(
    (['service', 'variant', 'date', 'time'] as const).filter((k) => request[k]).map((k) => [k, request[k]]),
  ) as { service?: string; variant?: string; date?: string; time?: string };
}

function matchChoice(choices: readonly Choice[], text: string): Choice | undefined {
  const number = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(text)?.[1];
  if (number !== undefined) return choices[Number(number) - 1];
  const wanted = text.trim().toLowerCase();
  return choices.find((c) => c.value.toLowerCase() === wanted || c.label.toLowerCase() === wanted);
}

function mediaOrEmpty(turn: Turn, media: boolean): Reply {
  return {
    kind: 'fallback',
    text: media
      ? tr(turn.lang, 'Maaf, saya hanya bisa membaca pesan teks. Jangan kirim foto KTP/KK lewat chat: tulis pertanyaan Anda, misalnya "syarat ktp".', 'Sorry, I can only read text. Please do not send photos of ID documents here: type your question, e.g. "requirements for ktp".')
      : tr(turn.lang, 'Pesannya kosong. Ketik pertanyaan Anda, atau "menu".', 'Your message was empty. Type your question, or "menu".'),
  };
}

function intentLabel(intent: IntentName, lang: Lang): string {
  const labels: Partial<Record<IntentName, [string, string]>> = {
    requirements: ['Syarat', 'Requirements'],
    procedure: ['Alur', 'Steps'],
    cost: ['Biaya', 'Fee'],
    duration: ['Lama proses', 'Processing time'],
    hours: ['Jam buka', 'Opening hours'],
    location: ['Lokasi', 'Location'],
    book: ['Ambil antrean', 'Book a slot'],
    my_booking: ['Cek booking', 'My booking'],
    cancel: ['Batal booking', 'Cancel booking'],
    reschedule: ['Ganti jadwal', 'Reschedule'],
    complaint: ['Pengaduan', 'Complaint'],
    human: ['Bicara dengan petugas', 'Talk to staff'],
    subscribe: ['Langganan info', 'Subscribe'],
    unsubscribe: ['Berhenti langganan', 'Unsubscribe'],
    list_services: ['Daftar layanan', 'All services'],
    help: ['Bantuan', 'Help'],
  };
  const [id, en] = labels[intent] ?? [intent, intent];
  return tr(lang, id, en);
}

function splitReply(reply: Reply): Reply[] {
  const parts = splitText(reply.text, MAX_REPLY_CHARS);
  if (parts.length <= 1) return [reply];
  // Options and booking data belong to the last bubble, right above where the citizen answers.
  return parts.map((text, i) => (i === parts.length - 1 ? { ...reply, text } : { kind: reply.kind, text }));
}
