/**
 * An office's hours or place asked, then what one goes there for (issue 11, session 24, dev set 106): "kantor dinas pendidikan
 * kota buka jam berapa mau legalisir ijazah", "kantor kejaksaan negeri di mana min mau ambil barang bukti tilang", "ada dinas
 * koperasi di mpp ini ga mau tanya soal kur". The question alone is an unknown name's hours, place or presence (name-frame.ts);
 * the errand told after it is another office's business, and took the whole message out of scope. Read without the errand,
 * and only where that reading asks about a place: "jam berapa sekarang di london mau nelpon" and "bank BRI buka jam berapa mau
 * nabung" stay out of scope as their questions do.
 */

/** Where a question about a place ends, and its purpose ("mau", "untuk", "soalnya") begins. */
const QUESTION_THEN_PURPOSE =
  /^(.{3,80}?\b(?:jam berapa|jam brp|jam piro|buka|bukak|tutup|di ?mana|dmn|dimna|alamat\w*|ga|gak|gk|nggak|tidak|kah)(?:\s+(?:ya|yah|yaa|min|kak|sih|dong|nih|pak|bu|gan))*)\s+(?:mau|mo|mw|pengen|ingin|untuk|utk|buat|soalnya|karena|krn)\s+\S/iu;

/** The question before the purpose told after it, or null when the message has no such shape. */
export function questionBeforePurpose(text: string): string | null {
  const m = QUESTION_THEN_PURPOSE.exec(text);
  return m?.[1] ?? null;
}
