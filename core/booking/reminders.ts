/**
 * Booking reminders: the day before (with the checklist) and shortly before the slot.
 *
 * Due times are stored on each booking; an in-memory index sorted by due time makes a sweep
 * cost O(due), not O(bookings). A reminder is claimed (marked sent and flushed) before it is
 * handed to the channel, so a crash can lose one but never send it twice. After downtime,
 * the sweep on start sends what is still useful and skips what is stale.
 */
import type { Basics } from '../context.js';
import { type DueEntry, DueQueue } from '../due-queue.js';
import { formatDate } from '../format.js';
import { pick, tr } from '../i18n.js';
import { instantMs, localParts, toInstant } from '../local-time.js';
import { langOf, notify } from '../notify.js';
import type { Booking, ReminderKind } from '../records.js';
import type { Lang, Outgoing } from '../types.js';
import { bookingCard, type BookingView, checklistBlock } from './booking-replies.js';
import { closureFor } from './slots.js';

export type ReminderDeps = Basics & BookingView;

export class Reminders {
  /**
   * Booking ids by the due time of a pending reminder; the reminder is the booking's pending one
   * due then. May hold stale entries; they are checked when taken. The id is the row's own
   * string: no object per entry (200k at 100k bookings, all marked by every major GC).
   */
  readonly #queue = new DueQueue<string>();

  constructor(private readonly app: ReminderDeps) {
    // One entry per pending reminder; no per-entry key set, which cost ~1 s of start-up at 200k.
    const ats: number[] = [];
    const ids: string[] = [];
    for (const booking of app.store.table('bookings').values()) pendingOf(booking, ats, ids);
    this.#queue.load(ats, ids);
    app.bookings.onChange((booking, previous) => {
      // A booking is saved many times (called, checked in…): queue only reminders that are new
      // or changed, so each is queued once.
      const before = previous ? pendingOf(previous) : [];
      for (const at of pendingOf(booking)) if (!before.includes(at)) this.#queue.insert(at, booking.id);
    });
  }

  get pending(): number {
    return this.#queue.length;
  }

  /** Sends every reminder due at `now`. Returns how many were sent. */
  async sweep(): Promise<number> {
    const now = this.app.clock.now();
    const due = this.#queue.takeDue(now.getTime());
    if (due.length === 0) return 0;
    const messages = this.#claim(due, now);
    await this.app.store.flush();
    notify(this.app, messages);
    return messages.length;
  }

  /** Marks the due reminders as sent (or skipped) in memory and builds the messages. */
  #claim(due: readonly DueEntry<string>[], now: Date): Outgoing[] {
    const { bookings, settings } = this.app;
    const messages: Outgoing[] = [];
    const byBooking = new Map<string, number[]>();
    for (const { at, value: id } of due) byBooking.set(id, [...(byBooking.get(id) ?? []), at]);
    for (const [id, ats] of byBooking) {
      let booking = bookings.get(id);
      if (!booking || booking.status !== 'booked') continue;
      const slotStart = toInstant(booking.date, booking.time, settings.timeZone).getTime();
      // Latest last, so a booking with both due (after downtime) sends only the nearer one.
      const live = booking.reminders.filter((r) => r.state === 'pending' && ats.includes(instantMs(r.at)));
      live.sort((a, b) => instantMs(a.at) - instantMs(b.at));
      const send = live.at(-1);
      for (const reminder of live) {
        const useful = reminder === send && now.getTime() < slotStart;
        booking = bookings.markReminder(booking, reminder.kind, useful ? 'sent' : 'skipped');
        if (useful) messages.push(this.#message(booking, reminder.kind, now));
      }
    }
    return messages;
  }

  /**
   * The reminder of a day closed since it was booked (staff's `/tutuplayanan`, a holiday added): "see you tomorrow" would send
   * the citizen to a shut counter, and the closure notice may not have reached them.
   */
  #closedDay(booking: Booking, reason: string, lang: Lang): Outgoing {
    const when = formatDate(booking.date, lang);
    return {
      to: booking.user,
      kind: 'reminder',
      text: [
        tr(lang, `⚠️ Layanan pada jadwal Anda tutup (${when}: ${reason}). Booking ini tidak dapat dilayani hari itu.`, `⚠️ The service is closed on your booked day (${when}: ${reason}). This booking cannot be served that day.`),
        bookingCard(this.app, booking, lang),
        tr(lang, 'Balas "ganti jadwal" untuk hari lain, atau "batal booking".', 'Reply "reschedule" for another day, or "cancel booking".'),
      ].join('\n\n'),
      options: [
        { label: tr(lang, 'Ganti jadwal', 'Reschedule'), value: `ganti jadwal ${booking.code}` },
        { label: tr(lang, 'Batalkan', 'Cancel'), value: `batal booking ${booking.code}` },
      ],
    };
  }

  #message(booking: Booking, kind: ReminderKind, now: Date): Outgoing {
    const lang = langOf(this.app, booking.user);
    const closed = closureFor(this.app.settings, booking.service, booking.date);
    if (closed) return this.#closedDay(booking, pick(closed.reason, lang), lang);
    // After downtime a day-before reminder can go out on the day itself: then it says so (issue 13 item 14).
    const today = localParts(now, this.app.settings.timeZone).date === booking.date;
    const head =
      kind !== 'day_before'
        ? tr(lang, '⏰ Pengingat: jadwal layanan Anda sebentar lagi.', '⏰ Reminder: your appointment is coming up soon.')
        : today
          ? tr(lang, '⏰ Pengingat: hari ini Anda punya jadwal layanan.', '⏰ Reminder: you have an appointment today.')
          : tr(lang, '⏰ Pengingat: besok Anda punya jadwal layanan.', '⏰ Reminder: you have an appointment tomorrow.');
    const parts = [head, bookingCard(this.app, booking, lang)];
    if (kind === 'day_before') parts.push(checklistBlock(this.app, booking, lang));
    parts.push(tr(lang, 'Berhalangan? Balas "ganti jadwal" atau "batal booking".', 'Can’t make it? Reply "reschedule" or "cancel booking".'));
    return {
      to: booking.user,
      kind: 'reminder',
      text: parts.join('\n\n'),
      options: [
        { label: tr(lang, 'Ganti jadwal', 'Reschedule'), value: `ganti jadwal ${booking.code}` },
        { label: tr(lang, 'Batalkan', 'Cancel'), value: `batal booking ${booking.code}` },
      ],
    };
  }
}

/**
 * Due times of the booking's pending reminders (and its id beside each, when `ids` is given).
 * A plain loop, not filter + map: it runs for every booking at start-up (issue 13 item 4).
 */
function pendingOf(booking: Booking, ats: number[] = [], ids?: string[]): number[] {
  if (booking.status !== 'booked') return ats;
  for (const r of booking.reminders) {
    if (r.state !== 'pending') continue;
    ats.push(instantMs(r.at));
    ids?.push(booking.id);
  }
  return ats;
}

