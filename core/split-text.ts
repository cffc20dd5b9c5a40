/**
 * Splits a long answer into chunks a chat platform accepts (Telegram rejects text over 4096
 * characters with 400 "message is too long"). Cuts fall, in order of preference, between
 * paragraphs, between lines, between words, and only as a last resort inside a word.
 */

/** Boundaries tried in order; each chunk ends just before one and the next starts after it. */
const BOUNDARIES = ['\n\n', '\n', ' '] as const;

/**
 * Returns the chunks, in order, each at most `limit` UTF-16 code units (what Telegram counts).
 * Whitespace at a cut is dropped; blank text gives no chunks.
 */
export function splitText(text: string, limit: number): string[] {
  if (!Number.isInteger(limit) || limit < 2) throw new RangeError(`split limit must be an integer ≥ 2, got ${limit}`);
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const cut = findCut(rest, limit);
    const chunk = rest.slice(0, cut).trimEnd();
    if (chunk) chunks.push(chunk);
    rest = rest.slice(cut).trimStart();
  }
  if (rest) chunks.push(rest);
  return chunks;
}

/** Index to cut `text` at so that the head fits in `limit`. */
function findCut(text: string, limit: number): number {
  // First pass: only cuts in the second half, so a tiny first paragraph does not become
  // its own message when a line or word break further on would do.
  for (const minIndex of [Math.floor(limit / 2), 1]) {
    for (const boundary of BOUNDARIES) {
      const index = text.lastIndexOf(boundary, limit - 1);
      if (index >= minIndex) return index;
    }
  }
  return hardCut(text, limit);
}

/** Cuts inside a word, but never between the two halves of a surrogate pair (emoji). */
function hardCut(text: string, limit: number): number {
  const code = text.charCodeAt(limit - 1);
  const isHighSurrogate = code >= 0xd800 && code <= 0xdbff;
  return isHighSurrogate ? limit - 1 : limit;
}
