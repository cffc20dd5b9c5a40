/**
 * Rows the core keeps in the store. Personal data is limited to what a booking needs:
 * the chat id (to answer) and the name the citizen gave (for the counter). No NIK, no phone.
 */
import type { Lang, Outgoing, UserKey } from './types.js';

export interface UserProfile {
  /** The user key. */
  readonly id: UserKey;
  readonly name?: string;
  readonly lang?: Lang;
  /** Set when the channel told us the user blocked the bot. */
  readonly unreachableAt?: string;
  /** Opted in to general announcements (a booking alone never implies this). */
  readonly subscribedAt?: string;
  /** Followed topics (service or agency ids); empty or absent = all announcements. */
  readonly topics?: readonly string[];
  readonly createdAt: string;
}

export type BookingStatus = 'booked' | 'called' | 'skipped' | 'done' | 'cancelled';

export type ReminderKind = 'day_before' | 'hour_before';

export interface ReminderState {
  readonly kind: ReminderKind;
  /** UTC ISO instant it falls due. */
  readonly at: string;
  readonly state: 'pending' | 'sent' | 'skipped';
}

export interface Booking {
  /** Internal id, unique forever. */
  readonly id: string;
  /** Short code the citizen sees and types (`LY-7KQ2M`); stays the same when moved. */
  readonly code: string;
  readonly user: UserKey;
  /** Name for the counter, as given by the citizen. */
  readonly name: string;
  readonly service: string;
  readonly variant: string;
  /**
   * Booked before the citizen said which variant (it changes neither counter nor slot, issue 10
   * class 4): `variant` is the service's default until they pick, and the checklist says so.
   */
  readonly variantOpen?: boolean;
  /** MPP-local slot: YYYY-MM-DD and HH:MM. */
  readonly date: string;
  readonly time: string;
  /** Per service and day, in booking order: 1, 2, 3… */
  readonly queueNumber: number;
  /** Global booking order; ties in the queue are broken by it. */
  readonly seq: number;
  readonly status: BookingStatus;
  readonly walkIn: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly reminders: readonly ReminderState[];
  readonly turnSoonSent: boolean;
  readonly checkedInAt?: string;
  /** Staff were told this checked-in citizen waits uncalled (booking/waiting-uncalled.ts): once. */
  readonly waitAlerted?: boolean;
  readonly calledAt?: string;
  readonly calledBy?: UserKey;
  /** Called again after being missed once (the counter's recall). */
  readonly recalled?: boolean;
  /** Missed at the recall too: not called again that day (session 47: /skip and /next looped on one no-show). */
  readonly noShow?: boolean;
  readonly counter?: string;
  readonly doneAt?: string;
  /**
   * Who cancelled it: the citizen in the chat, or MPP staff (`/batalkan`) with the reason they typed, if any.
   * So "kenapa dibatalkan?" gets the real answer (issue 11, field test); absent on bookings cancelled before.
   */
  readonly cancelledBy?: 'citizen' | 'staff';
  readonly cancelReason?: string;
}

/** Monotonic counters: queue numbers per service-day, the global booking sequence. */
export interface Counter {
  readonly id: string;
  readonly value: number;
}

/**
 * A day staff closed after the settings were written (booking/closures.ts): one service's system down, its officer away, or the
 * whole MPP flooded. id = `${date}|${services joined by ","}` (or `${date}|*` for the whole MPP): one entry a day and reach.
 */
export interface DeclaredClosure {
  readonly id: string;
  readonly date: string;
  /** Absent: the whole MPP. */
  readonly services?: readonly string[];
  /** As staff typed it; citizens read it in both languages. */
  readonly reason: string;
  readonly declaredBy: UserKey;
  readonly declaredAt: string;
}

/** A service's day whose unserved citizens were told it closed; id = `${service}|${date}` (booking/day-end.ts). */
export interface DayEnd {
  readonly id: string;
  readonly at: string;
  /** Citizens told. */
  readonly told: number;
}

/** What staff asked to close, held while their preview waits for "ya" (staff/closure-commands.ts). */
export interface ClosureDraft {
  readonly date: string;
  /** Absent: the whole MPP. */
  readonly service?: string;
  readonly reason: string;
}

/** Who an announcement goes to. */
export type Audience =
  /** Everyone who opted in (optionally only followers of one topic: a service or agency id). */
  | { readonly kind: 'subscribers'; readonly topic?: string }
  /** Citizens with an active booking for that service on that day (closure, outage). */
  | { readonly kind: 'booked'; readonly service: string; readonly date: string }
  /** Citizens with an active booking of any service on that day ("/announce semua 2026-11-24 …": the whole MPP's day). */
  | { readonly kind: 'bookedDay'; readonly date: string };

export interface Announcement {
  readonly id: string;
  readonly createdBy: UserKey;
  readonly createdAt: string;
  readonly text: string;
  readonly audience: Audience;
  /** draft: previewed, waiting for the staff member's confirmation. */
  readonly status: 'draft' | 'sending' | 'done' | 'cancelled';
  /** Recipients snapshotted when the announcement was confirmed. */
  readonly total: number;
  readonly confirmedAt?: string;
  readonly finishedAt?: string;
}

/** One recipient of one announcement; id = `${announcementId}|${user}`. */
export interface Delivery {
  readonly id: string;
  readonly announcement: string;
  readonly user: UserKey;
  /**
   * sending: claimed and flushed before the channel call; found after a crash it means
   * "maybe delivered" and is never retried (no second copies).
   */
  readonly status: 'pending' | 'sending' | 'sent' | 'failed' | 'unreachable' | 'unknown';
  readonly attempts: number;
  readonly nextAttemptAt?: string;
  readonly lastError?: string;
  readonly updatedAt: string;
}

export type ComplaintCategory = 'staff_conduct' | 'pungli' | 'waiting_time' | 'facilities' | 'service_quality' | 'suggestion' | 'other';

/** A complaint (pengaduan); id is the ticket number the citizen sees (`ADU-0007`). */
export interface Complaint {
  readonly id: string;
  /** Null when the citizen asked to stay anonymous: then no reply can reach them either. */
  readonly user: UserKey | null;
  readonly category: ComplaintCategory;
  readonly service?: string;
  /** When it happened, as the citizen said it (a date if we understood one). */
  readonly happenedOn?: string;
  readonly text: string;
  readonly hasPhoto: boolean;
  readonly status: 'open' | 'answered' | 'closed';
  readonly createdAt: string;
  /** Answer due by (settings.complaints.responseDays working days). */
  readonly dueAt: string;
  readonly answers: readonly { readonly by: UserKey; readonly at: string; readonly text: string }[];
  /** What the citizen wrote back after an answer (masked), relayed to the handlers; absent until they do. */
  readonly replies?: readonly { readonly at: string; readonly text: string }[];
  readonly overdueNotifiedAt?: string;
  /** Anonymous tickets: SHA-256 of the secret word given once to the reporter; ticket + word reads it. */
  readonly secretHash?: string;
}

/** One visit's satisfaction survey (SKM, Permenpan RB 14/2017); id = the booking id. Holds no personal data. */
export interface SurveyResponse {
  readonly id: string;
  readonly service: string;
  /** Visit date, YYYY-MM-DD (MPP time). */
  readonly date: string;
  /** The 9 elements (unsur) in the regulation's order; 1–4, null = not answered yet. */
  readonly scores: readonly (1 | 2 | 3 | 4 | null)[];
  /** `withdrawn`: sent while the visit was still at the counter, taken back on the citizen's word (survey.ts); invited again on /done. */
  readonly status: 'asked' | 'completed' | 'skipped' | 'withdrawn';
  readonly askedAt: string;
  readonly completedAt?: string;
}

/** A citizen talking to a person instead of the bot; id is `H-0001`. */
export interface Handoff {
  readonly id: string;
  readonly user: UserKey;
  readonly status: 'open' | 'ended';
  readonly startedAt: string;
  readonly lastActivityAt: string;
  /** The staff member who answered first. */
  readonly staff?: UserKey;
  readonly endedAt?: string;
  /** When staff were reminded that this handoff still waits for a first answer (once). */
  readonly staffRemindedAt?: string;
  /** Since when the citizen's last message waits for a staff reply (absent once staff answered it). */
  readonly citizenWaitingSince?: string;
  /** The `citizenWaitingSince` staff were last reminded of: one reminder per unanswered message. */
  readonly remindedOfWait?: string;
}

/** Staff added at run time by an admin (on top of the settings file); id = user key. */
export interface StaffMember {
  readonly id: UserKey;
  /** `dashboard`: sees the MPP head's statistics page only, runs no staff command. */
  readonly role: 'staff' | 'admin' | 'dashboard';
  /** Services this member may call; absent = all. */
  readonly services?: readonly string[];
  readonly addedBy: UserKey;
  readonly addedAt: string;
}

/**
 * A message a channel could not deliver (issue 14). `pending` ones failed for a temporary reason
 * and are retried in `seq` order per chat when the channel is healthy again; `failed` ones were
 * refused for good (blocked, too long) and keep only the reason, not the text.
 */
export interface OutboxEntry {
  /** `seq`, zero-padded, so ids sort in send order. */
  readonly id: string;
  readonly seq: number;
  readonly to: UserKey;
  readonly state: 'pending' | 'failed';
  readonly message?: Outgoing;
  readonly kind: string;
  readonly attempts: number;
  /** The last delivery error: `CODE: message`. */
  readonly reason?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * A platform update recorded before it is acknowledged (issue 14): after a crash the
 * `received` ones are answered, and an id seen before is never answered twice.
 */
export interface InboundUpdate {
  /** `tg:<update_id>`. */
  readonly id: string;
  readonly state: 'received' | 'answered';
  /** The update as the platform sent it; dropped once answered. */
  readonly payload?: unknown;
  readonly receivedAt: string;
}

/**
 * A message the bot did not understand (`fallback` or `clarify` reply), kept for staff to file as an
 * example (`/belajar`). Masked before storage: NIKs, phone numbers and names never reach this table.
 * Old rows go (core/learning/misses.ts retention).
 */
export interface Miss {
  /** Sequence number as text ("17"): what staff type in `/belajar 17 cost paspor`. */
  readonly id: string;
  readonly at: string;
  readonly text: string;
  /** The NLU's best guesses at the time, best first. */
  readonly guesses: readonly { readonly intent: string; readonly score: number }[];
  readonly service: string | null;
  /** Set once staff filed it. */
  readonly filed?: { readonly intent: string; readonly service: string | null; readonly by: string; readonly at: string };
}

/**
 * Wrong booking codes or complaint tickets one user typed (issue 13 item 12): kept in the store so a
 * restart does not forgive a guesser. One row per user; gone once `expiresAt` has passed.
 */
export interface GuessLog {
  /** The user key. */
  readonly id: string;
  /** When each wrong try happened (UTC ISO), oldest first. */
  readonly at: readonly string[];
  /** The newest try plus the window: after this the row means nothing. */
  readonly expiresAt: string;
}

/** Table name → row type: the shape of Layani's store. */
export interface LayaniTables {
  users: UserProfile;
  bookings: Booking;
  counters: Counter;
  announcements: Announcement;
  deliveries: Delivery;
  complaints: Complaint;
  surveys: SurveyResponse;
  handoffs: Handoff;
  staff: StaffMember;
  misses: Miss;
  outbox: OutboxEntry;
  inbound: InboundUpdate;
  guesses: GuessLog;
  closures: DeclaredClosure;
  dayEnds: DayEnd;
  [name: string]: { readonly id: string };
}
