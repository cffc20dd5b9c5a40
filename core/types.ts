/**
 * The core's own vocabulary. Adapters translate platform events into `IncomingMessage`
 * and render `Reply`; nothing here knows about Telegram, WhatsApp or lowdb.
 */

/** Where a user talks to us. The prefix is part of every user key (`tg:1001`, `wa:62812…@c.us`). */
export type Channel = 'tg' | 'wa' | 'term';

/** A user across the whole system: channel prefix + the channel's own id. */
export type UserKey = `${Channel}:${string}`;

export type Lang = 'id' | 'en';

/** One message from a citizen or staff member, already stripped of platform detail. */
export interface IncomingMessage {
  readonly from: UserKey;
  /** Empty for media without caption. */
  readonly text: string;
  readonly receivedAt: Date;
  /** Set when the message carried no usable text (sticker, photo, voice note…). */
  readonly media?: 'image' | 'sticker' | 'audio' | 'video' | 'document' | 'location' | 'other';
  /** Display name the platform gave us; only used to suggest a name, never stored unasked. */
  readonly displayName?: string;
}

/**
 * Message kinds are template names. Tools outside the code read them from `npm run simulate`:
 * extend this list, never rename an entry.
 */
export const MESSAGE_KINDS = [
  'answer',
  'clarify',
  'fallback',
  'error',
  'booking_confirmed',
  'booking_cancelled',
  'booking_moved',
  'reminder',
  'turn_soon',
  'turn_now',
  /** The citizen was called but absent; they will be recalled. */
  'turn_missed',
  'staff',
  'not_allowed',
  'announcement',
  'complaint_received',
  'complaint_update',
  'survey',
  'handoff',
  /** The service's day closed before the citizen's number was served (booking/day-end.ts). */
  'day_ended',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** A choice offered with a reply. `value` is what we receive back when it is picked. */
export interface ReplyOption {
  readonly label: string;
  readonly value: string;
}

/** Public, non-personal summary of a booking, attached to `booking_*` replies. */
export interface BookingSummary {
  readonly code: string;
  readonly service: string;
  readonly date: string;
  readonly time: string;
  readonly queueNumber: string;
}

export interface Reply {
  readonly kind: MessageKind;
  readonly text: string;
  readonly options?: readonly ReplyOption[];
  readonly booking?: BookingSummary;
  /**
   * Parts of `text` that a channel with formatting shows in bold (WhatsApp `*…*`): an answer's
   * title and its fee line (issue #12). Each is a substring of one line of `text`; channels
   * that print plain text (Telegram, the terminal) ignore this, so the words stay the same.
   * A part no longer found in `text` (the text was rewritten) is simply not emphasised.
   */
  readonly emphasis?: readonly string[];
  /**
   * The text already lists the options, numbered (a re-asked question, the variant asked after a
   * booking): channels without buttons (WhatsApp, the terminal) print no second list, and Telegram
   * still shows them as buttons. The options are answered by number or name either way.
   */
  readonly numberedInText?: boolean;
}

/** A reply addressed to someone: what reminders, alerts and announcements produce. */
export interface Outgoing extends Reply {
  readonly to: UserKey;
}
