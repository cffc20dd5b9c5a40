/**
 * Per-user conversation memory: the last service talked about and the question we are
 * waiting on. Kept in memory on purpose: losing it in a crash costs one question, while
 * persisting every keystroke would churn the store. Durable facts (name, bookings) live in the store.
 * A booking draft is no such fact (no slot is held until "ya"), and writing one would put a name on
 * disk for every half-typed booking; instead an answer reaching a new session is told that the
 * question is gone and the booking was not saved (conversation/resume.ts, issue 11 field bug 7).
 */
import type { FacilityId, ImpossibleDate, IntentName } from './nlu.js';
import type { ClosureDraft, ComplaintCategory } from './records.js';
import type { Lang, Reply, ReplyOption, UserKey } from './types.js';

/** What picking an option means, so "2" or a button press needs no re-parsing. */
export interface Choice extends ReplyOption {
  readonly request: Request;
}

/**
 * Names the NLU found in the message that the catalog does not know: an agency ("Taspen") or another place ("MPP Kota
 * Madiun", "Kantor Imigrasi Singkawang"). Carried from the understanding the request came from, so the reply can say
 * they are not ours without reading the message again (and, for one of several questions, only beside its own answer).
 */
export interface NamedElsewhere {
  readonly unknownAgency?: string;
  readonly unknownPlace?: string;
  /** Understood as another business's topic or a complaint about one (Understanding.outside). */
  readonly outside?: 'topic' | 'grievance';
}

/** A citizen's request after understanding and context have been merged. */
export interface Request extends NamedElsewhere {
  /** `booking_variant`: the variant picked after booking (with `bookingId`), for the checklist. */
  readonly intent: IntentName | 'confirm' | 'decline' | 'overview' | 'checkin' | 'rename' | 'booking_variant';
  readonly service?: string | null;
  readonly variant?: string | null;
  readonly date?: string | null;
  readonly time?: string | null;
  readonly code?: string | null;
  readonly bookingId?: string;
  /** Two dates in one reschedule message and no "ke / to" to tell which is the target: ask. */
  readonly candidates?: readonly string[];
  /** A day the message named that no calendar has ("tgl 32"): said when the date is asked for. */
  readonly impossibleDate?: ImpossibleDate;
  /** Requirements in full (every line, fee details, notes, all sources) instead of the short first bubble. */
  readonly detail?: boolean;
  /** "boleh diwakilkan?": answer whether someone else may do it, yes or no first. */
  readonly represent?: boolean;
  /** One of the building's facilities asked about ("ada ruang laktasi?"): the location reply says where it is. */
  readonly facility?: FacilityId;
  /** "ini akun resmi?": the help reply says whose chat this is first. */
  readonly asksOfficial?: boolean;
  /** "info dong": information wanted, not named; the help reply offers the announcements too instead of subscribing. */
  readonly infoAsked?: boolean;
  /** "kalau telat, antrian saya hangus?": the booking reply says what happens to a number missed when called. */
  readonly late?: boolean;
  /** "jadi saya datang jam berapa?": the booking reply says when to be there (conversation/arrival-asked.ts). */
  readonly arrival?: boolean;
  /** "bukan sim tapi skck" at a booking's confirm step: this booking replaces the draft, which is not held for "lanjut". */
  readonly replacesDraft?: boolean;
  /** Complaint dialog answers picked from options. */
  readonly category?: ComplaintCategory;
  readonly anonymous?: boolean;
}

export interface ComplaintDraft {
  readonly category?: ComplaintCategory;
  readonly text?: string;
  /** null: not about one service. */
  readonly service?: string | null;
  /** null: the citizen skipped the question. */
  readonly happenedOn?: string | null;
  readonly hasPhoto: boolean;
  readonly anonymous?: boolean;
}

export interface BookingDraft {
  readonly service?: string;
  readonly variant?: string;
  readonly date?: string;
  readonly time?: string;
  /** The name given for this booking; stored on the profile only when the citizen confirms. */
  readonly name?: string;
  /** Set when moving an existing booking instead of making a new one. */
  readonly moving?: string;
  /** Whom the request said the booking is for (booked-for.ts): someone else's name is asked for and never stored as the citizen's. */
  readonly for?: 'self' | 'other';
}

/** The day the conversation is on, and what was asked of it (conversation/day-follow-up.ts). */
export interface DayTalkedAbout {
  readonly date: string;
  readonly intent: IntentName;
  /** When it was talked about (ms). */
  readonly at: number;
}

/** The first and last free time of the day a booking is being asked for. */
export interface DayEdges {
  readonly first: Choice;
  readonly last: Choice;
}

export type Pending =
  | { readonly kind: 'choose'; readonly choices: readonly Choice[] }
  | {
      readonly kind: 'booking';
      readonly draft: BookingDraft;
      readonly awaiting: 'name' | 'confirm' | 'slot';
      readonly choices: readonly Choice[];
      /**
       * At "Pilih jam": the day's first and last free times, which "yang paling pagi" and "yang paling sore" pick though
       * only the times nearest the one asked for are shown (choices.ts `pickFor`).
       */
      readonly dayEdges?: DayEdges;
    }
  | { readonly kind: 'cancel'; readonly bookingId: string; readonly choices: readonly Choice[] }
  | { readonly kind: 'announce'; readonly announcementId: string; readonly choices: readonly Choice[] }
  /** Staff's `/batalkan` preview: whose booking it is, shown before anything is cancelled. */
  | { readonly kind: 'staffCancel'; readonly bookingId: string; readonly reason: string; readonly choices: readonly Choice[] }
  /** Staff's `/tutuplayanan` preview: nothing is closed until "ya". */
  | { readonly kind: 'closure'; readonly closure: ClosureDraft; readonly choices: readonly Choice[] }
  | { readonly kind: 'rename'; readonly awaiting: 'name' | 'confirm'; readonly name?: string; readonly choices: readonly Choice[]; readonly bookingId?: string }
  | {
      readonly kind: 'complaint';
      readonly draft: ComplaintDraft;
      readonly awaiting: 'category' | 'text' | 'service' | 'when' | 'anonymous';
      readonly choices: readonly Choice[];
    };

/**
 * A dialog kept aside. `earlier`: held bookings parked before this one (a KTP draft left for a
 * passport draft that is left in turn for a KK one): "lanjut" brings back the latest, and the
 * earlier ones wait for it, each reminded once in turn (issue 11 leftover 4). Every entry in
 * `earlier` is held.
 */
export interface Parked {
  readonly pending: Pending;
  readonly asked: Reply;
  readonly lang?: Lang;
  readonly held?: boolean;
  readonly earlier?: Parked;
}

export interface Session {
  lang: Lang;
  /**
   * Whether a message of several words showed `lang`: from then on two words ("stop info") are too few to switch it (engine.ts).
   */
  langShown?: boolean;
  service?: string;
  variant?: string;
  /** When `service` was last talked about (ms): it stays the default for follow-ups for a while. */
  serviceAt?: number;
  /** When the citizen last opted in to announcements (ms): "info soal paspor aja" right after narrows it to that topic. */
  subscribedAt?: number;
  /** The reply that opened `pending`, shown again when an answer fits none of its options. */
  asked?: Reply;
  /** The language `asked` was written in: a citizen who switched language gets it again in theirs. */
  askedLang?: Lang;
  /** Asides answered while `pending` stayed open (conversation/aside.ts); 0 again once it changes. */
  asides?: number;
  /**
   * A dialog let go after too many asides, with its question: "lanjut" opens it again. `held`: a
   * booking left for another request ("booking paspor" at a KTP confirm step) is kept through the
   * dialog that request opens, and the citizen is reminded of it once that dialog is over.
   */
  parked?: Parked;
  lastIntent?: IntentName;
  /** The day the last hours question or booking request named: "kalau besoknya?" follows on from it (day-follow-up.ts). */
  day?: DayTalkedAbout;
  pending?: Pending;
  /**
   * The other parts of a message with several questions ("syarat dan alur paspor"), answered once
   * the citizen has answered `after` (the question the first part opened), in order (issue 10, class 9).
   */
  owed?: { readonly after: Pending; readonly requests: readonly Request[] };
  fallbacks: number;
  touchedAt: number;
  /**
   * Set once this session has answered a message. A session without it is new: the bot restarted or
   * the citizen was idle too long, so any question asked before (and a booking draft) is gone.
   */
  replied?: boolean;
}

/** Idle sessions are forgotten after this long, so a stale question is not answered by tomorrow's "1". */
const IDLE_MS = 30 * 60_000;
/** Above this many live sessions the least recently active one is dropped, idle or not (bounded memory). */
const MAX_SESSIONS = 100_000;

/**
 * Live sessions in the order they were last touched (a Map keeps insertion order; a touch
 * re-inserts), so the idle ones are always at the front: expiry pops from the front and stops
 * at the first live one, O(1) amortised per message at any number of sessions (issue 13 item 13).
 */
export class Sessions {
  readonly #sessions = new Map<UserKey, Session>();
  readonly #idleMs: number;
  readonly #max: number;

  constructor(options: { idleMs?: number; max?: number } = {}) {
    this.#idleMs = options.idleMs ?? IDLE_MS;
    this.#max = options.max ?? MAX_SESSIONS;
  }

  get size(): number {
    return this.#sessions.size;
  }

  get(user: UserKey, now: Date): Session {
    const at = now.getTime();
    this.#expire(at);
    const existing = this.#sessions.get(user);
    if (existing) this.#sessions.delete(user);
    // Expired sessions were dropped above, so whatever is still here is live.
    const session: Session = existing ?? { lang: this.#lastLang.get(user) ?? 'id', fallbacks: 0, touchedAt: at };
    session.touchedAt = at;
    this.#lastLang.delete(user);
    this.#sessions.set(user, session);
    if (this.#sessions.size > this.#max) this.#drop(this.#sessions.keys().next().value!);
    return session;
  }

  /** The language of recently expired sessions, so a citizen coming back is not switched to Indonesian. */
  readonly #lastLang = new Map<UserKey, Session['lang']>();

  #expire(at: number): void {
    for (const [user, session] of this.#sessions) {
      if (at - session.touchedAt < this.#idleMs) return;
      this.#drop(user);
    }
  }

  #drop(user: UserKey): void {
    const session = this.#sessions.get(user);
    this.#sessions.delete(user);
    if (session && session.lang !== 'id') this.#lastLang.set(user, session.lang);
    // The language memory is bounded the same way: oldest first.
    if (this.#lastLang.size > this.#max) this.#lastLang.delete(this.#lastLang.keys().next().value!);
  }
}
