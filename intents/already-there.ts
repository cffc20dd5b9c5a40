/**
 * A question, then where the citizen already is (issue 11, session 20, dev set 70): "Ude buka belon? aye udah di parkiran
 * nih", "sudah buka belum? saya sudah di lobi", "loket kk di lantai berapa? aku udah di depan". The second sentence asks
 * nothing; read with it, the models took "sudah … di parkiran" for a complaint about the parking or a check of one's
 * booking. Session 21 (dev set 85): "masih buka gk? otw nih 10 menit lg nyampe", on the way said without "sudah". The question alone is what is asked. Only a short statement of being there or on the way, after a question
 * mark: "jam buka kapan? mau komplain petugasnya kasar" says more than where one is.
 */

/** Where one is, normalised ("saya sudah di parkiran nih", "lagi otw", "sudah sampai depan"): being there or on the way. */
const ARRIVED =
  /^(?:(?:saya|aku|kami|kita) )?(?:(?:sudah|lagi|sedang|masih|baru) (?:(?:duduk|tunggu|antre|berdiri) )?(?:di|sampai|otw|menuju|jalan ke|dekat|depan|mau sampai|on the way)\b|(?:otw|on the way)\b|(?:\d+|sebentar|bentar) (?:menit |jam )?lagi sampai\b)/;
/** What may follow the place: a few words and chat particles ("di parkiran nih", "di depan loket 3 ya"). */
const MAX_WORDS = 8;

/**
 * The question asked before a statement of where the citizen is, or null. `normalized` gives the statement's normal form
 * (slang and regional words read as Indonesian: "aye udah" is "saya sudah").
 */
export function askedBeforeArriving(text: string, normalized: (t: string) => string): string | null {
  const mark = text.indexOf('?');
  if (mark <= 0) return null;
  const rest = text.slice(mark + 1).trim();
  // Counted as written first: a long rest is more than where one is, and needs no analysis to say so (throughput).
  if (rest === '' || rest.includes('?') || rest.split(/\s+/).length > MAX_WORDS) return null;
  const told = normalized(rest);
  if (told.split(' ').length > MAX_WORDS || !ARRIVED.test(told)) return null;
  return text.slice(0, mark + 1);
}

/**
 * A greeting, then where one is, and nothing asked (session 25, dev set 113, sent from inside the building): "Assalamualaikum,
 * sy lg duduk di lobi MPP nih". The place read as a question made it "is there a lobby here" (list_services). The greeting
 * alone is what was said; what is wanted comes in the next message. The greeting, or null.
 */
const GREETING_ONLY =
  /^(?:assalamualaikum(?: warahmatullahi(?: wabarakatuh)?)?|halo|selamat (?:pagi|siang|sore|malam)|permisi|pagi|siang|sore|malam|punten|sugeng (?:enjing|siang|sonten|dalu)|tabe)(?: (?:min|kak|pak|bu|admin|mas|mbak))*$/;
export function greetingBeforeArriving(text: string, normalized: (t: string) => string): string | null {
  if (text.includes('?')) return null;
  const cut = text.search(/[,.!\n]/u);
  if (cut <= 0) return null;
  const greeting = text.slice(0, cut);
  const rest = text.slice(cut + 1).trim();
  if (rest === '' || rest.split(/\s+/).length > MAX_WORDS || !GREETING_ONLY.test(normalized(greeting))) return null;
  return ARRIVED.test(normalized(rest)) ? greeting : null;
}
