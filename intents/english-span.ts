/**
 * A length of time said in English is not a point in time: "Waited 2 hours yesterday … what time do you open tomorrow?",
 * "I waited for 3 hours today" (session 34, dev set 214). chrono.en reads a bare "2 hours" as two hours from now when
 * asked to date forward (its within-parser makes "in"/"within"/"for" optional then), and the reply offered a slot at
 * 18:30. Only "in 2 hours" and "within an hour" name a moment; "2 hours later" and "2 hours ago" come from other
 * parsers and keep theirs. Indonesian "2 jam" never reaches chrono.id's within-parser without "dalam" (chrono-gate.ts).
 */
const UNIT = String.raw`(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?|mo|years?|yrs?|y)`;
const AMOUNT = String.raw`(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|a few|several|half an?)`;
const BARE_SPAN = new RegExp(String.raw`^(?:for\s*)?(?:(?:about|around|roughly|approximately|just)\s*)?(?:${AMOUNT}\s*${UNIT}(?:\s*,?\s*(?:and\s+)?)?)+$`, 'i');

/** Whether chrono's matched `text` is only a length of time ("2 hours", "for 3 hours"), not "in 2 hours". */
export function bareSpan(text: string): boolean {
  return BARE_SPAN.test(text.trim());
}
