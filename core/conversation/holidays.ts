/**
 * "pas natal buka?", "lebaran buka gk", "waktu nyepi": holidays by name, answered from the
 * closures in mpp.json with their reason (issue 10, class 8). Also "buka tanggal 25?" once the
 * date is known: the answer for that day, open hours or the closure and why.
 */
import type { App, Turn } from '../app.js';
import { closureFor, closureOn, openPeriods } from '../booking/slots.js';
import { isOpenAt, nextOpening } from '../booking/working-days.js';
import { dayName, formatDate, formatTime } from '../format.js';
import { pick, tr } from '../i18n.js';
import { addDays, localParts, weekdayOf } from '../local-time.js';
import type { NamedElsewhere } from '../session.js';
import type { Reply } from '../types.js';
import { notHere, weekLines } from './info-replies.js';

/** Name in the citizen's words → the closure reasons it means. Specific names before "tahun baru". */
const HOLIDAYS: readonly [RegExp, RegExp][] = [
  [/\b(imlek|sincia|chinese new year|lunar new year)\b/, /imlek|chinese new year/i],
  [/\b(tahun baru islam|1 muharram|satu suro|suro|islamic new year|muharram)\b/, /tahun baru islam|islamic new year/i],
  [/\b(nyepi|saka)\b/, /nyepi/i],
  [/\b(natal|christmas|xmas|krismas)\b/, /natal|christmas/i],
  [/\b(tahun baru|taun baru|new year|newyear|nataru)\b/, /tahun baru \d{4} masehi|new year's day/i],
  [/\b(lebaran haji|idul ?adha|iduladha|kurban|qurban|eid al adha)\b/, /iduladha|idul adha|eid al-adha/i],
  [/\b(lebaran|idul ?fitri|idulfitri|hari raya|eid|mudik)\b/, /idulfitri|idul fitri|eid al-fitr/i],
  [/\b(waisak|vesak)\b/, /waisak|vesak/i],
  [/\b(isra|miraj|mikraj|isra miraj)\b/, /isra/i],
  [/\b(paskah|easter|jumat agung|good friday|wafat yesus)\b/, /paskah|wafat yesus|easter|good friday/i],
  [/\b(kenaikan|ascension)\b/, /kenaikan|ascension/i],
  [/\b(hari buruh|may day|1 mei|labour day|labor day)\b/, /buruh|labour/i],
  [/\b(pancasila)\b/, /pancasila/i],
  [/\b(kemerdekaan|17 agustus|agustusan|17an|independence day)\b/, /kemerdekaan|independence/i],
  [/\b(maulid|maulud)\b/, /maulid/i],
];

function words(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
}

/** The reason pattern of the holiday the message names, if any. */
export function holidayNamed(text: string): RegExp | null {
  const t = words(text);
  return HOLIDAYS.find(([said]) => said.test(t))?.[1] ?? null;
}

/**
 * The closures of one holiday lie within this many days of its first (the day, Lebaran's second day, the cuti bersama around
 * it); the same holiday a year on is its next occurrence, not part of this one.
 */
const HOLIDAY_SPAN_DAYS = 14;
/** A year said in the message ("natal 2027"). */
const YEAR = /\b(20\d\d)\b/;

/** The next occurrence's closures for a named holiday, and when the MPP opens again after them. */
export function holidayReply(app: App, turn: Turn, reason: RegExp): Reply {
  const { lang } = turn;
  const { settings } = app;
  const today = localParts(turn.now, settings.timeZone).date;
  // "paskah 2028 buka?": only that year's, which the calendar may not list yet (it had answered with Easter 2027).
  const year = YEAR.exec(turn.text)?.[1];
  // A holiday closes the whole MPP; a service's own closure (staff's reason may say anything) is not one.
  const ahead = settings.closures.filter((c) => c.services === undefined && c.date >= today && (year === undefined || c.date.startsWith(year)) && (reason.test(c.reason.id) || reason.test(c.reason.en)));
  // Once mpp.json listed Christmas 2027 too, "pas natal buka?" in November 2026 listed both and "open again" after the second
  // (session 38's CI rehearsal).
  const hits = ahead.filter((c) => ahead[0] !== undefined && c.date <= addDays(ahead[0].date, HOLIDAY_SPAN_DAYS));
  if (hits.length === 0) {
    return { kind: 'answer', text: tr(lang, `Belum ada hari libur itu di jadwal ${settings.name} dalam waktu dekat. Ketik "jam buka" untuk jadwal lengkap.`, `That holiday is not in the ${settings.name} calendar for the coming months. Type "opening hours" for the full schedule.`) };
  }
  const lines = hits.map((c) => `• ${formatDate(c.date, lang)}: ${pick(c.reason, lang)}`);
  const last = hits.at(-1)!.date;
  const next = nextOpening(settings, addDays(last, 1), 0);
  const reopen = next ? `\n${tr(lang, 'Buka lagi', 'Open again')}: ${formatDate(next.date, lang)}, ${formatTime(next.time, settings.timeZone, lang)}.` : '';
  return { kind: 'answer', text: `${tr(lang, `Tidak, ${settings.name} tutup (libur):`, `No, ${settings.name} is closed (holiday):`)}\n${lines.join('\n')}${reopen}` };
}

/** "buka tanggal 25 desember?": that day's hours, or closed and why. */
export function dayHoursReply(app: App, turn: Turn, date: string, serviceId: string | null, named: NamedElsewhere): Reply {
  // "MPP Kota Bekasi buka sabtu?", "kantor imigrasi ambon buka sabtu?": ours, said to be ours (session 18).
  const reply = ourDayHours(app, turn, date, serviceId);
  const elsewhere = notHere(app, turn, named);
  if (elsewhere === '') return reply;
  const { name } = app.settings;
  return { ...reply, text: `${elsewhere}${tr(turn.lang, `Di ${name}, ${reply.text}`, `At ${name}, ${reply.text}`)}` };
}

function ourDayHours(app: App, turn: Turn, date: string, serviceId: string | null): Reply {
  const { lang } = turn;
  const { settings } = app;
  const closure = closureOn(settings, date);
  if (closure) {
    return { kind: 'answer', text: tr(lang, `${formatDate(date, lang)}: tutup, libur ${pick(closure.reason, lang)}.`, `${formatDate(date, lang)}: closed, holiday (${pick(closure.reason, lang)}).`) };
  }
  const serviceClosed = serviceId ? closureFor(settings, serviceId, date) : undefined;
  if (serviceClosed && serviceId) {
    const name = pick(app.info.service(serviceId)?.name ?? { id: serviceId, en: serviceId }, lang);
    return { kind: 'answer', text: tr(lang, `${formatDate(date, lang)}: layanan ${name} tutup (${pick(serviceClosed.reason, lang)}). Layanan lain tetap buka.`, `${formatDate(date, lang)}: ${name} is closed (${pick(serviceClosed.reason, lang)}). Other services stay open.`) };
  }
  const periods = serviceId ? openPeriods(settings, serviceId, date) : settings.hours[weekdayOf(date)];
  // A day closed every week says when it is open instead: "jam bukanya sampe jam brp? sabtu buka ga" was told only that Saturday
  // is closed (session 44, `npm run simulate`).
  if (periods.length === 0) {
    const closed = tr(lang, `${formatDate(date, lang)}: tutup (${dayName(weekdayOf(date), lang)} libur).`, `${formatDate(date, lang)}: closed (closed on ${dayName(weekdayOf(date), lang)}s).`);
    return { kind: 'answer', text: `${closed}\n\n${tr(lang, 'Jam layanan:', 'Opening hours:')}\n${weekLines(app, serviceId, lang).join('\n')}` };
  }
  const spans = periods.map((p) => `${formatTime(p.open, settings.timeZone, lang).split(' ')[0]}–${formatTime(p.close, settings.timeZone, lang)}`).join(', ');
  const local = localParts(turn.now, settings.timeZone);
  const nowNote = date === local.date && !isOpenAt(settings, date, local.minutes) ? tr(lang, ' (saat ini sedang tutup)', ' (closed right now)') : '';
  return { kind: 'answer', text: tr(lang, `${formatDate(date, lang)}: buka ${spans}${nowNote}.`, `${formatDate(date, lang)}: open ${spans}${nowNote}.`) };
}
