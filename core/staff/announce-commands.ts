/**
 * /announce for staff: a preview with the recipient count, then "ya" sends it.
 *   /announce TEKS                         → everyone who opted in
 *   /announce topik:paspor TEKS            → subscribers following paspor
 *   /announce LAYANAN TANGGAL TEKS         → citizens booked for that service and day,
 *                                            with cancel/reschedule options attached
 *   /announce status A3                    → delivery progress
 */
import type { AnnouncementRow } from '../announce/broadcast.js';
import type { App, Turn } from '../app.js';
import { formatDate } from '../format.js';
import { localParts } from '../local-time.js';
import type { Audience } from '../records.js';
import type { Choice } from '../session.js';
import type { Reply, ReplyOption } from '../types.js';
import { refuseOutOfScope, refuseUnlessAllServices } from './scope.js';
import { dayTyped, serviceTyped } from './typed-words.js';

export const ANNOUNCE_USAGE =
  'Cara memakai /announce:\n/announce TEKS — ke semua pelanggan info\n/announce semua TANGGAL TEKS — ke semua warga yang booking pada tanggal itu (semua layanan)\n/announce topik:LAYANAN TEKS — ke pelanggan topik itu (mis. topik:paspor)\n/announce LAYANAN TANGGAL TEKS — ke warga yang booking layanan itu pada tanggal itu (mis. /announce ktp 2026-11-25 Layanan KTP tutup karena gangguan jaringan)\n/announce status NOMOR — progres pengiriman';

const BOOKED_OPTIONS: readonly ReplyOption[] = [
  { label: 'Ganti jadwal', value: 'ganti jadwal' },
  { label: 'Batalkan booking', value: 'batal booking' },
];

const staffReply = (text: string, options?: Choice[]): Reply => ({ kind: 'staff', text, ...(options ? { options } : {}) });

export async function announce(app: App, turn: Turn, args: string[]): Promise<Reply> {
  if (args.length === 0) return staffReply(ANNOUNCE_USAGE);
  if (args[0] === 'status') return status(app, args[1]);
  // A new announcement replaces the author's unsent one, refused or not: a "ya" after a refused "/announce sim besok" had sent
  // the KTP notice typed before it (session 47, a field test).
  await dropUnsent(app, turn);
  const parsed = parse(app, turn, args);
  if ('error' in parsed) return staffReply(`${parsed.error}\n\n${ANNOUNCE_USAGE}`);
  const refused = refuseOutsideAudience(app, turn, parsed.audience);
  if (refused) return refused;
  const draft = await app.broadcasts.draft({
    createdBy: turn.user,
    text: parsed.text,
    audience: parsed.audience,
    ...(parsed.audience.kind !== 'subscribers' ? { options: BOOKED_OPTIONS } : {}),
  });
  // Nobody to tell is a mistake to point out, not a success to report: "/announce ktp 23/11 …" read next year's 23 November,
  // offered "Kirim ke 0 penerima" and said "dikirim" while today's bookers heard nothing (session 45, a field test).
  if (draft.total === 0) {
    await app.broadcasts.cancel(draft.id);
    return staffReply(`Tidak ada penerima untuk ${describe(parsed.audience)}, jadi pengumuman tidak dibuat. Periksa layanan dan tanggalnya.\n\n${ANNOUNCE_USAGE}`);
  }
  const choices: Choice[] = [
    { label: `Kirim ke ${draft.total} penerima`, value: 'ya', request: { intent: 'confirm' } },
    { label: 'Batal', value: 'tidak', request: { intent: 'decline' } },
  ];
  turn.session.pending = { kind: 'announce', announcementId: draft.id, choices };
  return staffReply(`📢 Pratinjau pengumuman ${draft.id} — ${describe(parsed.audience)}: ${draft.total} penerima.\n\n${draft.text}${closureHint(parsed.audience, parsed.text)}\n\nKirim sekarang?`, choices);
}

/** How long an unanswered preview can still be brought back by a "ya" that finds no question open. */
const UNSENT_DRAFT_HOURS = 12;
const YES_OR_SEND = /^(ya|iya+|y|yes|ok+|oke+|okay|kirim|kirimkan|send|jadi|lanjut|setuju)( (dong|deh|aja|saja|kirim|sekarang|now))*[.!]*$/i;

/**
 * A "ya" from staff after their announcement's preview was let go (30 idle minutes, or a /next in between): it was thanked
 * ("Sama-sama! 🙏"), nothing was sent, and the supervisor believed the day's bookers had been told of the closure (session 47,
 * a field test). The preview comes back with today's count, and nothing goes out without a "ya" to it.
 */
export function unsentAnnouncement(app: App, turn: Turn): Reply | null {
  if (turn.session.pending || !app.access.isStaff(turn.user) || !YES_OR_SEND.test(turn.text.trim())) return null;
  const since = new Date(turn.now.getTime() - UNSENT_DRAFT_HOURS * 3_600_000);
  const draft = app.broadcasts.latestDraft(turn.user, since);
  // After a refused command the staff member may think a preview is waiting: say plainly that none is.
  if (!draft) return staffReply('Tidak ada pratinjau yang menunggu "ya": perintah terakhir tidak membuat apa pun. Kirim ulang perintahnya.');
  const total = app.broadcasts.audience(draft.audience).length;
  const choices: Choice[] = [
    { label: `Kirim ke ${total} penerima`, value: 'ya', request: { intent: 'confirm' } },
    { label: 'Batal', value: 'tidak', request: { intent: 'decline' } },
  ];
  turn.session.pending = { kind: 'announce', announcementId: draft.id, choices };
  return staffReply(`⚠️ Pengumuman ${draft.id} belum terkirim: pratinjaunya sudah tidak aktif. Untuk ${describe(draft.audience)}: ${total} penerima.\n\n${draft.text}\n\nKirim sekarang?`, choices);
}

async function dropUnsent(app: App, turn: Turn): Promise<void> {
  const since = new Date(turn.now.getTime() - UNSENT_DRAFT_HOURS * 3_600_000);
  for (let draft = app.broadcasts.latestDraft(turn.user, since); draft; draft = app.broadcasts.latestDraft(turn.user, since)) await app.broadcasts.cancel(draft.id);
}

/** Staff said yes to the preview: snapshot the recipients and start sending in the background. */
export async function confirmAnnouncement(app: App, id: string): Promise<Reply> {
  const confirmed = await app.broadcasts.confirm(id);
  void app.broadcasts.run();
  return staffReply(`✅ Pengumuman ${id} dikirim ke ${confirmed.total} penerima. Laporan menyusul; progres: /announce status ${id}`);
}

export async function declineAnnouncement(app: App, id: string): Promise<Reply> {
  await app.broadcasts.cancel(id);
  return staffReply(`Pengumuman ${id} dibatalkan; tidak ada yang dikirim.`);
}

/** The delivery report sent to the author when sending is finished. */
export function report(announcement: AnnouncementRow, app: App): Reply {
  const p = app.broadcasts.progress(announcement.id);
  return staffReply(`📊 Laporan pengumuman ${announcement.id}: terkirim ${p.sent}, gagal ${p.failed}, tidak terjangkau (memblokir bot) ${p.unreachable}, tidak pasti ${p.unknown} dari ${p.total}.`);
}

function status(app: App, id: string | undefined): Reply {
  if (!id) return staffReply('Contoh: /announce status A3');
  try {
    const p = app.broadcasts.progress(id.toUpperCase());
    return staffReply(`Pengumuman ${id.toUpperCase()} (${p.status}): terkirim ${p.sent}, menunggu ${p.pending + p.sending}, gagal ${p.failed}, tidak terjangkau ${p.unreachable}, tidak pasti ${p.unknown} dari ${p.total}.`);
  } catch {
    return staffReply(`Pengumuman ${id} tidak ditemukan.`);
  }
}

type Parsed = { audience: Audience; text: string } | { error: string };

function parse(app: App, turn: Turn, args: string[]): Parsed {
  const [first = '', second = '', ...rest] = args;
  // "/announce semua 2026-11-24 …" or "/announce 2026-11-24 …": everyone booked that day, whatever the service. Both had gone to
  // the info subscribers (or to nobody), and the day's bookers of seventeen services heard nothing (session 47, a field test).
  const everyone = /^(semua|all)$/i.test(first);
  const dated = everyone ? dayWords(app, turn, [second, ...rest]) : DATE_TYPED.test(first) ? dayWords(app, turn, args) : null;
  if (dated) {
    if (dated.date < localParts(turn.now, app.settings.timeZone).date) return { error: `${formatDate(dated.date, 'id')} sudah lewat: tulis tanggal hari ini atau sesudahnya.` };
    return withText({ kind: 'bookedDay', date: dated.date }, dated.rest);
  }
  if (everyone) return { error: 'Setelah "semua" tulis tanggalnya (YYYY-MM-DD, "hari ini" atau "besok").' };
  const topic = /^(topik|topic):(.+)$/i.exec(first);
  if (topic) {
    const service = serviceTyped(app, turn, topic[2]);
    if (!service) return { error: `Topik "${topic[2]}" bukan layanan yang dikenal.` };
    return withText({ kind: 'subscribers', topic: service }, [second, ...rest]);
  }
  // An agency is taken for a list only before a day: "/announce Dukcapil libur besok" is a notice to the subscribers.
  const beforeDay = dayTyped(app, turn, second) !== null || `${second} ${rest[0] ?? ''}`.toLowerCase() === 'hari ini';
  const several = severalServices(app, turn, first, beforeDay);
  if (several) return { error: several };
  const exact = app.info.service(first.toLowerCase()) ? first.toLowerCase() : null;
  // A day said in two words, "hari ini" (the error below offers it): "/announce ktp hari ini Server dukcapil gangguan" was
  // refused, the most urgent notice of all (session 44, simulate).
  const [third = '', ...after] = rest;
  const oneWord = dayTyped(app, turn, second);
  const twoWords = oneWord === null && third ? dayTyped(app, turn, `${second} ${third}`) : null;
  const day = oneWord ?? twoWords;
  // A service mistyped before a day ("/announce ktpp hari ini …") is that service, as "/next ktpp" is; it had become a notice
  // to every subscriber, and today's KTP bookers heard nothing (session 45, a field test). The preview names who it reaches.
  const service = exact ?? (day !== null ? serviceTyped(app, turn, first) : null);
  if (service && day) {
    if (day < localParts(turn.now, app.settings.timeZone).date) return { error: `${formatDate(day, 'id')} sudah lewat: tulis tanggal hari ini atau sesudahnya.` };
    return withText({ kind: 'booked', service, date: day }, oneWord !== null ? rest : after);
  }
  if (service) return { error: `Setelah layanan "${first}" tulis tanggalnya (YYYY-MM-DD, "hari ini" atau "besok").` };
  return withText({ kind: 'subscribers' }, args);
}

/**
 * Several services, or an agency, where one service is taken ("/announce kk,ktp hari ini …", "/announce dukcapil besok …"): the
 * first had gone to the KK bookers alone, and the seven KTP bookers heard nothing; the second to the info subscribers (session
 * 48, a field test of a Tuesday that went wrong). An announcement speaks to one service's day or to the whole day, so staff are
 * told how to reach each, by name; null when `word` is one service or neither.
 */
function severalServices(app: App, turn: Turn, word: string, beforeDay: boolean): string | null {
  const lower = word.toLowerCase();
  const listed = lower.split(/[,+&/]+/).filter((w) => w !== '');
  const services =
    listed.length > 1 ? listed.map((w) => serviceTyped(app, turn, w))
    : app.info.service(lower) || !beforeDay ? []
    : app.info.offered().filter((s) => s.agency === lower).map((s) => s.id);
  if (services.length < 2) return null;
  const known = services.filter((s): s is string => s !== null);
  if (known.length < services.length) return `"${word}" bukan satu layanan: tulis satu layanan (mis. ${known[0] ?? 'ktp'}), atau "semua" untuk semua yang booking pada hari itu.`;
  const each = known.map((s) => `/announce ${s} TANGGAL TEKS`).join(', ');
  return `"${word}" mencakup ${known.length} layanan (${known.join(', ')}). Satu pengumuman untuk satu layanan: kirim ${each}; atau /announce semua TANGGAL TEKS untuk semua warga yang booking pada hari itu.`;
}

/** A date as staff type one first: "2026-11-24", "24/11", "24-11-2026" (not "3 loket tutup"). */
const DATE_TYPED = /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)$/;

/** A day said in one word or two at the start of `words`, and the words after it. */
function dayWords(app: App, turn: Turn, words: readonly string[]): { date: string; rest: string[] } | null {
  const [one = '', two = '', ...after] = words;
  const single = one ? dayTyped(app, turn, one) : null;
  if (single !== null) return { date: single, rest: [two, ...after].filter((w) => w !== '') };
  const double = one && two ? dayTyped(app, turn, `${one} ${two}`) : null;
  return double !== null ? { date: double, rest: after } : null;
}

/** Staff limited to some services speak only to those services' citizens (issue 13 item 8). */
function refuseOutsideAudience(app: App, turn: Turn, audience: Audience): Reply | null {
  if (audience.kind === 'bookedDay') return refuseUnlessAllServices(app, turn);
  const service = audience.kind === 'booked' ? audience.service : audience.topic;
  return service ? refuseOutOfScope(app, turn, service) : refuseUnlessAllServices(app, turn);
}

function withText(audience: Audience, words: string[]): Parsed {
  const text = words.join(' ').trim();
  return text ? { audience, text } : { error: 'Teks pengumumannya kosong.' };
}

/** A notice that the day is closed only tells; /tutuplayanan also stops new bookings and turns the reminders (session 47). */
const CLOSED_WORDS = /\b(tutup|libur|ditutup|ditiadakan|offline|down|gangguan|tidak (ada )?(layanan|pelayanan))\b/i;

function closureHint(audience: Audience, text: string): string {
  if (audience.kind === 'subscribers') return audience.topic ? '' : '\n\nℹ️ Hanya pelanggan info yang menerima ini, bukan warga yang booking. Untuk semua yang booking pada satu hari: /announce semua TANGGAL TEKS.';
  if (audience.kind === 'bookedDay') return CLOSED_WORDS.test(text) ? `\n\nℹ️ Bila MPP tutup sepanjang hari itu, kirim juga /tutuplayanan semua ${audience.date} ALASAN: pengumuman ini hanya memberi tahu, booking baru ke hari itu tetap diterima.` : '';
  if (!CLOSED_WORDS.test(text)) return '';
  return `\n\nℹ️ Bila ${audience.service} tutup sepanjang hari itu, kirim juga /tutuplayanan ${audience.service} ${audience.date} ALASAN: pengumuman ini hanya memberi tahu, booking baru ke hari itu tetap diterima.`;
}

function describe(audience: Audience): string {
  if (audience.kind === 'booked') return `warga yang booking ${audience.service} pada ${formatDate(audience.date, 'id')}`;
  if (audience.kind === 'bookedDay') return `semua warga yang booking pada ${formatDate(audience.date, 'id')}`;
  return audience.topic ? `pelanggan topik ${audience.topic}` : 'semua pelanggan info';
}
