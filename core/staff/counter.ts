/**
 * What happens at a counter, as functions that return what happened: call the next number,
 * call it again, mark it served or absent, hand out a walk-in number. The chat commands
 * (`/next`, `/skip`, `/done`, `/walkin`) and the web console both call these, so alerts
 * (`turn_now`, `turn_soon`, `turn_missed`), the survey and the store behave the same from both.
 *
 * Choosing the next citizen and marking them called happen in one synchronous step (nothing is
 * awaited in between), so two counters calling at once never get the same citizen.
 */
import type { App } from '../app.js';
import { queueLabel } from '../booking/booking-code.js';
import { WALK_IN } from '../booking/bookings.js';
import { EARLY_CALL_MINUTES, skipped, waiting } from '../booking/queue.js';
import { formatTime } from '../format.js';
import { pick, tr } from '../i18n.js';
import { inertLine } from '../inert.js';
import { localParts, toMinutes } from '../local-time.js';
import { maskText } from '../mask.js';
import { langOf, notify } from '../notify.js';
import type { Booking } from '../records.js';
import { agencyOf } from '../service-info.js';
import type { Outgoing, UserKey } from '../types.js';

export { WALK_IN };

/** Who acts, and when. */
export interface CounterActor {
  readonly staff: UserKey;
  readonly now: Date;
}

export type CounterRefusal = 'not_in_scope' | 'nothing_waiting' | 'nothing_called' | 'unknown_service' | 'no_target';

export type CounterResult<T> = { readonly ok: true } & T | { readonly ok: false; readonly reason: CounterRefusal };

export interface Called {
  readonly booking: Booking;
  /** The citizen had been marked absent and is called again. */
  readonly recall: boolean;
  /** Citizens still waiting for this service today. */
  readonly waiting: number;
}

const dateOf = (app: App, now: Date): string => localParts(now, app.settings.timeZone).date;

/**
 * True when `booking`'s slot today begins more than `EARLY_CALL_MINUTES` after `now`: a call then comes before the citizen was
 * asked to be here. Walk-ins are here by definition.
 */
export function calledEarly(app: App, booking: Booking, now: Date): boolean {
  const local = localParts(now, app.settings.timeZone);
  return !booking.walkIn && booking.date === local.date && toMinutes(booking.time) - local.minutes > EARLY_CALL_MINUTES;
}

/** The counter's name: "Loket 2" when given, else the agency's own counter name. */
export function counterName(app: App, service: string, counter?: string): string {
  // "panggil ktp loket 3" types the word too: citizens were sent to "Loket loket 3" (session 44, simulate).
  const typed = counter?.replace(/^\s*(?:loket|lkt|counter)\b\s*/i, '');
  if (typed) return `Loket ${typed}`;
  return pick(agencyOf(app.settings, service)?.counter ?? { id: 'Loket', en: 'Counter' }, 'id');
}

/**
 * The refusal of a counter number the agency does not have, when the settings list its numbers (`counterNumbers`): "/next ktp
 * 99" sent a citizen to "Loket 99" and "/next ktp -1" to "Loket -1" (session 47, a field test). Null when it is one of them.
 */
export function unknownCounter(app: App, service: string, typed: string | undefined, command = `/next ${service}`): string | null {
  const agency = agencyOf(app.settings, service);
  const bare = typed?.replace(/^\s*(?:loket|lkt|counter)\b\s*/i, '').trim();
  if (!agency?.counterNumbers || !bare || agency.counterNumbers.some((n) => n.toLowerCase() === bare.toLowerCase())) return null;
  const list = agency.counterNumbers.join(', ');
  return `Loket ${bare.slice(0, 10)} bukan loket ${pick(agency.name, 'id')} (loketnya: ${list}). Contoh: ${command} ${agency.counterNumbers[0]}`;
}

/**
 * The service and counter of this staff member's latest call today, whatever became of it (served, absent):
 * "/next ktp 3", "/skip", then "/next ktp" or "/next" means the same counter again (issue 11, field leftover:
 * the citizen was sent to the agency's whole floor, "Lantai 1, loket 1–6"). The counter is returned as typed
 * ("3"); undefined when the call named none (the agency's own counter name).
 */
export function lastCall(app: App, actor: CounterActor, service?: string): { service: string; counter: string | undefined } | undefined {
  const date = dateOf(app, actor.now);
  const services = service ? [service] : app.settings.agencies.flatMap((a) => a.services);
  let last: Booking | undefined;
  for (const s of services) {
    for (const b of app.bookings.day(s, date)) {
      if (b.calledBy === actor.staff && b.calledAt && (last?.calledAt === undefined || b.calledAt > last.calledAt)) last = b;
    }
  }
  if (!last) return undefined;
  const typed = last.counter?.startsWith('Loket ') ? last.counter.slice('Loket '.length) : undefined;
  return { service: last.service, counter: typed };
}

/** Who this counter would call next for a service: the first waiting (skipping those transferred to another counter), else the first absent. */
function nextFor(app: App, service: string, date: string, here: string): Booking | undefined {
  return waiting(app.bookings, service, date).find((b) => !b.counter || b.counter === here) ?? skipped(app.bookings, service, date)[0];
}

/**
 * Calls the first waiting citizen (or, when none wait, the first one marked absent); `wanted`: that number of today instead, still
 * waiting or missed. A no-show back at the desk could not be called until the whole queue was empty: "/next KTP-001" was
 * "Layanan tidak dikenal" (session 47, a field test).
 */
export async function callNext(app: App, actor: CounterActor, service: string, counter?: string, wanted?: Booking): Promise<CounterResult<Called>> {
  if (!app.access.canServe(actor.staff, service)) return { ok: false, reason: 'not_in_scope' };
  const date = dateOf(app, actor.now);
  const here = counterName(app, service, counter);
  const current = wanted ? app.bookings.get(wanted.id) : undefined;
  if (wanted && (!current || current.date !== date || (current.status !== 'booked' && current.status !== 'skipped'))) return { ok: false, reason: 'no_target' };
  const next = current ?? nextFor(app, service, date, here);
  if (!next) return { ok: false, reason: 'nothing_waiting' };
  const called = app.bookings.patch(next, { status: 'called', calledAt: actor.now.toISOString(), calledBy: actor.staff, counter: here, ...(next.status === 'skipped' ? { recalled: true } : {}) });
  const alerts = [turnNow(app, called, calledEarly(app, called, actor.now)), ...turnSoon(app, service, date, actor.now)].filter((m) => m.to !== WALK_IN);
  await app.store.flush();
  notify(app, alerts);
  return { ok: true, booking: called, recall: next.status === 'skipped', waiting: waiting(app.bookings, service, date).length };
}

/**
 * A counter serving several services calls whoever has waited longest among them (earliest slot,
 * then booking order); absent citizens only when nobody waits. Choosing and calling happen in one
 * synchronous step, like `callNext`.
 */
export async function callNextAmong(app: App, actor: CounterActor, services: readonly string[], counter?: string): Promise<CounterResult<Called>> {
  const mine = services.filter((s) => app.access.canServe(actor.staff, s));
  if (mine.length === 0) return { ok: false, reason: 'not_in_scope' };
  const date = dateOf(app, actor.now);
  const candidates = mine.flatMap((service) => {
    const next = nextFor(app, service, date, counterName(app, service, counter));
    return next ? [next] : [];
  });
  const rank = (b: Booking): string => `${b.status === 'booked' ? 0 : 1}${b.time}${String(b.seq).padStart(12, '0')}`;
  const best = candidates.sort((a, b) => rank(a).localeCompare(rank(b)))[0];
  return callNext(app, actor, best?.service ?? mine[0]!, counter);
}

/** Calls the current citizen again (they did not hear it): the same `turn_now` alert, nothing else changes. */
export function recallCurrent(app: App, actor: CounterActor): CounterResult<{ readonly booking: Booking }> {
  const current = currentOf(app, actor);
  if (!current) return { ok: false, reason: 'nothing_called' };
  if (current.user !== WALK_IN) notify(app, [turnNow(app, current, calledEarly(app, current, actor.now))]);
  return { ok: true, booking: current };
}

/** The numbers this staff member called today and has not finished, the latest call first. */
export function openCalls(app: App, actor: CounterActor): Booking[] {
  const date = dateOf(app, actor.now);
  const services = new Set(app.settings.agencies.flatMap((a) => a.services));
  return app.bookings
    .calledBy(actor.staff)
    .filter((b) => b.date === date && services.has(b.service))
    .sort((a, b) => (b.calledAt ?? '').localeCompare(a.calledAt ?? '') || b.seq - a.seq);
}

/** The number this staff member called last today and has not finished. */
export function currentOf(app: App, actor: CounterActor): Booking | undefined {
  return openCalls(app, actor)[0];
}

/**
 * Served (`done`: the survey follows) or absent (`skipped`: called again when the queue is empty): `which`, one of this staff
 * member's open calls, or the latest of them.
 */
export async function finishCurrent(app: App, actor: CounterActor, status: 'done' | 'skipped', which?: Booking): Promise<CounterResult<{ readonly booking: Booking; readonly requeued?: boolean }>> {
  const current = which ?? currentOf(app, actor);
  if (!current) return { ok: false, reason: 'nothing_called' };
  // Not here hours before one's slot is not absent: the citizen booked for 13.00, called at 09.00 and skipped, was told to report
  // at once and could no longer cancel or move the booking (session 45, two field tests). The number goes back to the queue,
  // to be called (and told it is soon) nearer its time.
  if (status === 'skipped' && calledEarly(app, current, actor.now)) {
    const back = backToQueue(app, current);
    await app.store.flush();
    if (back.user !== WALK_IN) notify(app, [calledBeforeSlot(app, back)]);
    return { ok: true, booking: back, requeued: true };
  }
  // Missed at the recall too: a final no-show, not called again today (the queue had looped on one person; session 47).
  const patch = status === 'done' ? { status, doneAt: actor.now.toISOString() } : { status, turnSoonSent: true, ...(current.recalled ? { noShow: true } : {}) };
  const updated = app.bookings.patch(current, patch);
  const survey = status === 'done' ? app.surveys.invite(updated) : null;
  await app.store.flush();
  if (updated.user === WALK_IN) return { ok: true, booking: updated };
  if (survey) notify(app, [survey]);
  if (status === 'skipped') notify(app, [turnMissed(app, updated)]);
  return { ok: true, booking: updated };
}

/** A call made before its slot undone: waiting again, and to be told it is soon nearer its time. Not saved: the caller flushes. */
function backToQueue(app: App, booking: Booking): Booking {
  return app.bookings.patch(app.bookings.requeue(booking, { service: booking.service, variant: booking.variant }), { turnSoonSent: false });
}

/**
 * Early calls left open (session 46, a field test): KTP-001, booked for 14.00, was called at 08.00 and the counter went on to the
 * next number without /skip. Half an hour later the citizen, still at home, was thanked for coming and sent the survey; at 13.00
 * the queue read empty and "cek booking" still said "Sedang dipanggil". Such a call, still open when the survey would go out and
 * with no check-in from the citizen, goes back to the queue as /skip would have put it, and the citizen is told the slot stands.
 * Returns the ids put back.
 */
export async function releaseEarlyCalls(app: App, called: readonly Booking[], now: Date, afterMinutes: number): Promise<ReadonlySet<string>> {
  const cutoff = now.getTime() - afterMinutes * 60_000;
  const stale = called.filter((b) => b.status === 'called' && !b.checkedInAt && b.calledAt !== undefined && Date.parse(b.calledAt) <= cutoff && calledEarly(app, b, new Date(b.calledAt)));
  const alerts: Outgoing[] = [];
  for (const booking of stale) {
    const back = backToQueue(app, booking);
    if (back.user !== WALK_IN) alerts.push(calledBeforeSlot(app, back));
  }
  if (stale.length > 0) await app.store.flush();
  notify(app, alerts);
  return new Set(stale.map((b) => b.id));
}

/** A number for someone who came without booking, at the current time, for today. */
export async function walkIn(app: App, actor: CounterActor, service: string, name?: string): Promise<CounterResult<{ readonly booking: Booking }>> {
  if (!app.access.canServe(actor.staff, service)) return { ok: false, reason: 'not_in_scope' };
  const now = localParts(actor.now, app.settings.timeZone);
  const booking = await app.bookings.book({
    user: WALK_IN,
    name: maskText(inertLine(name ?? '')) || 'Walk-in',
    service,
    variant: app.info.service(service)?.defaultVariant ?? 'umum',
    date: now.date,
    time: now.time,
    walkIn: true,
  });
  return { ok: true, booking };
}

export interface TransferTarget {
  /** Another service's queue (a new number there); absent = the same service. */
  readonly service?: string;
  /** Reserve the citizen for that counter's next call ("2" → "Loket 2"). */
  readonly counter?: string;
}

export interface Transferred {
  readonly booking: Booking;
  readonly from: { readonly service: string; readonly queueNumber: number; readonly counter: string | undefined };
}

/**
 * Alihkan: the citizen at this counter goes back into a queue, ahead of later slots (their slot
 * time is kept), for another service and/or reserved for another counter. The citizen is told.
 */
export async function transfer(app: App, actor: CounterActor, target: TransferTarget): Promise<CounterResult<Transferred>> {
  const current = currentOf(app, actor);
  if (!current) return { ok: false, reason: 'nothing_called' };
  const service = target.service ?? current.service;
  const info = app.info.service(service);
  if (!info) return { ok: false, reason: 'unknown_service' };
  if (service === current.service && !target.counter) return { ok: false, reason: 'no_target' };
  const variant = service === current.service ? current.variant : info.defaultVariant;
  const counter = target.counter ? counterName(app, service, target.counter) : undefined;
  const moved = app.bookings.requeue(current, { service, variant, ...(counter ? { counter } : {}) });
  await app.store.flush();
  if (moved.user !== WALK_IN) notify(app, [transferred(app, moved)]);
  return { ok: true, booking: moved, from: { service: current.service, queueNumber: current.queueNumber, counter: current.counter } };
}

/**
 * A message to the citizen holding `booking`, in their language. `text` gets the queue label
 * ("KTP-007") and returns the Indonesian and English wording.
 */
function citizenAlert(app: App, booking: Booking, kind: Outgoing['kind'], text: (label: string) => readonly [id: string, en: string]): Outgoing {
  const [id, en] = text(queueLabel(booking.service, booking.queueNumber));
  return { to: booking.user, kind, text: tr(langOf(app, booking.user), id, en) };
}

function transferred(app: App, booking: Booking): Outgoing {
  const where = booking.counter ?? counterName(app, booking.service);
  return citizenAlert(app, booking, 'turn_soon', (label) => [
    `↪️ Anda dialihkan: nomor Anda sekarang ${label}, ke ${where}. Mohon tunggu, Anda segera dipanggil.`,
    `↪️ You have been transferred: your number is now ${label}, at ${where}. Please wait, you will be called soon.`,
  ]);
}

function turnNow(app: App, booking: Booking, early = false): Outgoing {
  if (early) {
    // Called long before the slot: whoever is already here may come, whoever is not is not late.
    const at = (lang: 'id' | 'en'): string => formatTime(booking.time, app.settings.timeZone, lang);
    return citizenAlert(app, booking, 'turn_now', (label) => [
      `🔔 Nomor ${label} dipanggil ke ${booking.counter}, lebih awal dari jadwal Anda (${at('id')}). Kalau sudah di MPP, silakan ke loket; kalau belum, tidak apa-apa: jadwal Anda tetap, Anda dipanggil lagi nanti.`,
      `🔔 Number ${label} is called to ${booking.counter}, earlier than your slot (${at('en')}). If you are already at the MPP, please go to the counter; if not, that is fine: your slot stands and you will be called again.`,
    ]);
  }
  return citizenAlert(app, booking, 'turn_now', (label) => [`🔔 Giliran Anda! Nomor ${label} silakan menuju ${booking.counter}.`, `🔔 It's your turn! Number ${label}, please go to ${booking.counter}.`]);
}

function calledBeforeSlot(app: App, booking: Booking): Outgoing {
  const at = (lang: 'id' | 'en'): string => formatTime(booking.time, app.settings.timeZone, lang);
  return citizenAlert(app, booking, 'turn_missed', (label) => [
    `Nomor ${label} dipanggil sebelum jadwal Anda, jadi belum kami layani. Tidak apa-apa: jadwal Anda tetap pukul ${at('id')}, dan Anda akan dipanggil lagi.`,
    `Number ${label} was called before your slot, so it was not served yet. That is fine: your slot stays at ${at('en')}, and you will be called again.`,
  ]);
}

function turnMissed(app: App, booking: Booking): Outgoing {
  if (booking.noShow) {
    return citizenAlert(app, booking, 'turn_missed', (label) => [
      `Nomor ${label} sudah dipanggil ulang tetapi Anda belum hadir, jadi tidak dipanggil lagi hari ini. Ketik "booking" untuk jadwal baru.`,
      `Number ${label} was called again but you were not there, so it will not be called again today. Type "book" for a new slot.`,
    ]);
  }
  return citizenAlert(app, booking, 'turn_missed', (label) => [
    `Nomor ${label} sudah dipanggil tetapi Anda belum hadir. Segera lapor ke ${booking.counter ?? 'loket'} untuk dipanggil ulang.`,
    `Number ${label} was called but you were not there. Please report to ${booking.counter ?? 'the counter'} to be called again.`,
  ]);
}

/**
 * Alerts, once each, the bookings that now have `turnSoonAhead` or fewer people before them, and whose slot is near: "Mohon
 * bersiap di dekat loket" at 08.05 to a citizen booked for 11.00 sent them running (session 45, a field test). A later
 * booking is alerted by a later call, nearer its time.
 */
function turnSoon(app: App, service: string, date: string, now: Date): Outgoing[] {
  const queue = waiting(app.bookings, service, date);
  return queue
    .slice(0, app.settings.booking.turnSoonAhead + 1)
    .filter((b) => !b.turnSoonSent && !calledEarly(app, b, now))
    .map((b) => {
      const ahead = queue.findIndex((w) => w.id === b.id);
      app.bookings.patch(b, { turnSoonSent: true });
      return citizenAlert(app, b, 'turn_soon', (label) =>
        ahead === 0
          ? [`⏳ Anda nomor berikutnya (${label}). Mohon bersiap di dekat loket.`, `⏳ You are next (${label}). Please wait near the counter.`]
          : [`⏳ Sebentar lagi giliran Anda: ${ahead} orang lagi sebelum nomor ${label}. Mohon bersiap di dekat loket.`, `⏳ Your turn is coming: ${ahead} more before number ${label}. Please wait near the counter.`],
      );
    });
}
