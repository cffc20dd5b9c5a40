/**
 * "jadi saya datang jam berapa?", "what time should I come?" from a citizen who holds a booking: when to be there for it. Right
 * after booking it was "that is not one of the options" under the variant question, and elsewhere the MPP's opening hours or
 * "Maaf, saya belum paham" (session 42, `npm run simulate`). The field's dev messages that ask it are my_booking, 4 of 4. With a
 * booking held the chat knows whose visit it is: the booking is shown with the time to arrive. Only a short question: a long
 * message tells a story, and the NLU reads those itself.
 */
import type { Understanding } from '../nlu.js';

const WHEN_TO_COME = new RegExp(
  [
    String.raw`\b(?:saya|sy|aku|aq|gue|gw|kami|kita) (?:harus |sebaiknya |mesti |musti |perlu |baiknya )?(?:datang|dateng|tiba|sampai|sampe) (?:jam|pukul) (?:berapa|brp)\b`,
    String.raw`\b(?:jam|pukul) (?:berapa|brp) (?:saya|sy|aku|aq|gue|gw|kami|kita) (?:harus |sebaiknya |mesti |musti |perlu |baiknya )?(?:datang|dateng|tiba|sampai|sampe)\b`,
    String.raw`\b(?:what time|when) (?:should|do|must|shall) (?:i|we) (?:come|arrive|be there|get there)\b`,
    // Which of two hours to keep, after an announcement moved the start: "jadi jam 9 saya tetep dateng atau jam 10?" (session 44,
    // `npm run simulate`: "Maksud Anda yang mana? Jam buka / Ganti jadwal").
    String.raw`\b(?:tetap|tetep|tep) (?:datang|dateng|ke sana|kesana)\b.*\batau\b`,
    String.raw`\b(?:datang|dateng) (?:jam|pukul) \d{1,2}(?:[.:]\d{2})? atau (?:jam |pukul )?\d{1,2}\b`,
  ].join('|'),
);
const MAX_WORDS = 12;
/** As sure as lateness asked of one's booking (late-asked.ts). */
const ARRIVAL_CONFIDENCE = 0.6;

/** Whether `text` asks when the citizen should come. */
export function asksArrival(text: string): boolean {
  const t = text.trim().toLowerCase();
  return t.split(/\s+/).length <= MAX_WORDS && WHEN_TO_COME.test(t);
}

/** `u` read as a question about one's own booking, when the citizen holds one and the message asks when to come. */
export function arrivalForBooking(u: Understanding, text: string, holdsBooking: boolean): Understanding {
  if (!holdsBooking || u.service !== null || u.date !== null || !asksArrival(text)) return u;
  return { ...u, intent: 'my_booking', confidence: ARRIVAL_CONFIDENCE, alternatives: [], ownBooking: true };
}
