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
const PRAISE = /\b(baik|bagus|puas|mantap|mantab|mantul|memuaskan|lumayan|good|great|fine|nice|excellent|cepat|cepet|gercep|mudah|gampang|simpel|simple|sesuai|cocok|kompeten|profesional|sopan|ramah|jelas|nyaman|bersih|rapi|fast|quick|easy|polite|friendly|competent|helpful|membantu)\b/;
const BLAME = /\b(buruk|jelek|parah|payah|kecewa|mengecewakan|lambat|lelet|lama|susah|sulit|ribet|rumit|kasar|judes|galak|jutek|kotor|bad|poor|terrible|awful|slow|hard|difficult|rude|dirty)\b/;

/** The score a short reply in words gives `element`, or null when it says none. */
export function wordScore(text: string, element: SkmElement): Score | null {
  const t = ` ${text.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim()} `;
  if (t.trim() === '' || t.trim().split(' ').length > MAX_WORDS) return null;
  if (element.code === 'U4') return feeScore(t);
  if (element.code === 'U8') return handlingScore(t);
  const denied = DENIED.test(t);
  if (BLAME.test(t)) return denied ? 3 : WEAKER.test(t) ? 2 : 1;
  if (!PRAISE.test(t)) return null;
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
