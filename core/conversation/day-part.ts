/**
 * A part of the day said instead of an hour: "besok sore", "rabu siang", "friday afternoon". The hours offered were the day's
 * first eight (08.00–09.45) whatever part was said (session 43, `npm run simulate`: "booking kia besok sore"). The hours shown
 * now gather around the part's usual start; the citizen still picks one. Morning needs nothing: the day's first hours are it.
 */
const PARTS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:sore|sorean|afternoon)\b/i, '15:00'],
  [/\b(?:siang|siangan|midday|noon|lunchtime)\b/i, '12:30'],
];

/** The hour to gather the offered hours around, or null when the message says no part of the day. */
export function dayPartTime(text: string): string | null {
  return PARTS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}
