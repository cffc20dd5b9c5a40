/**
 * A survey answer said in words instead of tapped (session 44, `npm run simulate`): "cepet kok" at "Bagaimana kecepatan waktu
 * pelayanannya?" left the survey and was asked whether it was a complaint, and "sangat sopan" at the staff-conduct question
 * opened one. The questionnaire's four answers are one scale of the element's own word (Permenpan RB 14/2017: "tidak X,
 * kurang X, X, sangat X"), so a short reply is read on that scale: a word of praise is 3, made stronger 4, weakened 2, denied 1;
 * a word of blame is 1, softened 2, denied 3. The fee element (U4) has its own words (gratis, murah, mahal), and the
 * complaint-handling element (U8) its own answers ("tidak ada" … "dikelola dengan baik").
 */
import type { SkmElement } from './skm-elements.js';

export type Score = 1 | 2 | 3 | 4;

/** A reply longer than this is a message, not an answer: it goes to the conversation. */
const MAX_WORDS = 6;

const STRONGER = /\b(sangat|sgt|amat|banget|bgt|bngt|sekali|skali|pisan|pol|puol|very|really|super|extremely)\b/;
const DENIED = /\b(tidak|tdk|tak|ga|gak|gk|nggak|ngga|enggak|engga|kagak|ndak|nda|ora|mboten|teu|henteu|kada|not|no|never)\b/;
const WEAKER = /\b(kurang|krg|agak|rada|sedikit|dikit|less|bit|somewhat)\b/;
/** Words that judge the whole visit, so answer any element. */
const PRAISE = /\b(baik|bagus|puas|mantap|mantab|mantul|memuaskan|lumayan|good|great|fine|nice|excellent|helpful|membantu)\b/;
const BLAME = /\b(buruk|jelek|parah|payah|kecewa|mengecewakan|bad|poor|terrible|awful)\b/;
/**
 * Words of one element only (session 46, a field test): "kok lama banget" at the requirements question was recorded "Tidak
 * sesuai", its "lama" being the speed's. Each element's own adjective and its opposites; elsewhere the message is no answer.
 */
const OWN_WORDS: Readonly<Record<string, { readonly praise: RegExp; readonly blame: RegExp }>> = {
  U1: { praise: /\b(sesuai|cocok|jelas|lengkap|clear|appropriate|suitable)\b/, blame: /\b(ribet|rumit|banyak banget|berbelit|unclear)\b/ },
  U2: { praise: /\b(mudah|gampang|simpel|simple|jelas|lancar|easy|smooth|clear)\b/, blame: /\b(susah|sulit|ribet|rumit|berbelit|dipingpong|hard|difficult|complicated)\b/ },
  U3: { praise: /\b(cepat|cepet|gercep|kilat|tepat waktu|fast|quick|on time)\b/, blame: /\b(lambat|lelet|lama|molor|ngaret|telat|slow|late)\b/ },
  U5: { praise: /\b(sesuai|benar|bener|tepat|lengkap|correct|right)\b/, blame: /\b(salah|keliru|typo|wrong)\b/ },
  U6: { praise: /\b(kompeten|profesional|paham|mengerti|cakap|terampil|competent|professional|skilled)\b/, blame: /\b(bingung|gaptek|amatir|clueless)\b/ },
  U7: { praise: /\b(sopan|ramah|santun|sabar|baik hati|polite|friendly|kind|patient)\b/, blame: /\b(kasar|judes|galak|jutek|ketus|cuek|sombong|rude|unfriendly)\b/ },
  U9: { praise: /\b(nyaman|bersih|rapi|adem|sejuk|lengkap|comfortable|clean|tidy)\b/, blame: /\b(kotor|panas|sumpek|bau|sempit|rusak|dirty|hot|crowded|broken)\b/ },
};
/** A question back, not an answer: "masih lama gak ya?" was recorded "Mudah" at the procedure question (session 46). */
const ASKED = /\?|\b(apa|apakah|kapan|kpn|berapa|brp|gimana|bagaimana|gmn|kenapa|knp|mengapa|dimana|kah|masih|what|when|why|how|where)\b|\b(ya|yah|kan)\s*$/;

/** The score a short reply in words gives `element`, or null when it says none. */
export function wordScore(text: string, element: SkmElement): Score | null {
  const t = ` ${text.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim()} `;
  if (t.trim() === '' || t.trim().split(' ').length > MAX_WORDS || ASKED.test(text.toLowerCase())) return null;
  if (element.code === 'U4') return feeScore(t);
  if (element.code === 'U8') return handlingScore(t);
  const own = OWN_WORDS[element.code];
  const denied = DENIED.test(t);
  if (BLAME.test(t) || own?.blame.test(t)) return denied ? 3 : WEAKER.test(t) ? 2 : 1;
  if (!PRAISE.test(t) && !own?.praise.test(t)) return null;
  return denied ? 1 : WEAKER.test(t) ? 2 : STRONGER.test(t) ? 4 : 3;
}

/** U4 "Sangat mahal / Cukup mahal / Murah / Gratis". */
function feeScore(t: string): Score | null {
  if (/\b(gratis|free|tidak bayar|ga bayar|gak bayar|nggak bayar|tanpa biaya)\b/.test(t)) return 4;
  const denied = DENIED.test(t);
  if (/\b(mahal|expensive)\b/.test(t)) return denied ? 3 : STRONGER.test(t) ? 1 : 2;
  if (/\b(murah|wajar|terjangkau|cheap|affordable|fair)\b/.test(t)) return denied ? 2 : 3;
  return null;
}

/** U8 "Tidak ada / Ada tetapi tidak berfungsi / Berfungsi kurang maksimal / Dikelola dengan baik". */
function handlingScore(t: string): Score | null {
  if (/^ (tidak|tdk|ga|gak|nggak|ngga|enggak|belum) (ada|tau|tahu)\b/.test(t)) return 1;
  const denied = DENIED.test(t);
  if (BLAME.test(t)) return denied ? 3 : 2;
  if (!PRAISE.test(t)) return null;
  return denied ? 2 : WEAKER.test(t) ? 3 : 4;
}
