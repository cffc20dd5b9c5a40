/**
 * Booking reminders: the day before (with the checklist) and shortly before the slot.
 *
 * Due times are stored on each booking; an in-memory index sorted by due time makes a sweep
 * cost O(due), not O(bookings). A reminder is claimed (marked sent and flushed) before it is
 * handed to the channel, so a crash can lose one but never send it twice. After downtime,
 * the sweep on start sends what is still useful and skips what is stale.
 */
import type { Basics } from '../context.js';
import { DueQueue } from '../due-queue.js';
import { tr } from '../i18n.js';
import { localParts, toInstant } from '../local-time.js';
import { langOf, notify } from '../notify.js';
import type { Booking, ReminderKind } from '../records.js';
import type { Outgoing } from '../types.js';
import { bookingCard, type BookingView, checklistBlock } from './booking-replies.js';

interface Due {
  readonly at: number;
  readonly id: string;
  readonly kind: ReminderKind;
}

export type ReminderDeps = Basics & BookingView;

export class Reminders {
  /** Pending reminders by due time. May hold stale entries; they are checked when taken. */
  readonly #queue = new DueQueue<Due>();

  constructor(private readonly app: ReminderDeps) {
    // One entry per pending reminder; no per-entry key set, which cost ~1 s of start-up at 200k.
    const entries: Due[] = [];
    for (const booking of app.store.table('bookings').values()) pendingOf(booking, entries);
    this.#queue.load(entries);
    app.bookings.onChange((booking, previous) => {
      // A booking is saved many times (called, checked in…): queue only reminders that are new
      // or changed, so each is queued once.
      const before = previous ? pendingOf(previous) : [];
      for (const entry of pendingOf(booking)) {
        if (!before.some((b) => b.kind === entry.kind && b.at === entry.at)) this.#queue.insert(entry);
      }
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
  #claim(due: readonly Due[], now: Date): Outgoing[] {
    const { bookings, settings } = this.app;
    const messages: Outgoing[] = [];
    // Latest kind last, so a booking with both due (after downtime) sends only the nearer one.
    const byBooking = new Map<string, Due[]>();
    for (const entry of due) byBooking.set(entry.id, [...(byBooking.get(entry.id) ?? []), entry]);
    for (const [id, entries] of byBooking) {
      let booking = bookings.get(id);
      if (!booking || booking.status !== 'booked') continue;
      const slotStart = toInstant(booking.date, booking.time, settings.timeZone).getTime();
      const live = entries.filter((e) => booking!.reminders.some((r) => r.kind === e.kind && r.state === 'pending' && Date.parse(r.at) === e.at));
      const send = live.at(-1);
      for (const entry of live) {
        const useful = entry === send && now.getTime() < slotStart;
        booking = bookings.markReminder(booking, entry.kind, useful ? 'sent' : 'skipped');
        if (useful) messages.push(this.#message(booking, entry.kind, now));
      }
    }
    return messages;
  }

  #message(booking: Booking, kind: ReminderKind, now: Date): Outgoing {
    const lang = langOf(this.app, booking.user);
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

/** A plain loop, not filter + map: it runs for every booking at start-up (issue 13 item 4). */
function pendingOf(booking: Booking, into: Due[] = []): Due[] {
  if (booking.status !== 'booked') return into;
  for (const r of booking.reminders) if (r.state === 'pending') into.push({ at: Date.parse(r.at), id: booking.id, kind: r.kind });
  return into;
}

