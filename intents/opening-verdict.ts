/**
 * A verdict said first, as a sentence of its own (issue 11, session 27, dev set 139: "Kecewa. Anak saya butuh akta lahir …
 * cetakannya salah nama, dan saya harus antri lagi dari nol.", "Dipingpong. Itu kata yang pas buat pengalaman saya ngurus
 * NPWP di sini.", "MENYEBALKAN. Udah antri lama, …"). One word of judging opening the message and closed by a stop is the
 * message's headline: what follows is the story behind it. index.ts counts it once more when that opening judges.
 */

/** Most words the opening may have to be a headline. */
const MAX_WORDS = 2;
const OPENING = /^\s*([^.!?\n]{2,30}?)\s*[.!]+\s+\S/u;

/** The opening sentence of one or two words, followed by more of the message; null when the message opens otherwise. */
export function openingVerdict(text: string): string | null {
  const m = OPENING.exec(text);
  const opening = m?.[1];
  if (opening === undefined) return null;
  return opening.split(/\s+/u).length <= MAX_WORDS ? opening : null;
}
