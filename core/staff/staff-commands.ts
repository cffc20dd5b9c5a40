/**
 * Counter staff commands. Only ids listed as staff may run them; anyone else gets
 * `not_allowed` and nothing changes. Calling a number alerts the citizen (`turn_now`)
 * and everyone who is now close (`turn_soon`, once per booking).
 */
import type { App, Turn } from '../app.js';
import { audit } from '../audit.js';
import { queueLabel, typedQueueLabel } from '../booking/booking-code.js';
import { summary } from '../booking/booking-replies.js';
import { closureFor } from '../booking/slots.js';
import { computeIkm, filterResponses, formatIkm, parsePeriod } from '../care/ikm.js';
import { formatDate, formatTime } from '../format.js';
import { pick, tr } from '../i18n.js';
import { localParts } from '../local-time.js';
import { maskText } from '../mask.js';
import { langOf, notify } from '../notify.js';
import type { Booking } from '../records.js';
import type { Choice } from '../session.js';
import type { Reply } from '../types.js';
import { wordTable } from '../word-table.js';
import { announce } from './announce-commands.js';
import { closeService, closesService, reopenService } from './closure-commands.js';
import { calledEarly, callNext, type CounterActor, counterName, finishCurrent, lastCall, openCalls, transfer, unknownCounter, WALK_IN, walkIn } from './counter.js';
import { learningCommand } from './learning-commands.js';
import { notYours, refuseOutOfScope } from './scope.js';
import { dayTyped, serviceTyped } from './typed-words.js';

const QUEUE_COMMANDS = new Set(['next', 'skip', 'done', 'queue', 'today', 'walkin', 'alihkan', 'transfer', 'console', 'konsol', 'console-link', 'balas', 'selesai', 'announce', 'umumkan', 'ikm', 'batalkan', 'belajar', 'tutuplayanan', 'bukalayanan']);
/** Managing staff is for admins only. */
const ADMIN_COMMANDS = new Set(['staff']);
/** Complaint handling is for the complaint handlers (and admins), not every counter. */
const COMPLAINT_COMMANDS = new Set(['jawab', 'reply', 'tutup', 'close', 'pengaduan', 'complaints']);
export const STAFF_COMMANDS = new Set([...QUEUE_COMMANDS, ...COMPLAINT_COMMANDS, ...ADMIN_COMMANDS]);
/**
 * The counter's words for the queue commands, which staff type first ("/panggil ktp", "/antrian"): both were "Perintah tidak
 * dikenal" (session 41, `npm run simulate`). Read as aliases for staff only: a citizen's "/antrian" is no staff command.
 */
export const STAFF_ALIASES: Readonly<Record<string, string>> = wordTable({ panggil: 'next', antrian: 'queue', antrean: 'queue', lewati: 'skip', hariini: 'today' });

function isAllowed(app: App, user: Turn['user'], command: string): boolean {
  if (COMPLAINT_COMMANDS.has(command)) return app.complaints.isHandler(user);
  if (ADMIN_COMMANDS.has(command)) return app.access.isAdmin(user);
  return app.access.isStaff(user);
}

export const USAGE =
  'Perintah petugas:\n/next LAYANAN [LOKET] (atau /panggil) — panggil nomor berikutnya (tanpa loket: loket panggilan terakhir Anda; /next saja: layanan itu juga)\n/next NOMOR [LOKET] — panggil nomor itu, mis. /next KTP-001 untuk yang tadi tidak hadir\n/skip (atau /lewati) — tandai nomor yang dipanggil tidak hadir (dipanggil ulang nanti)\n/done (atau /selesai) — selesai melayani\n/queue [LAYANAN] [TANGGAL] (atau /antrian) — antrean hari ini atau tanggal itu (tanpa layanan: layanan panggilan terakhir Anda, atau ringkasan)\n/today (atau /hariini) — ringkasan hari ini\n/walkin LAYANAN [NAMA] — nomor untuk pengunjung tanpa booking\n/alihkan [LAYANAN] [LOKET] — alihkan nomor yang dipanggil ke layanan atau loket lain\n/console — tautan masuk konsol loket di browser\n/balas H-0001 TEKS, /selesai H-0001 — percakapan dengan warga\n/pengaduan, /jawab ADU-0001 TEKS, /tutup ADU-0001 — pengaduan\n/announce — pengumuman (ketik /announce untuk caranya)\n/ikm [LAYANAN] [PERIODE] — indeks kepuasan (mis. /ikm ktp 2026-11)\n/batalkan KODE atau NOMOR [TANGGAL] [ALASAN] — batalkan booking atas permintaan warga\n/tutuplayanan LAYANAN TANGGAL ALASAN, /bukalayanan LAYANAN TANGGAL — tutup atau buka layanan pada satu hari\n/belajar — pesan yang belum dipahami bot, dan mengajarinya';

const staffReply = (text: string): Reply => ({ kind: 'staff', text });

/** The commands as this staff member may use them: /help listed the complaint commands to counters they refuse (session 46). */
export function staffUsage(app: App, user: Turn['user']): string {
  return app.complaints.isHandler(user) ? USAGE : USAGE.split('\n').filter((line) => !line.startsWith('/pengaduan')).join('\n');
}

export async function runStaffCommand(app: App, turn: Turn, typed: string, args: string[]): Promise<Reply> {
  // "/tutup ktp besok …" closes a service's day, as "/tutup ADU-0001" closes a complaint: the service named decides.
  const command = (typed === 'tutup' || typed === 'close') && closesService(app, turn, args) ? 'tutuplayanan' : typed;
  const allowed = isAllowed(app, turn.user, command);
  // Every staff action and every refused attempt goes to the append-only audit log.
  auditCommand(app, turn, command, args, { allowed });
  if (!allowed) {
    await app.store.flush();
    app.logger.warn('staff_command_refused', { user: turn.user, command });
    // Staff refused a command of another role are told whose it is, not that it is for staff.
    if (app.access.isStaff(turn.user)) {
      const whose = COMPLAINT_COMMANDS.has(command) ? 'petugas pengaduan dan admin' : 'admin';
      return { kind: 'not_allowed', text: `Perintah /${command} hanya untuk ${whose}. Perintah Anda: /help.` };
    }
    return {
      kind: 'not_allowed',
      text: tr(turn.lang, 'Maaf, perintah itu hanya untuk petugas MPP. Ketik "menu" untuk melihat yang bisa saya bantu.', 'Sorry, that command is for MPP staff only. Type "menu" to see what I can do for you.'),
    };
  }
  app.logger.info('staff_command', { user: turn.user, command });
  // A new command lets go of a preview still waiting for "ya": "/tutuplayanan ktp besok …", then "/tutuplayanan sim besok"
  // (refused: no reason), then "ya" closed KTP, the service the staff member had just corrected (session 47, a field test).
  const waiting = turn.session.pending?.kind;
  if (waiting === 'announce' || waiting === 'closure' || waiting === 'staffCancel') turn.session.pending = undefined;
  const reply = await dispatch(app, turn, command, args);
  if (reply.kind === 'not_allowed') {
    // Refused inside the command: a service outside the caller's scope (issue 13 item 8).
    auditCommand(app, turn, command, args, { allowed: false, reason: 'out_of_scope' });
    app.logger.warn('staff_command_out_of_scope', { user: turn.user, command });
  }
  await app.store.flush();
  return reply;
}

function auditCommand(app: App, turn: Turn, command: string, args: string[], verdict: { allowed: boolean; reason?: string }): void {
  audit(app.store, turn.now, { who: turn.user, action: command, args: args.join(' ').slice(0, 200), ...verdict });
}

async function dispatch(app: App, turn: Turn, command: string, args: string[]): Promise<Reply> {
  switch (command) {
    case 'next':
      return next(app, turn, args);
    case 'skip':
      return finish(app, turn, 'skipped', args);
    case 'done':
      return finish(app, turn, 'done', args);
    case 'queue':
      return showQueue(app, turn, args);
    case 'today':
      return today(app, turn);
    case 'walkin':
      return addWalkIn(app, turn, args);
    case 'alihkan':
    case 'transfer':
      return transferCurrent(app, turn, args);
    case 'console':
    case 'konsol':
    case 'console-link':
      return consoleLink(app, turn);
    // "/selesai" alone is the counter's "done" in Indonesian: it was "Percakapan tidak ditemukan" (session 44, simulate). With a
    // queue number ("KTP-002", "kk3") it is that number's done; with a ticket ("H-0001", "h1", "1") it ends a conversation.
    case 'selesai':
      return args.length === 0 || typedQueueLabel(args[0] ?? '') !== null ? finish(app, turn, 'done', args) : handoffCommand(app, turn, command, args);
    case 'balas':
      return handoffCommand(app, turn, command, args);
    case 'jawab':
    case 'reply':
    case 'tutup':
    case 'close':
      return complaintCommand(app, turn, command, args);
    case 'pengaduan':
    case 'complaints':
      return staffReply(app.complaints.handlerList());
    case 'staff':
      return manageStaff(app, turn, args);
    case 'announce':
    case 'umumkan':
      return announce(app, turn, args);
    case 'ikm':
      return ikm(app, turn, args);
    case 'batalkan':
      return cancelForCitizen(app, turn, args);
    case 'belajar':
      return learningCommand(app, turn, args);
    case 'tutuplayanan':
      return closeService(app, turn, args);
    case 'bukalayanan':
      return reopenService(app, turn, args);
    default:
      return staffReply(staffUsage(app, turn.user));
  }
}

const todayOf = (app: App, turn: Turn): string => localParts(turn.now, app.settings.timeZone).date;

/**
 * Today's booking whose queue number staff typed ("KTP-001", "ktp-1", "ktp001"), any status. Not "ktp2": after /next that is the
 * service and counter 2 run together, as counters type them.
 */
const NUMBER_TYPED = /^[a-z_]+(?:-\d{1,4}|\d{3,4})$/i;
function typedNumberToday(app: App, turn: Turn, typed: string | undefined): Booking | undefined {
  const label = typed && NUMBER_TYPED.test(typed) ? typedQueueLabel(typed) : null;
  if (!label) return undefined;
  const date = todayOf(app, turn);
  return app.bookings.onDay(date).find((b) => queueLabel(b.service, b.queueNumber) === label && b.status !== 'cancelled');
}

async function next(app: App, turn: Turn, args: string[]): Promise<Reply> {
  const actor = actorOf(turn);
  // "/next KTP-001 [LOKET]": that number, a no-show back at the desk (session 47, a field test).
  const wanted = typedNumberToday(app, turn, args[0]);
  if (wanted) return callNumber(app, turn, wanted, args.slice(1).join(' '));
  const label = args[0] && NUMBER_TYPED.test(args[0]) ? typedQueueLabel(args[0]) : null;
  if (label) return staffReply(`Nomor ${label} tidak ada hari ini. Lihat /queue untuk nomor yang ada.`);
  // "/next" or "/next 4" after a call today: the same service; "/next ktp": the same counter as the last call.
  const counterOnly = args.length <= 1 && /^\d*$/.test(args[0] ?? '');
  const service = counterOnly ? (lastCall(app, actor)?.service ?? null) : serviceTyped(app, turn, args[0]);
  if (!service) return staffReply(`Layanan tidak dikenal. Contoh: /next ktp 2\n\n${staffUsage(app, turn.user)}`);
  const shut = closedToday(app, turn, service);
  if (shut) return shut;
  const typed = counterOnly ? args[0] : args.slice(1).join(' ');
  const unknown = unknownCounter(app, service, typed);
  if (unknown) return staffReply(unknown);
  const counter = typed || freeCounter(app, actor, service) || lastCall(app, actor, service)?.counter;
  // Still open at the counter being called to: a second "/next ktp 1" sent two citizens to one counter without a word (session
  // 46, a field test). The call goes out, as the staff asked; they are told what is still open there.
  const here = counterName(app, service, counter);
  // Anyone's open call at that counter, of any service: tg:900's KTP and tg:901's KK were both sent to Loket 1 without a word
  // (session 47, a field test); only this staff member's own calls had been looked at.
  const stillOpen = app.bookings.onDay(todayOf(app, turn)).filter((b) => b.status === 'called' && b.counter === here);
  const result = await callNext(app, actor, service, counter);
  if (!result.ok) return result.reason === 'not_in_scope' ? notYours(app, turn, service) : staffReply(`Tidak ada antrean ${service} yang menunggu.`);
  const { booking, recall, waiting } = result;
  // No counter typed, none called from today: the citizen was sent to the agency's whole floor ("Lantai 1, loket 1–6") and did not
  // know which of six to go to (session 46, a field test). The call stands; the counter is asked to name itself next time.
  const noCounter = counter === undefined ? `\n⚠️ Tanpa nomor loket: warga diarahkan ke "${booking.counter}". Sebutkan loket Anda, misalnya /next ${service} 2.` : '';
  const open = stillOpen.map((b) => queueLabel(b.service, b.queueNumber));
  const openNote = open.length > 0 ? `\n⚠️ ${open.join(', ')} di ${here} belum ditutup: /done ${open[0]} bila sudah dilayani, /skip ${open[0]} bila tidak hadir.` : '';
  return staffReply(`📣 ${queueLabel(service, booking.queueNumber)}${recall ? ' (panggilan ulang)' : ''} — ${booking.name} → ${booking.counter}. Menunggu: ${waiting}.${earlyNote(app, turn, booking)}${openNote}${noCounter}`);
}

async function callNumber(app: App, turn: Turn, wanted: Booking, typedCounter: string): Promise<Reply> {
  const actor = actorOf(turn);
  const label = queueLabel(wanted.service, wanted.queueNumber);
  const shut = closedToday(app, turn, wanted.service);
  if (shut) return shut;
  if (wanted.status === 'called') return staffReply(`${label} sedang dipanggil${wanted.counter ? ` ke ${wanted.counter}` : ''}. Selesaikan dengan /done ${label} atau /skip ${label}.`);
  if (wanted.status === 'done') return staffReply(`${label} sudah selesai dilayani hari ini.`);
  const unknown = unknownCounter(app, wanted.service, typedCounter);
  if (unknown) return staffReply(unknown);
  const counter = typedCounter || lastCall(app, actor, wanted.service)?.counter;
  const result = await callNext(app, actor, wanted.service, counter, wanted);
  if (!result.ok) return result.reason === 'not_in_scope' ? notYours(app, turn, wanted.service) : staffReply(`${label} tidak bisa dipanggil sekarang.`);
  const { booking, recall, waiting } = result;
  return staffReply(`📣 ${label}${recall ? ' (panggilan ulang)' : ''} — ${booking.name} → ${booking.counter}. Menunggu: ${waiting}.${earlyNote(app, turn, booking)}`);
}

/**
 * A service closed today (staff's /tutuplayanan, or the settings): no call and no walk-in number. Its bookers had been told three
 * times it was closed, then got "Giliran Anda!" and the survey (session 47, a field test). Reopening is one command away.
 */
function closedToday(app: App, turn: Turn, service: string): Reply | null {
  const closed = closureFor(app.settings, service, todayOf(app, turn));
  if (!closed) return null;
  return staffReply(`🚫 ${service} ditutup hari ini (${pick(closed.reason, 'id')}); warga yang booking sudah diberi tahu. Bila ternyata buka: /bukalayanan ${service} hari ini, lalu panggil lagi.`);
}

/**
 * The counter a bare "/next" goes to: of the counters this staff member called to today, the latest that nobody is being served
 * at. "/next ktp 2", "/next ktp 1", "/done" at Loket 1, then "/next" sent the next citizen to Loket 2, still busy (the two calls
 * had the same second; session 47, a field test).
 */
function freeCounter(app: App, actor: CounterActor, service: string): string | undefined {
  const today = localParts(actor.now, app.settings.timeZone).date;
  const day = app.bookings.day(service, today);
  const busy = new Set(day.filter((b) => b.status === 'called').map((b) => b.counter));
  const mine = day.filter((b) => b.calledBy === actor.staff && b.calledAt && b.counter?.startsWith('Loket ')).sort((a, b) => (b.calledAt ?? '').localeCompare(a.calledAt ?? ''));
  return mine.find((b) => !busy.has(b.counter))?.counter?.slice('Loket '.length);
}

/**
 * A number called long before its slot: the citizen booked for 15.00 was called at 08.00 and will likely be marked absent, and the
 * counter saw only a name (session 44, simulate). The counter is told, so it can call a walk-in or wait.
 */
function earlyNote(app: App, turn: Turn, booking: Booking): string {
  if (!calledEarly(app, booking, turn.now)) return '';
  return `\n⚠️ Jadwal bookingnya ${formatTime(booking.time, app.settings.timeZone, 'id')}: warga mungkin belum datang. Kalau tidak hadir, /skip mengembalikannya ke antrean.`;
}

/**
 * Which open call "/done" or "/skip" means. With two numbers called at two counters, "/skip KTP-002" marked KTP-001 absent (its
 * number was not read, and both calls had the same second) and "/done" closed whichever came first (session 46, a field test):
 * the number typed is the one finished, a number not open is refused, and a bare command with several open asks which.
 */
function finishing(app: App, turn: Turn, typed: string | undefined): Booking | Reply | undefined {
  const open = openCalls(app, actorOf(turn));
  const listed = open.map((b) => `${queueLabel(b.service, b.queueNumber)}${b.counter ? ` (${b.counter})` : ''}`).join(', ');
  if (typed) {
    // "kk3" and "ktp-2" are KK-003 and KTP-002, as /selesai reads them (typedQueueLabel); a booking code works too.
    const wanted = typedQueueLabel(typed) ?? typed.trim().toUpperCase();
    const found = open.find((b) => queueLabel(b.service, b.queueNumber) === wanted || b.code === wanted);
    if (found) return found;
    // A colleague's call, at a shift change: "/done KTP-001" from the next staff member was "tidak sedang Anda panggil" though
    // their /queue showed it called (session 47, a field test). Theirs to finish too, within the services they serve.
    const colleagues = typedNumberToday(app, turn, typed);
    if (colleagues?.status === 'called' && app.access.canServe(turn.user, colleagues.service)) return colleagues;
    const now = open.length > 0 ? ` Yang sedang Anda panggil: ${listed}.` : ' Tidak ada nomor yang sedang Anda panggil.';
    return staffReply(`${maskText(typed).slice(0, 20)} tidak sedang Anda panggil.${now}`);
  }
  if (open.length > 1) {
    const example = queueLabel(open[0]!.service, open[0]!.queueNumber);
    return staffReply(`Anda sedang memanggil ${open.length} nomor: ${listed}. Sebutkan nomornya, misalnya /done ${example} atau /skip ${example}.`);
  }
  return undefined;
}

async function finish(app: App, turn: Turn, status: 'done' | 'skipped', args: readonly string[] = []): Promise<Reply> {
  const which = finishing(app, turn, args[0]);
  if (which && 'kind' in which) return which;
  const result = await finishCurrent(app, actorOf(turn), status, which);
  if (!result.ok) return staffReply(`${closedByColleague(app, turn)}Belum ada nomor yang Anda panggil. Gunakan /next LAYANAN dulu.`);
  const label = queueLabel(result.booking.service, result.booking.queueNumber);
  if (result.requeued === true) {
    return staffReply(`↩️ ${label} kembali ke antrean: jadwalnya ${formatTime(result.booking.time, app.settings.timeZone, 'id')}, jadi belum terlambat. Warga diberi tahu jadwalnya tetap.`);
  }
  const theirs = which && 'calledBy' in which && which.calledBy !== turn.user ? ' (panggilan petugas lain)' : '';
  if (status === 'skipped' && result.booking.noShow) return staffReply(`⏭️ ${label}${theirs} tidak hadir lagi saat dipanggil ulang: tidak dipanggil lagi hari ini (bila datang, panggil dengan /next ${label}).`);
  if (status === 'skipped') return staffReply(`⏭️ ${label}${theirs} ditandai tidak hadir; akan dipanggil ulang setelah antrean habis.`);
  return staffReply(`✅ ${label}${theirs} selesai.`);
}

const actorOf = (turn: Turn): CounterActor => ({ staff: turn.user, now: turn.now });

/** "KTP-001 sudah diselesaikan petugas lain. ": the staff member's latest call today, finished by a colleague (session 47). */
function closedByColleague(app: App, turn: Turn): string {
  const last = app.bookings
    .onDay(todayOf(app, turn))
    .filter((b) => b.calledBy === turn.user && b.calledAt)
    .sort((a, b) => (b.calledAt ?? '').localeCompare(a.calledAt ?? ''))[0];
  if (!last || last.status === 'called' || last.status === 'booked') return '';
  return `${queueLabel(last.service, last.queueNumber)} sudah ${last.status === 'done' ? 'diselesaikan' : last.status === 'skipped' ? 'ditandai tidak hadir' : 'dibatalkan'} (oleh Anda atau petugas lain). `;
}

function showQueue(app: App, turn: Turn, args: string[]): Reply {
  // "/antrian" alone: the service of the staff member's last call today, or the day's summary of every service (it was "Layanan
  // tidak dikenal" and the usage; session 42, `npm run simulate`).
  if (!args[0]) {
    const last = lastCall(app, actorOf(turn))?.service;
    if (!last) return today(app, turn);
    args = [last];
  }
  // "/queue 2026-11-24", "/queue besok": that day's summary of every service (it was "Layanan tidak dikenal"; session 47, a field
  // test), as /queue alone is today's.
  const dayOnly = serviceTyped(app, turn, args[0]) === null ? dayTyped(app, turn, args.join(' ')) : null;
  if (dayOnly !== null) return today(app, turn, dayOnly);
  const service = serviceTyped(app, turn, args[0]);
  if (!service) return staffReply(`Layanan tidak dikenal. Contoh: /queue ktp\n\n${staffUsage(app, turn.user)}`);
  // The list shows citizens' names: only for staff of that service.
  const refused = refuseOutOfScope(app, turn, service);
  if (refused) return refused;
  // "/queue ktp besok": another day's list, to plan it; the day was ignored and today's "belum ada antrean" read as none booked
  // at all (session 45, a field test).
  const said = args.slice(1).join(' ').trim();
  const date = said === '' ? todayOf(app, turn) : dayTyped(app, turn, said);
  if (date === null) return staffReply(`Tanggal "${maskText(said).slice(0, 30)}" tidak dikenal. Contoh: /queue ${service} besok atau /queue ${service} 2026-11-25`);
  const when = date === todayOf(app, turn) ? 'hari ini' : `pada ${formatDate(date, 'id')}`;
  const day = [...app.bookings.day(service, date)].filter((b) => b.status !== 'cancelled').sort((a, b) => a.time.localeCompare(b.time) || a.seq - b.seq);
  // A day closed (staff's /tutuplayanan or a holiday) says so above its list: the bookings left on it are the ones to move.
  const closed = closureFor(app.settings, service, date);
  const closedNote = closed ? `🚫 ${service} tutup ${when} (${pick(closed.reason, 'id')}).\n` : '';
  if (day.length === 0) return staffReply(`${closedNote}Belum ada antrean ${service} ${when}.`);
  const marks: Record<Booking['status'], string> = { booked: '⏳', called: '📣', skipped: '⏭️', done: '✅', cancelled: '✖️' };
  // With the booking code: a citizen who lost their phone asks at the desk, and /batalkan takes the code (session 47, a field test).
  const lines = day.map((b) => `${marks[b.status]} ${queueLabel(b.service, b.queueNumber)} ${b.time} ${b.name}${b.walkIn ? ' (walk-in)' : ` · ${b.code}`}${b.checkedInAt ? ' (sudah hadir)' : ''}`);
  return staffReply(`${closedNote}Antrean ${service} ${when}:\n${lines.join('\n')}`);
}

function today(app: App, turn: Turn, date = todayOf(app, turn)): Reply {
  const lines = app.info.offered().flatMap((s) => {
    const day = app.bookings.day(s.id, date).filter((b) => b.status !== 'cancelled');
    if (day.length === 0) return [];
    const count = (status: Booking['status']) => day.filter((b) => b.status === status).length;
    return [`• ${s.id}: ${day.length} nomor — menunggu ${count('booked')}, dipanggil ${count('called')}, selesai ${count('done')}, tidak hadir ${count('skipped')}`];
  });
  // Closed services of the day are named: staff serving on a day they closed had no hint of it (session 47, a field test).
  const closed = app.settings.closures.filter((c) => c.date === date).map((c) => `🚫 ${c.services?.join(', ') ?? 'seluruh MPP'} tutup: ${pick(c.reason, 'id')}`);
  const head = closed.length > 0 ? `${closed.join('\n')}\n` : '';
  return staffReply(lines.length > 0 ? `${head}Ringkasan ${date}:\n${lines.join('\n')}` : `${head}Belum ada antrean pada ${date}.`);
}

async function addWalkIn(app: App, turn: Turn, args: string[]): Promise<Reply> {
  const service = serviceTyped(app, turn, args[0]);
  if (!service) return staffReply(`Layanan tidak dikenal. Contoh: /walkin ktp Budi\n\n${staffUsage(app, turn.user)}`);
  const shut = closedToday(app, turn, service);
  if (shut) return shut;
  const result = await walkIn(app, actorOf(turn), service, args.slice(1).join(' '));
  if (!result.ok) return notYours(app, turn, service);
  return staffReply(`🎫 Nomor walk-in ${queueLabel(service, result.booking.queueNumber)} untuk ${result.booking.name}.`);
}

/** /alihkan [LAYANAN] [LOKET]: a service word and/or a counter number, in either order. */
async function transferCurrent(app: App, turn: Turn, args: string[]): Promise<Reply> {
  const service = args.map((a) => a.toLowerCase()).find((a) => app.info.service(a));
  const counter = args.find((a) => /^\d{1,3}$/.test(a));
  if (!service && !counter) return staffReply('Contoh: /alihkan kk (ke layanan KK) · /alihkan 3 (ke Loket 3) · /alihkan kk 3');
  const to = service ?? openCalls(app, actorOf(turn))[0]?.service;
  const unknown = to ? unknownCounter(app, to, counter, service ? `/alihkan ${service}` : '/alihkan') : null;
  if (unknown) return staffReply(unknown);
  const result = await transfer(app, actorOf(turn), { ...(service ? { service } : {}), ...(counter ? { counter } : {}) });
  if (!result.ok) return staffReply(result.reason === 'nothing_called' ? 'Belum ada nomor yang Anda panggil. Gunakan /next LAYANAN dulu.' : 'Sebutkan layanan atau loket tujuan yang berbeda.');
  const { booking, from } = result;
  return staffReply(`↪️ ${queueLabel(from.service, from.queueNumber)} dialihkan → ${queueLabel(booking.service, booking.queueNumber)}${booking.counter ? ` (${booking.counter})` : ''}.`);
}

/** /console: a single-use link to the web console, valid a few minutes; the chat is already the staff member's proof of identity. */
function consoleLink(app: App, turn: Turn): Reply {
  if (!app.loginLinks) return staffReply('Konsol web tidak aktif di server ini.');
  const link = app.loginLinks.issue(turn.user);
  if (!link.ok) return staffReply(link.reason === 'rate_limited' ? 'Terlalu banyak tautan masuk diminta. Coba lagi beberapa menit lagi.' : 'Konsol web tidak aktif di server ini.');
  return staffReply(`🔐 Tautan masuk konsol (sekali pakai, berlaku ${link.expiresInMinutes} menit, jangan dibagikan):\n${link.url}`);
}

/**
 * The ticket a staff member typed, as the alert shows it or shorter: "1", "h1", "H-1" and "ADU-0001" alike. "/balas 1 Halo …"
 * was "Percakapan tidak ditemukan" (session 43, `npm run simulate`).
 */
function staffTicket(arg: string | undefined, prefix: 'H' | 'ADU'): string | undefined {
  const number = arg === undefined ? undefined : new RegExp(`^(?:${prefix}-?)?0*(\\d{1,6})$`, 'i').exec(arg)?.[1];
  return number === undefined ? arg : `${prefix}-${number.padStart(4, '0')}`;
}

async function handoffCommand(app: App, turn: Turn, command: string, args: string[]): Promise<Reply> {
  const typed = staffTicket(args[0], 'H');
  const handoff = typed ? app.handoffs.get(typed) : undefined;
  if (!handoff || handoff.status !== 'open') return staffReply(`Percakapan tidak ditemukan atau sudah selesai. Contoh: /${command} H-0001${command === 'balas' ? ' TEKS' : ''}`);
  if (command === 'selesai') return app.handoffs.end(handoff, turn.user);
  const text = args.slice(1).join(' ').trim();
  if (!text) return staffReply(`Tulis balasannya: /balas ${handoff.id} TEKS`);
  return app.handoffs.reply(handoff, turn.user, text);
}

async function complaintCommand(app: App, turn: Turn, command: string, args: string[]): Promise<Reply> {
  const typed = staffTicket(args[0], 'ADU');
  const complaint = typed ? app.complaints.get(typed) : undefined;
  if (!complaint) return staffReply(`Nomor pengaduan tidak ditemukan. Contoh: /${command} ADU-0001${command === 'jawab' || command === 'reply' ? ' TEKS' : ''}`);
  if (command === 'tutup' || command === 'close') {
    await app.complaints.close(complaint, turn.user);
    return staffReply(`✅ ${complaint.id} ditutup.`);
  }
  const text = args.slice(1).join(' ').trim();
  if (!text) return staffReply(`Tulis jawabannya: /jawab ${complaint.id} TEKS`);
  await app.complaints.answer(complaint, turn.user, text);
  return staffReply(complaint.user ? `Jawaban untuk ${complaint.id} terkirim ke pelapor.` : `Jawaban untuk ${complaint.id} disimpan (pelapor anonim, tidak dapat dikirimi pesan).`);
}

const USER_ARG = /^(tg|wa|term):.+$/;

/** /staff list · /staff add ID [LAYANAN…] · /staff admin ID · /staff dashboard ID · /staff remove ID — admins only. */
async function manageStaff(app: App, turn: Turn, args: string[]): Promise<Reply> {
  const [action = 'list', id, ...services] = args;
  if (action === 'list') return staffReply(app.access.describe());
  if (!id || !USER_ARG.test(id)) return staffReply('Contoh: /staff add tg:123456 ktp kk · /staff admin tg:123456 · /staff remove tg:123456 · /staff list');
  const user = id as Turn['user'];
  if (action === 'remove') {
    const removed = await app.access.remove(user);
    return staffReply(removed ? `${id} dihapus dari petugas.` : `${id} tidak ditambahkan lewat chat (ubah mpp.json atau STAFF_IDS).`);
  }
  if (action !== 'add' && action !== 'admin' && action !== 'dashboard') return staffReply('Aksi tidak dikenal: gunakan list, add, admin, dashboard atau remove.');
  const unknown = services.filter((s) => !app.info.service(s));
  if (unknown.length > 0) return staffReply(`Layanan tidak dikenal: ${unknown.join(', ')}`);
  await app.access.add({
    id: user,
    role: action === 'add' ? 'staff' : action,
    ...(services.length > 0 ? { services } : {}),
    addedBy: turn.user,
    addedAt: turn.now.toISOString(),
  });
  const role = action === 'admin' ? 'admin' : action === 'dashboard' ? 'pemantau dasbor' : `petugas${services.length > 0 ? ` untuk ${services.join(', ')}` : ''}`;
  return staffReply(`${id} sekarang ${role}.`);
}

/** /ikm [SERVICE] [PERIOD]: the satisfaction index as Permenpan RB 14/2017 defines it. */
function ikm(app: App, turn: Turn, args: string[]): Reply {
  const today = todayOf(app, turn);
  const service = args[0] && app.info.service(args[0].toLowerCase()) ? args[0].toLowerCase() : undefined;
  const periodText = (service ? args.slice(1) : args).join(' ') || 'bulan ini';
  const period = parsePeriod(periodText, today);
  if (!period) return staffReply(`Periode "${periodText}" tidak dikenal: gunakan 2026, 2026-11, 2026-Q4, 2026-11-01..2026-11-30, "bulan ini" atau "tahun ini".`);
  const rows = filterResponses(app.store.table('surveys').values(), { ...(service ? { service } : {}), ...period });
  const title = `IKM ${service ? pick(app.info.service(service)!.name, 'id') : app.settings.name}, ${period.from} s.d. ${period.to}`;
  return staffReply(formatIkm(computeIkm(rows), 'id', title));
}

/** The active booking a queue number and an optional day name ("SMS-001 2026-11-25"), and how many words they took. */
function bookingByNumber(app: App, turn: Turn, args: readonly string[]): { booking: Booking; used: number } | Reply | undefined {
  const label = typedQueueLabel(args[0] ?? '');
  if (!label) return undefined;
  const said = args[1] ? dayTyped(app, turn, args[1]) : null;
  const today = todayOf(app, turn);
  const active = (b: Booking): boolean => queueLabel(b.service, b.queueNumber) === label && (b.status === 'booked' || b.status === 'called' || b.status === 'skipped');
  const found = app.bookings.onOrAfter(today).filter((b) => active(b) && (said === null || b.date === said));
  if (found.length === 1) return { booking: found[0]!, used: said === null ? 1 : 2 };
  if (found.length > 1) {
    const days = found.map((b) => b.date).sort();
    return staffReply(`${label} ada pada beberapa hari (${days.join(', ')}). Sebutkan tanggalnya, mis. /batalkan ${label} ${days[0]} ALASAN`);
  }
  return undefined;
}

/** /batalkan LY-XXXXX [reason]: a cancellation on behalf of a citizen (e.g. asked at the desk); the citizen is told. */
function cancelForCitizen(app: App, turn: Turn, args: string[]): Reply {
  if (args.length === 0) return staffReply('Contoh: /batalkan LY-7KQ2M atas permintaan warga, atau /batalkan KTP-003 2026-11-25 atas permintaan warga');
  // A queue number works too, today's or with its day ("/batalkan SMS-001 2026-11-25 hp hilang"): a citizen who lost their phone
  // knows the number, not the code (session 47, a field test).
  const byNumber = args[0] && !app.bookings.byCode(args[0]) ? bookingByNumber(app, turn, args) : undefined;
  if (byNumber && 'kind' in byNumber) return byNumber;
  if (byNumber) args = [byNumber.booking.code, ...args.slice(byNumber.used)];
  const booking = args[0] ? app.bookings.byCode(args[0]) : undefined;
  // Called or missed today too: a citizen who cannot come after all was told to ask the counter, and the counter's /batalkan said
  // the booking did not exist (session 46, a field test). Only a served or cancelled booking is past cancelling.
  const cancellable = booking !== undefined && (booking.status === 'booked' || booking.status === 'called' || booking.status === 'skipped');
  if (!booking || !cancellable) return staffReply('Booking aktif dengan kode itu tidak ditemukan. Contoh: /batalkan LY-7KQ2M atas permintaan warga, atau /batalkan KTP-003 2026-11-25 atas permintaan warga');
  if (!app.access.canServe(turn.user, booking.service)) return notYours(app, turn, booking.service);
  const reason = args.slice(1).join(' ').trim();
  // Whose booking it is, before it goes: "/batalkan KTP-001 2026-11-23 …" with the wrong day cancelled another citizen's at once,
  // and sent them the note naming the caller (session 47, a field test). Nothing changes before "ya".
  const choices: Choice[] = [
    { label: 'Ya, batalkan', value: 'ya', request: { intent: 'confirm' } },
    { label: 'Tidak', value: 'tidak', request: { intent: 'decline' } },
  ];
  turn.session.pending = { kind: 'staffCancel', bookingId: booking.id, reason, choices };
  const service = app.info.service(booking.service);
  const sent = booking.user === WALK_IN ? 'Walk-in: tidak ada chat untuk diberi tahu, sampaikan langsung.' : reason ? `Warga diberi tahu, dengan alasan: "${reason}".` : 'Warga diberi tahu.';
  return {
    kind: 'staff',
    text: `Batalkan booking ini?\n${booking.code} (${queueLabel(booking.service, booking.queueNumber)}) · ${booking.name} · ${service ? pick(service.name, 'id') : booking.service} · ${formatDate(booking.date, 'id')} ${booking.time}\n${sent}`,
    options: choices,
  };
}

/** Staff said yes to the /batalkan preview: the booking is cancelled (if still active) and its citizen told. */
export async function commitStaffCancel(app: App, turn: Turn, bookingId: string, reason: string): Promise<Reply> {
  turn.session.pending = undefined;
  const booking = app.bookings.get(bookingId);
  if (!booking || (booking.status !== 'booked' && booking.status !== 'called' && booking.status !== 'skipped')) return staffReply('Booking itu sudah tidak aktif; tidak ada yang diubah.');
  const cancelled = await app.bookings.cancel(booking, { by: 'staff', reason });
  if (cancelled.user !== WALK_IN) {
    const lang = langOf(app, cancelled.user);
    notify(app, [
      {
        to: cancelled.user,
        kind: 'booking_cancelled',
        text: tr(lang, `Booking ${cancelled.code} (${queueLabel(cancelled.service, cancelled.queueNumber)}) dibatalkan oleh petugas ${app.settings.name}${reason ? `: ${reason}` : ''}. Ketik "booking" untuk jadwal baru.`, `Booking ${cancelled.code} was cancelled by ${app.settings.name} staff${reason ? `: ${reason}` : ''}. Type "book" for a new slot.`),
        booking: summary(cancelled),
      },
    ]);
  }
  const told = cancelled.user === WALK_IN ? 'walk-in, sampaikan langsung' : 'warga sudah diberi tahu';
  return staffReply(`✖️ ${cancelled.code} (${queueLabel(cancelled.service, cancelled.queueNumber)}) dibatalkan; ${told}.`);
}
