/**
 * Whom a booking request is for (session 46, `npm run simulate`). A citizen who had booked as "Sari Dewi" and then asked "booking
 * ktp besok jam 11 buat ibu saya" was shown "Atas nama: Sari Dewi" to confirm; one who had booked for "bapak saya" under his name
 * had that name on the profile, and "… buat saya sendiri" was booked as the father. The counter checks the name against the KTP.
 * A booking said to be for someone else asks for that person's name and leaves the citizen's own on the profile.
 */

/** Relatives and others one books for, with "saya/-ku/-nya" or "my"; "untuk bapak" alone may be a polite "you". */
const OWNED = String.raw`(?:ibu|bapak|ayah|mama|mamah|papa|papah|ortu|orang ?tua|kakak|kakaknya|adik|adek|om|tante|paman|bibi|nenek|kakek|mbah|simbah|mertua|menantu|keponakan|ponakan|teman|temen|tetangga|saudara|sodara|pacar|tunangan|calon suami|calon istri)`;
const KIN = String.raw`(?:anak|suami|istri|cucu)`;
const MINE = String.raw`(?:ku|nya|\s+(?:saya|sy|aku|kami|gue|gw|sya))`;
const FOR = String.raw`\b(?:untuk|buat|utk|bwt|bt|for)\s+(?:si\s+)?`;
const FOR_OTHER = new RegExp(`${FOR}(?:${OWNED}${MINE}|${KIN}(?:${MINE})?)\\b`, 'i');
const FOR_OTHER_EN = /\bfor\s+my\s+(?:son|daughter|wife|husband|mother|father|mom|mum|dad|child|kid|parents?|brother|sister|grand(?:mother|father|ma|pa|son|daughter)|friend|neighbou?r|relative|aunt|uncle|cousin|fianc[eé]e?)\b/i;
const FOR_SELF = /\b(?:untuk|buat|utk|bwt)\s+(?:saya|sy|aku|gue|gw)\s+(?:sendiri|aja|saja)\b|\b(?:saya|aku|gue)\s+sendiri\b|\bfor\s+(?:myself|me)\b|\bmy own\b/i;

/**
 * A relative as the one who wants the paper, first in the message: "anak saya mau bikin KIA rabu jam 10" was booked in the
 * mother's name (session 47, a field test). Only at the start, and with "saya/-ku": "saya sama anak saya mau…" is the citizen.
 */
const OTHER_WANTS = new RegExp(`^(?:${OWNED}|${KIN})${MINE}\\b(?:\\s+(?:yang|yg)\\s+\\S+(?:\\s+\\S+)?)?[\\s,]+(?:mau|ingin|pengen|pingin|perlu|butuh|hendak|akan|baru|wants?|needs?)\\b`, 'i');

export type BookedFor = 'self' | 'other';

/** Whom the request says the booking is for, or undefined when it does not say. */
export function bookedFor(text: string): BookedFor | undefined {
  if (FOR_SELF.test(text)) return 'self';
  if (FOR_OTHER.test(text) || FOR_OTHER_EN.test(text) || OTHER_WANTS.test(text.trim())) return 'other';
  return undefined;
}
