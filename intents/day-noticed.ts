/**
 * A day named, then noticed to be a holiday and changed (issue 11, session 28, dev set 145): "booking KTP tgl 9 maret, eh itu
 * nyepi ya, tgl 8 aja", "mau ambil antrian tgl 26 maret, eh ternyata jumat agung, ganti 25 aja", "undur antrean ke tgl 20 mei
 * bisa? oh itu waisak ya, 21 aja deh". Read whole, the first day won and the remark's holiday made a booking a question of
 * hours or a cancel. The day meant is the one said after the remark, in the first day's month when only its number is said;
 * the message is read with that day in place of the first, and without the remark.
 *
 * The remark is a clause of its own that opens with a word of noticing ("eh", "oh", "wah", "lho") or of pointing ("itu",
 * "ternyata", "kan") and names a holiday (a day the analyser reads) or a day off ("libur", "tanggal merah"). The day after it
 * opens the next clause: "tgl 8 aja", "ganti 25 aja", "21 aja deh".
 */

/** A day said by its number ("tgl 9 maret", "tanggal 20 mei", "tgl 26"): the words and the number. */
const DAY = /\b(?:tgl|tanggal)\.?\s*(\d{1,2})\b/iu;
/** The remark: noticing, then pointing, then a holiday or a day off. */
const REMARK = /^(?:(?:eh|ehh|oh|ohh|wah|waduh|lho|loh|astaga|yah)\s*,?\s*)?(?:itu|ternyata|trnyt|kan|pas|bukannya)\b/iu;
const DAY_OFF = /\b(?:libur|tanggal merah|tgl merah|hari raya|hari besar|cuti bersama)\b/iu;
/** The day meant, opening the next clause. */
const MEANT = /^(?:(?:ganti|jadi|pindah|mundur|maju)\s+(?:ke\s+)?)?(?:(?:tgl|tanggal)\.?\s*)?(\d{1,2})\b\s*(?:(?:aja|saja|ajah|deh|ya|dong|kak|min)\b\s*)*/iu;
/** Clause breaks, kept with the clause before. */
const BREAK = /(?<=[.?!;,])\s+/u;

/**
 * The message with the day meant in place of the first and the remark cut, or null when no day is noticed and changed.
 * `namesDay` tells whether a clause names a day (a holiday's name is one).
 */
export function dayNoticed(text: string, namesDay: (clause: string) => boolean): string | null {
  if (!DAY.test(text)) return null;
  const clauses = text.trim().split(BREAK);
  for (let r = 1; r + 1 < clauses.length; r++) {
    const remark = clauses[r] ?? '';
    if (!REMARK.test(remark) || !(DAY_OFF.test(remark) || namesDay(remark))) continue;
    const next = clauses[r + 1] ?? '';
    const meant = MEANT.exec(next);
    if (meant === null || meant[1] === undefined) continue;
    const before = clauses.slice(0, r).join(' ');
    const first = DAY.exec(before);
    if (first === null || first[1] === meant[1]) continue;
    const at = first.index + first[0].length;
    const changed = `${before.slice(0, at - (first[1] ?? '').length)}${meant[1]}${before.slice(at)}`;
    const kept = changed.replace(/[,;]\s*$/u, '');
    const rest = [next.slice(meant[0].length), ...clauses.slice(r + 2)].join(' ').replace(/^[\s,;]+/u, '').trim();
    return rest === '' ? kept : `${kept} ${rest}`;
  }
  return null;
}
