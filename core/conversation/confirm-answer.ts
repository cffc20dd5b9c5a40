/**
 * Reading "ya / tidak" against the question that was asked (issue 10, class 1). At "Batalkan
 * booking ini?", "iya batal", "ya batalin aja", "oke cancel" and "yoi hapus" all mean yes: the
 * verb repeats the action asked about. At "Konfirmasi booking?", "batal" means no.
 */
import type { IntentName } from '../nlu.js';
import type { Pending } from '../session.js';

export type ConfirmQuestion = 'cancel' | 'book' | 'move' | 'announce';

// With the regional no's the field answers in: Sundanese "teu, henteu, moal", Banjar "kada", Papuan "tra", Kupang "sonde"
// (session 40, `npm run simulate`: "eh teu jadi, batalkeun wae" at "Lanjutkan?" held the booking for "lanjut").
const NEGATION = /\b(tidak|tdk|gak|ga|gk|nggak|ngga|enggak|engga|ndak|nda|ora|mboten|no|nope|jangan|gajadi|gausah|gak?usah|jgn|ogah|don'?t|not|teu|henteu|hente|moal|kada|tra|sonde)\b/;
// Sundanese "muhun, sumuhun, mangga", Javanese "nggeh, njih, leres, hooh" too: "muhun" at "Lanjutkan?" was asked "ya atau tidak" (session 40).
const YES = /\b(ya|iya|iyaa+|iye|y|yes|yep|yup|yeah|yoi|ok|oke|okay|okey|okei|sip|siap|boleh|lanjut|lanjutkan|betul|benar|bener|setuju|gas|mantap|sure|please|tentu|jadi|confirm|konfirmasi|monggo|nggih|enggih|inggih|yo|iyo|iyah|yaudah|yauda|muhun|sumuhun|mangga|nggeh|enggeh|inggeh|njih|leres|hooh|heeh)\b/;
/**
 * A yes with a "but" after it is no yes yet: "iya tapi nanti dulu" and "ok tapi yang kk" had cancelled and moved bookings the
 * citizen meant to keep (session 48, a field test). Asked again (read-request.ts), once a question after the yes is answered.
 */
const HEDGE = /\b(tapi|tp|tpi|tetapi|namun|but|asal|asalkan|kecuali|except)\b/;

/** A yes said with a "but" (see HEDGE). */
export function hedged(text: string): boolean {
  return HEDGE.test(text.toLowerCase());
}
/** Words that may come before the yes: "oh iya", "saya setuju", "I confirm". */
const INTERJECTION = /^(oh+|o|owh|oalah|eh+|ah+|hm+|wah|nah|hehe|wkwk|saya|sy|aku|ak|gue|gw|kami|i|we)$/;
/** "… ga?", "… nggak?", "… or not?" after other words: a yes/no question, not an answer. */
const QUESTION_TAG = /(?<=\p{L}[\s,]*)\s(ga|gak|gk|nggak|ngga|enggak|engga|tidak|tdk|ndak|nda|or not|nggak sih|ga sih|teu|henteu|kada|tra|sonde|ora)\s*\?+\s*$/u;
/** Words that abort what was asked, unless the question itself is to cancel. */
const ABORT = /\b(batal|batalin|batalkan|cancel|stop|gajadi|ngga jadi|gak jadi|ga jadi|tidak jadi|nggak jadi|enggak jadi|ga usah|gak usah|tidak usah|nggak usah)\b/;
/**
 * "tetap aja", "biarin aja", "keep it" at "Batalkan booking ini?": the booking stays. "eh ga jadi deh, tetap aja" was answered with
 * the opening hours: its "ga jadi" is read as taken back (core/nlu.ts `read`), and "tetap aja" alone was no answer (session 41,
 * `npm run simulate`).
 */
const KEEP = /^\s*(tetap|tetep|biar|biarin|biarkan|pertahankan|keep)\b/;
/** The action each question asks about: repeating it means yes. */
const VERBS: Record<ConfirmQuestion, RegExp> = {
  cancel: /\b(batal|batalin|batalkan|dibatalkan|dibatalin|cancel|hapus|hapusin|hapuskan|delete|remove)\b/,
  book: /\b(booking|book|pesan|daftar|ambil|simpan)\b/,
  move: /\b(pindah|pindahkan|pindahin|ganti|ubah|move|reschedule)\b/,
  announce: /\b(kirim|kirimkan|send|sebar|sebarkan|umumkan|tutup)\b/,
};

export function confirmQuestion(pending: Pending | undefined): ConfirmQuestion | null {
  if (pending?.kind === 'cancel' || pending?.kind === 'staffCancel') return 'cancel';
  // Staff's closure preview is answered like an announcement's: it sends one.
  if (pending?.kind === 'announce' || pending?.kind === 'closure') return 'announce';
  if (pending?.kind === 'booking' && pending.awaiting === 'confirm') return pending.draft.moving ? 'move' : 'book';
  return null;
}

/** The request each question's verb belongs to: "cek booking" at "Konfirmasi booking?" names a verb of another. */
export const QUESTION_INTENT: Record<ConfirmQuestion, IntentName | null> = { cancel: 'cancel', book: 'book', move: 'reschedule', announce: null };

/**
 * yes / no, or null when the message is not an answer to this question. `verbCounts: false` when
 * the message plainly asks for something else ("cek booking" repeats "booking", yet asks to see one).
 */
/** A thumbs-up or check mark alone, WhatsApp's way of saying yes (field test, issue 11). */
const YES_EMOJI = /^(\u{1F44D}[\u{1F3FB}-\u{1F3FF}]?|\u{1F44C}[\u{1F3FB}-\u{1F3FF}]?|\u2705|\u2714\uFE0F?|\s)+$/u;

export function readConfirm(question: ConfirmQuestion, text: string, verbCounts = true): 'yes' | 'no' | null {
  if (YES_EMOJI.test(text.trim())) return 'yes';
  const t = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ')} `;
  // "gak jadi batal", "jangan dihapus": a negation turns any answer into no; not the tag of a
  // question, "parkirnya gratis ga?" (field test, issue 11).
  const negation = ` ${text.toLowerCase().replace(QUESTION_TAG, ' ').replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ')} `;
  if (NEGATION.test(negation) || (question !== 'cancel' && ABORT.test(t)) || (question === 'cancel' && KEEP.test(t))) return 'no';
  // "ya" after another word is a particle ("gimana ya", "besok ya?"): a yes word counts only up front,
  // or after an interjection or pronoun.
  const [first = '', second = ''] = t.trim().split(' ');
  const upFront = YES.test(` ${first} `) || (INTERJECTION.test(first) && YES.test(` ${second} `));
  if (upFront || (verbCounts && VERBS[question].test(t))) return 'yes';
  return null;
}
