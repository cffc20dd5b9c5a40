/**
 * Two questions of ours joined in one sentence (issue 11, session 39, dev set 306: "Berapa biaya bikin paspor 48 halaman, dan
 * loket imigrasi buka sampai jam berapa?"). Read whole, the two questions' words outvote each other and the message can fall
 * out of scope, though each question alone is understood. The conversation answers both (core/conversation/several-questions.ts)
 * once the parts are read; the NLU's part is to not reject the message whole.
 *
 * A message read out of scope is cut at the words that join questions ("dan", "sekalian", "and", "terus"; Javanese "lan",
 * "karo"; Sundanese "jeung", "sareng") and at a question mark with more after it. Each piece is read alone (index.ts
 * `joinedQuestions`): only when every piece asks something of ours is the message the first piece's question, the way a
 * citizen reads their own message. A near miss joined to a question of ours ("bank buka jam berapa dan syarat ktp apa") keeps
 * one piece out of scope, and so stays out.
 */

/**
 * "dan", "serta", "sekalian", "sekaligus", "plus", "lalu", "terus", "and", "also", Javanese "lan", "karo", Sundanese
 * "jeung", "sareng" (regional.ts has their sources), after an optional comma. Not "sama" or "ama": "sama" is also "with"
 * and "the same" ("sama anak saya", "sama aja"), the readings a cut there would break.
 */
const JOINER = /\s*,?\s+(?:dan|dn|serta|sekalian|sekaligus|skalian|sklian|plus|lalu|terus|trus|trs|and|also|lan|karo|jeung|sareng)\s+/iu;
/** A question mark with more said after it ("…tanggal 15 bisa? sekalian syaratnya apa saja"). */
const ASKED_THEN = /\?+\s+/u;
/** A piece of fewer words asks nothing of its own ("dan kk?" takes its question from the piece before). */
const MIN_PIECE_WORDS = 2;
/** More pieces than this are a list or a story, not questions joined. */
const MAX_PIECES = 3;

/** The pieces of `text` cut where questions join, or null when it is one piece or more than MAX_PIECES. */
export function joinedPieces(text: string): string[] | null {
  const pieces = text
    .split(ASKED_THEN)
    .flatMap((p) => p.split(JOINER))
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (pieces.length < 2 || pieces.length > MAX_PIECES) return null;
  return pieces.every((p) => p.split(/\s+/u).length >= MIN_PIECE_WORDS) ? pieces : null;
}
