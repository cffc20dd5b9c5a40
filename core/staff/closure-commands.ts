/**
 * Closing a service (or the whole MPP) for a day, from the counter's chat:
 *   /tutuplayanan LAYANAN TANGGAL ALASAN   → a preview naming the bookings it touches; "ya" closes the day and tells them
 *   /tutuplayanan semua TANGGAL ALASAN     → the whole MPP (staff of every service only)
 *   /bukalayanan LAYANAN TANGGAL           → opens the day again
 *   /tutuplayanan                          → the days closed so far, and how to use it
 *
 * Why not only /announce: "/announce ktp 24/11 … tutup" told the day's bookers, yet new bookings for that day were still taken and
 * its reminders still went out (session 46, a field test). The closure is a record (booking/closures.ts); the citizens it touches
 * are told through an announcement to their service and day, with "Ganti jadwal" and "Batalkan booking" attached.
 */
import type { App, Turn } from '../app.js';
import { queueLabel } from '../booking/booking-code.js';
import { WALK_IN } from '../booking/bookings.js';
import { closureFor } from '../booking/slots.js';
import { formatDate } from '../format.js';
import { pick } from '../i18n.js';
import { localParts } from '../local-time.js';
import type { Booking, ClosureDraft } from '../records.js';
import type { Choice } from '../session.js';
import type { Reply, ReplyOption } from '../types.js';
import { refuseOutOfScope } from './scope.js';
import { dayTyped, serviceTyped } from './typed-words.js';

export const CLOSURE_USAGE =
  'Cara menutup layanan pada satu hari:\n/tutuplayanan LAYANAN TANGGAL ALASAN — mis. /tutuplayanan ktp besok server Dukcapil gangguan\n/tutuplayanan semua TANGGAL ALASAN — seluruh MPP tutup\n/bukalayanan LAYANAN TANGGAL — buka lagi\nBooking baru dan pindah jadwal ke hari itu ditolak, pengingatnya mengabarkan bahwa layanan tutup, dan warga yang sudah booking diberi tahu.';

const WHOLE_MPP_WORDS = new Set(['semua', 'all', 'mpp', 'seluruh']);
const ACTIVE: ReadonlySet<Booking['status']> = new Set(['booked', 'called', 'skipped']);
const BOOKED_OPTIONS: readonly ReplyOption[] = [
  { label: 'Ganti jadwal', value: 'ganti jadwal' },
  { label: 'Batalkan booking', value: 'batal booking' },
];

const staffReply = (text: string, options?: Choice[]): Reply => ({ kind: 'staff', text, ...(options ? { options } : {}) });

/** "/tutup ktp besok …" (the complaint command's word) means this when a service or "semua" follows, not a ticket. */
export function closesService(app: App, turn: Turn, args: readonly string[]): boolean {
  const first = args[0]?.toLowerCase();
  if (!first || /^(adu-?)?\d+$/i.test(first)) return false;
  return WHOLE_MPP_WORDS.has(first) || serviceTyped(app, turn, first) !== null;
}

export function closeService(app: App, turn: Turn, args: string[]): Reply {
  if (args.length === 0) return staffReply(`${listClosed(app, turn)}\n\n${CLOSURE_USAGE}`);
  const parsed = parse(app, turn, args, true);
  if ('error' in parsed) return staffReply(`${parsed.error}\n\n${CLOSURE_USAGE}`);
  const refused = refuseReach(app, turn, parsed.service);
  if (refused) return refused;
  const { date, service, reason } = parsed;
  const closed = service ? closureFor(app.settings, service, date) : app.settings.closures.find((c) => c.date === date && c.services === undefined);
  // A day the settings already close (a holiday) needs no second notice; one staff closed is re-closed with the new reason.
  if (closed && !app.closures.declared(date, service)) {
    return staffReply(`${what(app, service)} sudah tutup pada ${formatDate(date, 'id')} (${pick(closed.reason, 'id')}).`);
  }
  const affected = affectedBookings(app, date, service);
  const choices: Choice[] = [
    { label: affected.some((b) => b.user !== WALK_IN) ? `Tutup dan beri tahu ${affected.filter((b) => b.user !== WALK_IN).length} warga` : 'Tutup', value: 'ya', request: { intent: 'confirm' } },
    { label: 'Batal', value: 'tidak', request: { intent: 'decline' } },
  ];
  turn.session.pending = { kind: 'closure', closure: { date, ...(service ? { service } : {}), reason }, choices };
  const walkIns = affected.filter((b) => b.user === WALK_IN);
  const chats = affected.length - walkIns.length;
  const told = chats > 0 ? `${chats} warga yang sudah booking akan diberi tahu dan ditawari ganti jadwal atau batal.` : 'Belum ada warga yang booking lewat chat pada hari itu.';
  // Walk-ins have no chat: the counter tells them in person (they were counted as told; session 47, a field test).
  const inPerson = walkIns.length > 0 ? `\n• Walk-in tanpa chat, beri tahu langsung: ${walkIns.map((b) => `${queueLabel(b.service, b.queueNumber)} ${b.name}`).join(', ')}.` : '';
  return staffReply(
    `🚫 Pratinjau: ${what(app, service)} tutup pada ${formatDate(date, 'id')} (${reason}).\n• Booking baru dan pindah jadwal ke hari itu ditolak; pengingatnya mengabarkan bahwa layanan tutup.\n• ${told}${inPerson}\n\nTutup sekarang?`,
    choices,
  );
}

/** Staff said yes to the preview: the day is closed (on disk) before anyone is told. */
export async function confirmClosure(app: App, turn: Turn, draft: ClosureDraft): Promise<Reply> {
  await app.closures.declare({ ...draft, by: turn.user, at: turn.now });
  const { sent, told } = await tellBookers(app, turn, draft.date, draft.service, (service) => noticeText(app, draft, service), BOOKED_OPTIONS);
  const progress = sent.length > 0 ? ` Pemberitahuan ${sent.join(', ')} dikirim ke ${told} warga; progres: /announce status ${sent[0]}.` : ' Tidak ada warga yang perlu diberi tahu.';
  return staffReply(`✅ ${what(app, draft.service)} ditutup pada ${formatDate(draft.date, 'id')}.${progress}\nBuka lagi: /bukalayanan ${draft.service ?? 'semua'} ${draft.date}`);
}

export function declineClosure(): Reply {
  return staffReply('Penutupan dibatalkan; tidak ada yang diubah.');
}

export async function reopenService(app: App, turn: Turn, args: string[]): Promise<Reply> {
  if (args.length === 0) return staffReply(`${listClosed(app, turn)}\n\nContoh: /bukalayanan ktp 2026-11-25`);
  const parsed = parse(app, turn, args, false);
  if ('error' in parsed) return staffReply(`${parsed.error}\n\nContoh: /bukalayanan ktp 2026-11-25`);
  const refused = refuseReach(app, turn, parsed.service);
  if (refused) return refused;
  const reopened = await app.closures.reopen(parsed.date, parsed.service);
  if (reopened) return reopenedReply(app, turn, parsed.date, parsed.service);
  const held = parsed.service ? closureFor(app.settings, parsed.service, parsed.date) : undefined;
  const why = held ? ` Hari itu tutup menurut pengaturan MPP (${pick(held.reason, 'id')}), bukan lewat /tutuplayanan.` : '';
  return staffReply(`${what(app, parsed.service)} tidak sedang ditutup petugas pada ${formatDate(parsed.date, 'id')}.${why}`);
}

/**
 * The day open again, and its bookers told so: they had been told it was closed, and after "/bukalayanan" their "cek booking"
 * still showed the closure notice (session 47, a field test).
 */
async function reopenedReply(app: App, turn: Turn, date: string, service: string | undefined): Promise<Reply> {
  const reopened = (id: string): string =>
    `${app.settings.name}: layanan ${pick(app.info.service(id)?.name ?? { id, en: id }, 'id')} pada ${formatDate(date, 'id')} BUKA lagi. Booking Anda hari itu tetap berlaku; datang sesuai jadwal.`;
  const { sent, told } = await tellBookers(app, turn, date, service, reopened);
  const progress = sent.length > 0 ? ` ${told} warga yang booking hari itu diberi tahu (${sent.join(', ')}).` : '';
  return staffReply(`✅ ${what(app, service)} dibuka lagi pada ${formatDate(date, 'id')}: booking baru diterima.${progress}`);
}

/**
 * One notice per service to its bookers of the day (all services when none is named), sent at once: the closure's and the
 * reopening's. A service with nobody booked gets none.
 */
async function tellBookers(app: App, turn: Turn, date: string, service: string | undefined, text: (service: string) => string, options?: readonly ReplyOption[]): Promise<{ sent: string[]; told: number }> {
  const services = service ? [service] : app.info.offered().map((s) => s.id);
  const sent: string[] = [];
  let told = 0;
  for (const id of services) {
    const notice = await app.broadcasts.draft({ createdBy: turn.user, text: text(id), audience: { kind: 'booked', service: id, date }, ...(options ? { options } : {}) });
    if (notice.total === 0) {
      await app.broadcasts.cancel(notice.id);
      continue;
    }
    const confirmed = await app.broadcasts.confirm(notice.id);
    sent.push(confirmed.id);
    told += confirmed.total;
  }
  if (sent.length > 0) void app.broadcasts.run();
  return { sent, told };
}

type Parsed = { date: string; service?: string; reason: string } | { error: string };

function parse(app: App, turn: Turn, args: readonly string[], needsReason: boolean): Parsed {
  const [first = '', second = '', third = '', ...rest] = args;
  const whole = WHOLE_MPP_WORDS.has(first.toLowerCase());
  const service = whole ? undefined : serviceTyped(app, turn, first);
  if (!whole && !service) return { error: `Layanan "${first.slice(0, 30)}" tidak dikenal (atau tulis "semua" untuk seluruh MPP).` };
  // A day in one word or two ("hari ini"), as /announce reads it.
  const oneWord = second ? dayTyped(app, turn, second) : null;
  const twoWords = oneWord === null && third ? dayTyped(app, turn, `${second} ${third}`) : null;
  const date = oneWord ?? twoWords;
  if (date === null) return { error: `Tulis tanggalnya setelah layanan: YYYY-MM-DD, "hari ini" atau "besok".` };
  const today = localParts(turn.now, app.settings.timeZone).date;
  if (date < today) return { error: `${formatDate(date, 'id')} sudah lewat.` };
  const reason = (oneWord !== null ? [third, ...rest] : rest).join(' ').trim();
  if (needsReason && reason === '') return { error: 'Tulis alasannya: warga membacanya di pemberitahuan.' };
  return { date, ...(service ? { service } : {}), reason: reason.slice(0, 300) };
}

/** A service's staff close their service; the whole MPP is for staff of every service. */
function refuseReach(app: App, turn: Turn, service: string | undefined): Reply | null {
  if (service) return refuseOutOfScope(app, turn, service);
  const services = app.access.services(turn.user);
  return services === null ? null : { kind: 'not_allowed', text: `Anda terdaftar untuk layanan ${services.join(', ')}: menutup seluruh MPP hanya untuk petugas semua layanan.` };
}

function affectedBookings(app: App, date: string, service: string | undefined): Booking[] {
  const services = service ? [service] : app.info.offered().map((s) => s.id);
  return services.flatMap((id) => app.bookings.day(id, date).filter((b) => ACTIVE.has(b.status)));
}

function what(app: App, service: string | undefined): string {
  if (!service) return app.settings.name;
  const known = app.info.service(service);
  return `Layanan ${known ? pick(known.name, 'id') : service}`;
}

function noticeText(app: App, draft: ClosureDraft, service: string): string {
  const day = formatDate(draft.date, 'id');
  const closed = draft.service ? `${app.settings.name}: layanan ${pick(app.info.service(service)?.name ?? { id: service, en: service }, 'id')} pada ${day} ditutup` : `${app.settings.name} tutup pada ${day}`;
  return `${closed} (${draft.reason}). Booking Anda hari itu tidak dapat dilayani. Pilih "Ganti jadwal" untuk hari lain, atau "Batalkan booking".`;
}

function listClosed(app: App, turn: Turn): string {
  const today = localParts(turn.now, app.settings.timeZone).date;
  const rows = app.closures.upcoming(today);
  if (rows.length === 0) return 'Belum ada layanan yang ditutup petugas.';
  return `Ditutup petugas:\n${rows.map((r) => `• ${formatDate(r.date, 'id')}: ${r.services?.join(', ') ?? 'seluruh MPP'} — ${r.reason}`).join('\n')}`;
}
