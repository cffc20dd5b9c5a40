/**
 * The complaint dialog: what happened, about which service, when, anonymous or not → a ticket.
 * Whatever the first message already said (category, service) is not asked again. "batal"
 * at any step abandons it; nothing is stored until the last answer.
 */
import type { App, Turn } from '../app.js';
import { CATEGORY_LABELS, categoryLabel, escalation, guessCategory } from '../care/complaints.js';
import { formatDate } from '../format.js';
import { pick, tr } from '../i18n.js';
import { localParts } from '../local-time.js';
import type { Understanding } from '../nlu.js';
import type { ComplaintCategory } from '../records.js';
import type { Choice, ComplaintDraft, Pending } from '../session.js';
import type { Reply } from '../types.js';

type ComplaintPending = Extract<Pending, { kind: 'complaint' }>;

const SKIP = /^(lewat(i|in)?|skip|tidak tahu|gak tahu|ga tau|nggak tahu|-)$/i;
const MIN_STORY_WORDS = 6;
/** A message that ends asking ("…di mpp?", "…di mpp ??", "…ya? 🙏"). */
const ENDS_ASKING = /\?[\s?!.\p{Extended_Pictographic}\uFE0F]*$/u;
/** The words that ask to complain ("saya mau komplain,", "mau lapor", "I want to complain:"), before the story. */
const COMPLAIN_FORMULA =
  /^(saya |sy |aku |i )?(mau |ingin |pengen |pingin |mo |want to |would like to |'d like to )?(komplain|complain|lapor|melapor|mengadu|ngadu|protes|mengeluh|report)( (dong|nih|ya|kak|min|pak|bu|soal|tentang|about|that))*\s*[,:.!-]*\s*/i;

/**
 * The message tells what happened, so "Ceritakan apa yang terjadi" would ask for it again: six words or more, or
 * three after the words asking to complain ("mau komplain petugasnya kemarin judes", issue 11, field leftover).
 * "mau komplain", "mau lapor pungli", "pelayanan lambat" name a topic only: the story is still asked for.
 */
function tellsStory(text: string): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length >= MIN_STORY_WORDS) return true;
  return text.trim().replace(COMPLAIN_FORMULA, '').split(/\s+/).filter(Boolean).length >= 3;
}

/** Starts from the first message: "mau lapor pungli di loket ktp kemarin" already fills three answers. */
export function startComplaint(app: App, turn: Turn, hints: { service?: string | null; date?: string | null }): Reply {
  const draft: ComplaintDraft = {
    hasPhoto: false,
    ...(guessCategory(turn.text) ? { category: guessCategory(turn.text) } : {}),
    ...(hints.service ? { service: hints.service } : {}),
    ...(hints.date ? { happenedOn: hints.date } : todayTold(app, turn) ? { happenedOn: todayTold(app, turn)! } : {}),
    ...(tellsStory(turn.text) ? { text: turn.text.slice(0, 2000) } : {}),
  };
  return ask(app, turn, draft);
}

/** "tadi pagi", "barusan", "hari ini": today. "petugas loket ktp tadi pagi kasar banget" was still asked "Kapan kejadiannya?". */
const TODAY_TOLD = /\b(?:tadi|td|tdi|barusan|baru saja|hari ini|this morning|today|just now)\b/i;
/** "tadi malam" said in the morning is last night: the day is asked. */
const LAST_NIGHT = /\b(?:tadi|td|tdi) malam\b|\bsemalam\b|\bkemarin\b|\bkemaren\b|\blast night\b|\byesterday\b/i;
function todayTold(app: App, turn: Turn): string | null {
  return TODAY_TOLD.test(turn.text) && !LAST_NIGHT.test(turn.text) ? localParts(turn.now, app.settings.timeZone).date : null;
}

/**
 * More of the story, told at a later question ("oh iya satu lagi, saya juga disuruh bayar 50rb padahal katanya gratis" at "Kirim
 * sebagai anonim?"): it was met with "Pilih 1 atau 2" and lost (sessions 46 and 47, field tests). Added to the story; the question
 * is asked again.
 */
function storyAdded(app: App, turn: Turn, draft: ComplaintDraft, text: string): Promise<Reply> {
  const told = `${draft.text ?? ''}\n${text}`.trim().slice(0, 2000);
  const category = draft.category === 'other' ? (guessCategory(told) ?? 'other') : draft.category;
  const reply = ask(app, turn, { ...draft, text: told, ...(category ? { category } : {}) });
  return Promise.resolve({ ...reply, text: `${tr(turn.lang, 'Tambahan cerita dicatat.', 'Added to your story.')}\n${reply.text}` });
}

/** The next question, or the ticket when everything is known. */
async function advance(app: App, turn: Turn, draft: ComplaintDraft): Promise<Reply> {
  if (draft.anonymous === undefined || !draft.category || !draft.text || draft.service === undefined || draft.happenedOn === undefined) {
    return ask(app, turn, draft);
  }
  turn.session.pending = undefined;
  const complaint = await app.complaints.create({
    user: draft.anonymous ? null : turn.user,
    category: draft.category,
    text: draft.text,
    hasPhoto: draft.hasPhoto,
    ...(draft.service ? { service: draft.service } : {}),
    ...(draft.happenedOn ? { happenedOn: draft.happenedOn } : {}),
  });
  const { lang } = turn;
  const follow = complaint.secret
    ? tr(lang, `Karena anonim, kami tidak dapat mengirim tanggapan ke chat ini. Simpan nomor tiket dan kata rahasia ini: ${complaint.id} ${complaint.secret}\nKetik keduanya kapan saja untuk membaca status dan tanggapannya. Tanpa kata rahasia, tiket ini tidak bisa dibuka siapa pun.`, `As it is anonymous we cannot send the reply to this chat. Keep the ticket and this secret word: ${complaint.id} ${complaint.secret}\nType both any time to read its status and the reply. Without the word, nobody can open this ticket.`)
    : tr(lang, `Tanggapan akan dikirim lewat chat ini paling lambat ${formatDate(complaint.dueAt.slice(0, 10), lang)}. Ketik "${complaint.id}" untuk melihat statusnya.`, `The reply will come through this chat by ${formatDate(complaint.dueAt.slice(0, 10), lang)}. Type "${complaint.id}" to see its status.`);
  return {
    kind: 'complaint_received',
    text: `📮 ${tr(lang, 'Pengaduan Anda diterima.', 'Your complaint has been received.')}\n${tr(lang, 'Nomor tiket', 'Ticket number')}: ${complaint.id}\n${tr(lang, 'Kategori', 'Category')}: ${categoryLabel(complaint.category, lang)}\n${follow}\n${escalation(app, lang)}`,
  };
}

/** The question the draft waits on (exported to ask it again in another language, ask-again.ts). */
export function ask(app: App, turn: Turn, draft: ComplaintDraft): Reply {
  const { lang } = turn;
  const set = (awaiting: ComplaintPending['awaiting'], text: string, choices: Choice[] = []): Reply => {
    turn.session.pending = { kind: 'complaint', draft, awaiting, choices };
    return { kind: 'clarify', text, ...(choices.length > 0 ? { options: choices } : {}) };
  };
  if (!draft.category) {
    const choices = (Object.keys(CATEGORY_LABELS) as ComplaintCategory[]).map((category) => ({
      label: categoryLabel(category, lang),
      value: category,
      request: { intent: 'complaint' as const, category },
    }));
    return set('category', tr(lang, 'Mohon maaf atas pengalaman yang kurang baik. Pengaduan Anda tentang apa?', 'We are sorry about your experience. What is your complaint about?'), choices);
  }
  if (!draft.text) {
    return set('text', tr(lang, 'Ceritakan apa yang terjadi (boleh dengan foto). Mohon jangan menulis NIK atau nomor HP.', 'Tell us what happened (a photo is welcome). Please do not write ID or phone numbers.'));
  }
  if (draft.service === undefined) {
    const choices: Choice[] = [
      ...app.info.offered().map((s) => ({ label: pick(s.name, lang), value: s.id, request: { intent: 'complaint' as const, service: s.id } })),
      { label: tr(lang, 'Tidak terkait layanan tertentu', 'Not about one service'), value: 'lewati', request: { intent: 'complaint', service: null } },
    ];
    return set('service', tr(lang, 'Terkait layanan apa?', 'Which service was it about?'), choices);
  }
  if (draft.happenedOn === undefined) {
    return set('when', tr(lang, 'Kapan kejadiannya? (misalnya "hari ini", "kemarin", "senin lalu", atau "lewati")', 'When did it happen? (e.g. "today", "yesterday", or "skip")'));
  }
  const choices: Choice[] = [
    { label: tr(lang, 'Dengan identitas chat (bisa dijawab)', 'With my chat (you can reply)'), value: 'tidak', request: { intent: 'complaint', anonymous: false } },
    { label: tr(lang, 'Anonim', 'Anonymous'), value: 'anonim', request: { intent: 'complaint', anonymous: true } },
  ];
  return set('anonymous', tr(lang, 'Kirim sebagai anonim? Bila anonim, kami tidak bisa mengirim tanggapan ke chat ini.', 'Send anonymously? If so, we cannot send the reply to this chat.'), choices);
}

/** Applies an option the citizen picked (category, service, anonymity). */
export function applyChoice(app: App, turn: Turn, pending: ComplaintPending, request: { category?: ComplaintCategory; service?: string | null; anonymous?: boolean }): Promise<Reply> {
  return advance(app, turn, {
    ...pending.draft,
    ...(request.category ? { category: request.category } : {}),
    ...(request.service !== undefined ? { service: request.service } : {}),
    ...(request.anonymous !== undefined ? { anonymous: request.anonymous } : {}),
  });
}

/** A typed answer to the open complaint question. */
export function answerStep(app: App, turn: Turn, pending: ComplaintPending, u: Understanding): Promise<Reply> {
  const { draft } = pending;
  const text = turn.text.trim();
  switch (pending.awaiting) {
    case 'category':
      return advance(app, turn, { ...toldToo(app, turn, draft, u), category: guessCategory(text) ?? 'other', text: draft.text ?? (tellsStory(text) ? text.slice(0, 2000) : undefined) });
    case 'text': {
      // "Lainnya" (or a "?" at the category question) and then a story of a bribe: the story says what it is about. A pungli
      // report had reached staff as "Kategori: Lainnya" (session 47, a field test).
      const category = draft.category === 'other' ? (guessCategory(text) ?? 'other') : draft.category;
      return advance(app, turn, { ...toldToo(app, turn, draft, u), ...(category ? { category } : {}), text: text.slice(0, 2000) });
    }
    case 'service': {
      const agency = u.service === null ? agencyService(app, text) : undefined;
      if (agency !== undefined) return advance(app, turn, { ...draft, service: agency });
      if (u.service === null && tellsMore(text, draft)) return storyAdded(app, turn, draft, text);
      // "tadi pagi jam 10an" answers when, not which service: kept, and the service asked again.
      if (u.service === null && (u.date !== null || u.time !== null) && draft.happenedOn === undefined) {
        return advance(app, turn, { ...draft, happenedOn: pastDay(app, turn, u.date) ?? text.slice(0, 60) });
      }
      return advance(app, turn, { ...draft, service: u.service ?? null });
    }
    case 'when':
      if (pastDay(app, turn, u.date) === null && todayTold(app, turn) === null && tellsMore(text, draft)) return storyAdded(app, turn, draft, text);
      // "Abdul Rahman" (his name) was filed as the day it happened (session 47, a field test): words with no sign of a time are asked again.
      if (pastDay(app, turn, u.date) === null && todayTold(app, turn) === null && !SKIP.test(text) && !NOT_KNOWN.test(text) && !TIME_SAID.test(text)) return Promise.resolve(reaskWhen(app, turn, draft));
      return advance(app, turn, { ...draft, happenedOn: SKIP.test(text) || NOT_KNOWN.test(text) ? null : (pastDay(app, turn, u.date) ?? todayTold(app, turn) ?? text.slice(0, 60)) });
    case 'anonymous': {
      const anonymous = readAnonymous(text);
      if (anonymous === null && tellsMore(text, draft)) return storyAdded(app, turn, draft, text);
      return anonymous === null ? Promise.resolve(reaskAnonymous(app, turn, draft)) : advance(app, turn, { ...draft, anonymous });
    }
  }
}

/** A story's length, said after the story was taken: more of it. */
function tellsMore(text: string, draft: ComplaintDraft): boolean {
  return draft.text !== undefined && text.trim().split(/\s+/).length >= MIN_STORY_WORDS && !ENDS_ASKING.test(text);
}

/**
 * The service and the day a story names, when they are not known yet: "petugas loket kk tadi pagi jutek banget" typed at
 * "Pengaduan Anda tentang apa?" was asked "Terkait layanan apa?" and "Kapan kejadiannya?" (session 42, `npm run simulate`), as
 * the first message's are taken (startComplaint).
 */
function toldToo(app: App, turn: Turn, draft: ComplaintDraft, u: Understanding): ComplaintDraft {
  const day = draft.happenedOn === undefined ? (pastDay(app, turn, u.date) ?? todayTold(app, turn)) : null;
  const service = draft.service === undefined ? (u.service ?? agencyService(app, turn.text)) : undefined;
  return { ...draft, ...(service !== undefined ? { service } : {}), ...(day ? { happenedOn: day } : {}) };
}

/**
 * An agency named instead of a service ("di loket dukcapil"): its one service, or none in particular (null) when it has several.
 * "Terkait layanan apa?" was asked four times of a complaint about the Dukcapil counters (session 47, a field test).
 */
function agencyService(app: App, text: string): string | null | undefined {
  const words = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const agency = app.settings.agencies.find((a) => words.includes(` ${a.id.replace(/_/g, ' ')} `));
  if (!agency) return undefined;
  return agency.services.length === 1 ? agency.services[0]! : null;
}

/**
 * The day a complaint happened, as read, when it is not after today: the NLU reads "senin lalu" and "jumat kemarin" as the coming
 * ones, and a complaint's day to come is a misreading, so the citizen's own words are kept instead (session 41, simulate).
 */
function pastDay(app: App, turn: Turn, date: string | null): string | null {
  return date !== null && date <= localParts(turn.now, app.settings.timeZone).date ? date : null;
}

/**
 * The typed text plainly answers the open complaint question, so it is no aside ("jam buka?")
 * whatever the NLU says: a story (six words or more), words of a complaint, or a fitting answer.
 * Only the story's own step takes six words ending in a question mark as the story: at the
 * category, service, date or name step, "ada loket Taspen gak di mpp?" is a question of its own
 * (field, session 17: it was filed as the complaint's text, and the citizen got no answer).
 */
export function answersStep(pending: ComplaintPending, text: string, u: Understanding): boolean {
  const long = text.trim().split(/\s+/).length >= MIN_STORY_WORDS;
  if ((long && (pending.awaiting === 'text' || !ENDS_ASKING.test(text))) || guessCategory(text) !== undefined) return true;
  switch (pending.awaiting) {
    case 'category':
    case 'text':
      return false;
    case 'service':
      return u.service !== null;
    case 'when':
      return u.date !== null || u.time !== null || SKIP.test(text.trim());
    case 'anonymous':
      return readAnonymous(text) !== null;
  }
}

const ANONYMOUS = /anonim|anonymous|anon\b|rahasia|sembunyi|jangan (sebut|tulis|kasih|cantum|tampil)|jgn (sebut|tulis|kasih|cantum)|gak usah (sebut|pakai|pake) nama|tanpa (nama|identitas)|takut|tidak usah (sebut|pakai) nama|ga usah nama|ngga usah nama|hide my name|don'?t (show|use|share) my name|no name|secret|^ya\b|^iya\b|^yes\b/i;
const NAMED = /^(tidak|nggak|gak|ga|no|enggak)\b|dengan identitas|pakai nama|pake nama|boleh (sebut|pakai|pake)|identitas chat|gapapa|gak papa|tidak apa|nggak apa|bisa dijawab|with my (chat|name)|use my name|not anonymous/i;

/**
 * The name kept out, every way the chat says it: "ga usah sebut nama" was filed with the citizen's chat by its leading "ga"
 * (session 43, `npm run simulate`), as were "gausah pake nama" and "nama saya jangan disebut".
 */
const NAME_KEPT_OUT = /\b(?:(?:tidak|tdk|ga|gak|gk|g|nggak|ngga|enggak|nda|ndak|gk)\s*(?:usah|perlu|mau)|gausah|gaush|jangan|jgn|tanpa)\s+(?:di)?(?:sebut\w*|tulis\w*|pakai|pake|cantum\w*|kasih|kasi|tampil\w*|kasih tau|kasih tahu)?\s*(?:nama|identitas)|\b(?:nama|identitas)(?:nya| saya| sy| ku| aku)? (?:jangan|jgn|tidak usah|ga usah|gak usah|gausah|ndak usah) (?:di)?(?:sebut|tulis|tampil|cantum|kasih)\w*/i;

/** "jgn sebut nama sy, takut" is anonymous; "pakai nama saja" is not; anything else is asked again. */
function readAnonymous(text: string): boolean | null {
  const t = text.trim();
  // "ga usah anonim" (session 41, simulate: filed as anonymous by its "anonim").
  if (/\b(tidak|tdk|ga|gak|gk|nggak|ngga|enggak|g) (usah|perlu|mau) (anonim|rahasia)|bukan anonim|jangan anonim|not anonymous|no need to be anonymous/i.test(t)) return false;
  if (ANONYMOUS.test(t) || NAME_KEPT_OUT.test(t)) return true;
  if (NAMED.test(t)) return false;
  return null;
}

/** "tidak", "ga tau": no day to give, as "lewati" is. */
const NOT_KNOWN = /^(?:tidak|tdk|gak|ga|nggak|ngga|enggak|no|entah)\b/i;
/** Some sign of a time: a digit, or a word of days, parts of the day, months, or not knowing. */
const TIME_SAID = /\d|\b(?:tadi|kemarin|kemaren|kmrn|lalu|minggu|pekan|bulan|hari|pagi|siang|sore|malam|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|ahad|jam|pukul|barusan|sekitar|awal|akhir|tahun|lupa|tau|tahu|yesterday|today|ago|last|morning|afternoon|week|month|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\b/i;

function reaskWhen(app: App, turn: Turn, draft: ComplaintDraft): Reply {
  const reply = ask(app, turn, draft);
  return { ...reply, text: `${tr(turn.lang, 'Maaf, itu belum terbaca sebagai waktu.', 'Sorry, I could not read that as a time.')}\n${reply.text}` };
}

function reaskAnonymous(app: App, turn: Turn, draft: ComplaintDraft): Reply {
  const reply = ask(app, turn, draft);
  return { ...reply, text: `${tr(turn.lang, 'Maaf, saya belum menangkap jawabannya. Pilih 1 atau 2:', 'Sorry, I did not catch that. Pick 1 or 2:')}\n${reply.text}` };
}

/** A photo or sticker during the complaint: noted, and the story is still asked for. */
export function notePhoto(app: App, turn: Turn, pending: ComplaintPending): Reply {
  const reply = ask(app, turn, { ...pending.draft, hasPhoto: true });
  const note = tr(turn.lang, 'Foto dicatat; petugas pengaduan akan memintanya bila diperlukan.', 'Photo noted; the complaint desk will ask for it if needed.');
  return { ...reply, text: `${note}\n${reply.text}` };
}

export function abandon(turn: Turn): Reply {
  turn.session.pending = undefined;
  return { kind: 'answer', text: tr(turn.lang, 'Baik, pengaduan tidak jadi dikirim. Tidak ada yang disimpan.', 'OK, the complaint was not sent. Nothing was stored.') };
}
