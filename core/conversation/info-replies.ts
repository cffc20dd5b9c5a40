/**
 * Replies that only inform: service facts, opening hours, location, menus, greetings,
 * complaint channels. None of them change state.
 */
import type { App, Turn } from '../app.js';
import { closureOn, openPeriods } from '../booking/slots.js';
import { dayName, formatDate, formatTime } from '../format.js';
import { pick, tr } from '../i18n.js';
import { addDays, localParts, WEEKDAYS } from '../local-time.js';
import type { Service, WeekHours } from '../schema.js';
import { agencyOf, type InfoTopic } from '../service-info.js';
import type { Choice, NamedElsewhere, Request } from '../session.js';
import type { Lang, Reply } from '../types.js';
import { companyVariant } from './variant-wording.js';

export function menuChoices(lang: Lang): Choice[] {
  return [
    { label: tr(lang, 'Syarat layanan', 'Requirements'), value: 'syarat', request: { intent: 'requirements' } },
    { label: tr(lang, 'Ambil antrean', 'Book a queue slot'), value: 'booking', request: { intent: 'book' } },
    { label: tr(lang, 'Cek booking saya', 'My bookings'), value: 'cek booking', request: { intent: 'my_booking' } },
    { label: tr(lang, 'Jam buka & lokasi', 'Hours & location'), value: 'jam buka', request: { intent: 'hours' } },
    { label: tr(lang, 'Daftar layanan', 'All services'), value: 'layanan', request: { intent: 'list_services' } },
  ];
}

export function serviceChoices(app: App, lang: Lang, intent: Request['intent']): Choice[] {
  return app.info.offered().map((s) => ({
    label: pick(s.name, lang),
    value: s.id,
    request: { intent, service: s.id },
  }));
}

export function variantChoices(service: Service, lang: Lang, intent: Request['intent']): Choice[] {
  return service.variants.map((v) => ({
    label: pick(v.name, lang),
    value: `${service.id} ${v.id}`,
    request: { intent, service: service.id, variant: v.id },
  }));
}

export function greeting(app: App, turn: Turn): Reply {
  const { lang } = turn;
  return {
    kind: 'answer',
    text: tr(
      lang,
      `Halo! Saya Layani, asisten ${app.settings.name}. Saya bisa menjelaskan syarat, biaya dan lama layanan, serta mengambilkan nomor antrean.\nKetik pertanyaan Anda, misalnya "syarat bikin kk" atau "booking ktp besok jam 9", atau pilih menu:`,
      `Hello! I'm Layani, the assistant of ${app.settings.name}. I can explain requirements, fees and processing times, and book you a queue number.\nAsk me anything, e.g. "requirements for a passport" or "book ktp tomorrow at 9", or pick from the menu:`,
    ),
    options: menuChoices(lang),
  };
}

/**
 * @param official the citizen asked whether this chat is the MPP's own ("ini akun resmi? takut penipuan"): say whose it is,
 *   what it never asks for, and the MPP's own phone to check it by, before what it can do.
 */
export function help(app: App, turn: Turn, official = false, infoAsked = false): Reply {
  const { lang } = turn;
  const examples = tr(
    lang,
    '• "syarat ktp hilang"\n• "biaya perpanjang sim berapa?"\n• "booking paspor kamis jam 10"\n• "cek booking saya" / "batal booking LY-XXXXX"\n• "jam buka" / "lokasi"\n• "mau lapor" (pengaduan) / "bicara dengan petugas"',
    '• "requirements for a lost ktp"\n• "how much is a sim renewal?"\n• "book paspor thursday at 10"\n• "my booking" / "cancel booking LY-XXXXX"\n• "opening hours" / "location"\n• "complaint" / "talk to staff"',
  );
  return {
    kind: 'answer',
    text: `${official ? whoseChat(app, lang) : ''}${tr(lang, `Yang bisa saya bantu di ${app.settings.name}:`, `What I can do for ${app.settings.name}:`)}\n${examples}${infoAsked ? announcementsOffer(lang) : ''}`,
    options: infoAsked ? [...menuChoices(lang), { label: tr(lang, 'Terima pengumuman', 'Get announcements'), value: tr(lang, 'langganan pengumuman', 'subscribe to announcements') }] : menuChoices(lang),
  };
}

function announcementsOffer(lang: Lang): string {
  return tr(lang, '\n\nIngin menerima pengumuman MPP (layanan tutup, perubahan jam)? Ketik "langganan pengumuman".', '\n\nWant the MPP\'s announcements (closures, changed hours)? Type "subscribe to announcements".');
}

/** Whose chat this is, for a citizen afraid of being cheated: it never asks for money, a PIN or an OTP code. */
function whoseChat(app: App, lang: Lang): string {
  const { name, phone } = app.settings;
  const check = phone ? tr(lang, ` Untuk memastikan, Anda bisa menelepon ${name} di ${phone}.`, ` To check, you can call ${name} on ${phone}.`) : '';
  return `${tr(
    lang,
    `Ini Layani, asisten chat ${name}. Chat ini tidak pernah meminta transfer uang, PIN, atau kode OTP; bila ada yang meminta atas nama kami, jangan dituruti dan laporkan dengan mengetik "mau lapor".`,
    `This is Layani, the chat assistant of ${name}. This chat never asks for a money transfer, a PIN or an OTP code; if anyone asks for them in our name, do not follow them and report it by typing "complaint".`,
  )}${check}\n\n`;
}

export function listServices(app: App, turn: Turn, named: NamedElsewhere): Reply {
  const { lang } = turn;
  const lines = app.settings.agencies.map((agency) => {
    const names = agency.services.map((id) => app.info.service(id)).filter((s) => s !== undefined).map((s) => pick(s.name, lang));
    return `• ${pick(agency.name, lang)}: ${names.join(', ')}`;
  });
  return {
    kind: 'answer',
    // "taspen ada di mpp ga": say it is not, before what is (issue 11: the unknown name is the reply's to use).
    text: `${notHere(app, turn, named)}${tr(lang, `Layanan di ${app.settings.name}:`, `Services at ${app.settings.name}:`)}\n${lines.join('\n')}\n\n${tr(lang, 'Pilih layanan untuk melihat syaratnya:', 'Pick a service to see its requirements:')}`,
    options: serviceChoices(app, lang, 'requirements'),
  };
}

function describeDay(periods: WeekHours['mon'], timeZone: string, lang: Lang): string {
  if (periods.length === 0) return tr(lang, 'tutup', 'closed');
  return periods.map((p) => `${formatTime(p.open, timeZone, lang).split(' ')[0]}–${formatTime(p.close, timeZone, lang)}`).join(', ');
}

/** The week's hours of the MPP, or of a service's agency, a line a day. */
export function weekLines(app: App, serviceId: string | null, lang: Lang): string[] {
  const { settings } = app;
  const service = serviceId ? app.info.service(serviceId) : undefined;
  const week = (service && agencyOf(settings, service.id)?.hours) ?? settings.hours;
  const order = [...WEEKDAYS.slice(1), 'sun' as const];
  return order.map((day) => `• ${dayName(day, lang)}: ${describeDay(week[day], settings.timeZone, lang)}`);
}

export function hours(app: App, turn: Turn, serviceId: string | null, named: NamedElsewhere): Reply {
  const { lang } = turn;
  const { settings } = app;
  const service = serviceId ? app.info.service(serviceId) : undefined;
  const week = (service && agencyOf(settings, service.id)?.hours) ?? settings.hours;
  const lines = weekLines(app, serviceId, lang);
  const today = localParts(turn.now, settings.timeZone).date;
  // A service's own closure (staff's `/tutuplayanan`) is listed with its name, and only where it matters: the hours of the MPP
  // or of that service.
  const upcoming = settings.closures
    .filter((c) => c.date >= today && c.date <= addDays(today, 30) && (c.services === undefined || service === undefined || c.services.includes(service.id)))
    .map((c) => `• ${formatDate(c.date, lang)}: ${c.services ? `${closedServices(app, c.services, lang)} — ` : ''}${pick(c.reason, lang)}`);
  const title = service
    ? tr(lang, `Jam layanan ${pick(service.name, lang)} di ${settings.name}:`, `Hours for ${pick(service.name, lang)} at ${settings.name}:`)
    : tr(lang, `Jam buka ${settings.name}:`, `Opening hours of ${settings.name}:`);
  const closures = upcoming.length > 0 ? `\n\n${tr(lang, 'Libur/tutup dalam 30 hari ke depan:', 'Closed in the next 30 days:')}\n${upcoming.join('\n')}` : '';
  const todayPeriods = service ? openPeriods(settings, service.id, today) : closureOn(settings, today) ? [] : week[localParts(turn.now, settings.timeZone).weekday];
  const todayLine = `\n\n${tr(lang, 'Hari ini', 'Today')}: ${describeDay(todayPeriods, settings.timeZone, lang)}`;
  return { kind: 'answer', text: `${notHere(app, turn, named)}${title}\n${lines.join('\n')}${todayLine}${closures}` };
}

export function location(app: App, turn: Turn, serviceId: string | null, named: NamedElsewhere): Reply {
  const { lang } = turn;
  const { settings } = app;
  const service = serviceId ? app.info.service(serviceId) : undefined;
  if (service) {
    // The counter is the agency's, the same for every kind: the title names the service, never a
    // kind the citizen did not pick ("Lokasi layanan KTP-el baru" mid-booking, field bug 6).
    const variant = app.info.variant(service, null);
    const [title = ''] = app.info.emphasis('location', service, null, lang);
    const text = [title, ...app.info.answer('location', service, variant, lang).split('\n').slice(1)].join('\n');
    return { kind: 'answer', text, emphasis: [title] };
  }
  return {
    kind: 'answer',
    text: `${notHere(app, turn, named)}📍 ${settings.name}\n${settings.address}\n${settings.mapUrl}${settings.phone ? `\n☎️ ${settings.phone}` : ''}`,
  };
}

/**
 * "Taspen buka jam berapa", "kapan mpp madiun buka" (issue 11): the NLU names an agency or a place the
 * catalog does not know. Say so before the MPP's own hours or address, instead of pretending they are Taspen's.
 */
export function notHere(app: App, turn: Turn, { unknownAgency, unknownPlace, outside }: NamedElsewhere): string {
  const { lang } = turn;
  const { name } = app.settings;
  // An office at another town's MPP ("loket PDAM ada gak di MPP Manokwari"): the town is what we know nothing of.
  if (unknownAgency !== undefined && unknownPlace === undefined) {
    // It opens the reply's sentence: "kantor BPN" as written reads "Kantor BPN".
    const written = asWritten(unknownAgency, turn.text);
    const agency = `${written.charAt(0).toUpperCase()}${written.slice(1)}`;
    const known = app.settings.agencies.some((a) => pick(a.name, lang).toLowerCase().includes(unknownAgency.toLowerCase()));
    if (!known) return tr(lang, `${agency} tidak ada di ${name}. `, `${agency} is not at ${name}. `);
  }
  if (unknownPlace !== undefined) {
    const place = asWritten(unknownPlace, turn.text);
    return tr(lang, `Saya asisten ${name}; info untuk ${place} tidak saya punya. `, `I am the assistant of ${name}; I have no information for ${place}. `);
  }
  // Understood and not ours: say so, not "I did not understand"; a complaint about another public service has its own channel.
  if (outside === 'grievance') {
    return tr(
      lang,
      `Maaf atas pengalaman Anda. Itu bukan layanan ${name}, jadi tidak bisa saya tindak lanjuti di sini; pengaduan tentang layanan publik lain dapat disampaikan ke SP4N-LAPOR! (lapor.go.id, SMS 1708). `,
      `Sorry about your experience. That is not a service of ${name}, so I cannot follow it up here; complaints about other public services can go to SP4N-LAPOR! (lapor.go.id, SMS 1708). `,
    );
  }
  if (outside === 'topic') return tr(lang, `Itu di luar layanan ${name}, jadi tidak bisa saya bantu di sini. `, `That is outside the services of ${name}, so I cannot help with it here. `);
  return '';
}

function capitalise(words: string): string {
  return words.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/**
 * A name the NLU found (lower-cased, normalised), as the citizen wrote it when they wrote it with capitals ("BPN",
 * "Bank BNI"); otherwise capitalised ("Taspen"). The NLU's form is matched word by word in the text, case aside.
 */
function asWritten(name: string, text: string): string {
  const words = name.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const edge = (pattern: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'iu');
  // The normaliser may have read a word in the middle otherwise ("Kelas I TPI Ambon": "tpi" is chat for "tapi"): then the
  // stretch from the first word to the last, with about as many words between, is the name as written.
  const found =
    edge(words.join('\\s+')).exec(text)?.[0] ??
    (words.length > 2 ? edge(`${words[0]}(?:\\s+\\S+){${words.length - 2},${words.length}}?\\s+${words.at(-1)}`).exec(text)?.[0] : undefined) ??
    // …or the last word itself ("Kantor imigrasi Parepare" read "… prepare"): the first word and as many after it.
    (words.length > 1 ? edge(`${words[0]}(?:\\s+[\\p{L}\\p{N}]+){${words.length - 1}}`).exec(text)?.[0] : undefined);
  if (found === undefined) return capitalise(name);
  const written = found.replace(/\s+/g, ' ');
  return /\p{Lu}/u.test(written) ? written : capitalise(written);
}

/**
 * requirements / procedure / cost / duration for a known service. Asks for the variant when it matters.
 * Requirements come as a short first bubble with a "Detail" option; `detail` gives the full text.
 */
export function serviceTopic(app: App, turn: Turn, topic: InfoTopic, service: Service, asked: string | null, detail = false): Reply {
  const { lang } = turn;
  const variantId = asked ?? companyVariant(service, turn.text) ?? null;
  const needsVariant = (topic === 'requirements' || topic === 'procedure') && service.variants.length > 1 && !variantId;
  if (needsVariant) {
    return {
      kind: 'clarify',
      text: tr(lang, `${pick(service.name, lang)} yang mana?`, `Which ${pick(service.name, lang)} service?`),
      options: variantChoices(service, lang, topic).map((c) => (detail ? { ...c, request: { ...c.request, detail } } : c)),
    };
  }
  if ((topic === 'cost' || topic === 'duration') && service.variants.length > 1 && !variantId) {
    return { kind: 'answer', text: app.info.allVariants(topic, service, lang), emphasis: app.info.emphasis(topic, service, null, lang), options: followUps(service, lang) };
  }
  const variant = app.info.variant(service, variantId);
  const brief = topic === 'requirements' && !detail;
  const options = brief ? [detailChoice(service, variant.id, lang), ...followUps(service, lang, variant.id)] : followUps(service, lang, variant.id);
  // Title and fee line in bold where the channel can show it (WhatsApp); the same words everywhere.
  const emphasis = app.info.emphasis(topic, service, variant, lang);
  return { kind: 'answer', text: app.info.answer(topic, service, variant, lang, detail), emphasis, options };
}

/** "Detail" under a short requirements answer: every line, the fee in full, notes and all sources. */
function detailChoice(service: Service, variant: string, lang: Lang): Choice {
  return {
    label: tr(lang, 'Detail', 'Details'),
    value: 'detail',
    request: { intent: 'requirements', service: service.id, variant, detail: true },
  };
}

/**
 * "Boleh diwakilkan?" / "can someone else do it for me?": yes or no first, then why and the source.
 * There is no intent for this yet; the engine should route a question about representation
 * (diwakilkan, diwakili, surat kuasa, titip, "on my behalf") here with the service in context.
 * When the citizen did not say which variant and the variants differ, each gets its own yes/no line.
 */
export function representation(app: App, turn: Turn, service: Service, variantId: string | null): Reply {
  const { lang } = turn;
  const verdicts = new Set(service.variants.map((v) => v.representable));
  const reasons = new Set(service.variants.map((v) => `${pick(v.inPerson.why, lang)} ${v.inPerson.source}`));
  // No kind picked: one answer only when every kind has the same one, and then it names the service (field bug 6).
  if (!variantId && (verdicts.size > 1 || reasons.size > 1)) {
    return { kind: 'answer', text: app.info.representationByVariant(service, lang), options: followUps(service, lang) };
  }
  const variant = app.info.variant(service, variantId);
  const text = app.info.representation(service, variant, lang);
  if (variantId || service.variants.length === 1) return { kind: 'answer', text, options: followUps(service, lang, variant.id) };
  const general = text.replace(`(${app.info.title(service, variant, lang)})`, `(${pick(service.name, lang)})`);
  return { kind: 'answer', text: general, options: followUps(service, lang) };
}

/**
 * A message naming only a service: a short overview and what to ask next. `here`: asked whether it is served here ("bpjs
 * kesehatan … bisa disini ga"), which the whole service list answered only by its length (session 44, `npm run simulate`): the
 * reply says yes first.
 */
export function overview(app: App, turn: Turn, service: Service, here = false): Reply {
  const { lang } = turn;
  const name = pick(service.name, lang);
  const where = app.info.where(service, lang);
  const head = here ? tr(lang, `Ya, ${name} ada di sini: ${where}.`, `Yes, ${name} is served here: ${where}.`) : `${name} — ${where}`;
  return {
    kind: 'answer',
    text: `${head}\n${tr(lang, 'Apa yang ingin Anda ketahui?', 'What would you like to know?')}`,
    options: followUps(service, lang),
  };
}

function followUps(service: Service, lang: Lang, variant?: string): Choice[] {
  const base = { service: service.id, variant: variant ?? null };
  return [
    { label: tr(lang, 'Syarat', 'Requirements'), value: `syarat ${service.id}`, request: { ...base, intent: 'requirements' } },
    { label: tr(lang, 'Alur', 'Steps'), value: `alur ${service.id}`, request: { ...base, intent: 'procedure' } },
    { label: tr(lang, 'Biaya', 'Fee'), value: `biaya ${service.id}`, request: { ...base, intent: 'cost' } },
    { label: tr(lang, 'Lama proses', 'Processing time'), value: `lama ${service.id}`, request: { ...base, intent: 'duration' } },
    { label: tr(lang, 'Ambil antrean', 'Book'), value: `booking ${service.id}`, request: { ...base, intent: 'book' } },
  ];
}

export function fallback(app: App, turn: Turn, named: NamedElsewhere): Reply {
  const { lang, session } = turn;
  // Understood, and not ours: "cara klaim pensiun taspen" is no message we failed to read ("Maaf, saya belum paham").
  const elsewhere = notHere(app, turn, named);
  if (elsewhere !== '') {
    return {
      kind: 'fallback',
      text: `${elsewhere}${tr(lang, 'Saya bisa membantu soal layanan di MPP: syarat, biaya, lama proses, jam buka, dan antrean.', 'I can help with MPP services: requirements, fees, processing time, opening hours and queue bookings.')}`,
      options: menuChoices(lang),
    };
  }
  const again = session.fallbacks >= 2;
  const text = again
    ? tr(
        lang,
        `Maaf, saya masih belum paham. Anda bisa memilih menu di bawah, atau menghubungi petugas: ${app.settings.complaints.channels[0]?.contact ?? app.settings.name}.`,
        `Sorry, I still don't understand. Pick from the menu below, or contact our staff: ${app.settings.complaints.channels[0]?.contact ?? app.settings.name}.`,
      )
    : tr(
        lang,
        'Maaf, saya belum paham. Saya bisa membantu soal layanan di MPP: syarat, biaya, lama proses, jam buka, dan antrean. Contoh: "syarat bikin kk".',
        'Sorry, I did not get that. I can help with MPP services: requirements, fees, processing time, opening hours and queue bookings. For example: "requirements for a family card".',
      );
  return { kind: 'fallback', text, options: menuChoices(lang) };
}

/** "KTP-el, KK" for a closure of some services. */
function closedServices(app: App, services: readonly string[], lang: Lang): string {
  const names = services.map((id) => pick(app.info.service(id)?.name ?? { id, en: id }, lang));
  return tr(lang, `layanan ${names.join(', ')} tutup`, `${names.join(', ')} closed`);
}
