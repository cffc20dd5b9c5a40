/**
 * Splits a long text into chunks of at most `limit` characters, preferring paragraph breaks,
 * then line breaks, then spaces, so no word or list item is cut in half when avoidable.
 */
export function splitText(text: string, limit: number): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    const soft = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' ')].find((i) => i > limit / 2);
    // A hard cut must not split a surrogate pair (emoji) in two.
    const cut = soft ?? (/[\uD800-\uDBFF]/.test(rest.charAt(limit - 1)) ? limit - 1 : limit);
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks;
}
