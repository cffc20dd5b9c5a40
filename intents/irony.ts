/**
 * Praise or thanks said in irony (session 17, dev sets 51–59): "makasih ya udah bikin saya nunggu 3 jam 🙂", "Bot ini
 * pinter banget ya, saya nanya biaya dijawab jam buka. Hebat 👏👏", "tiga jam nunggu cuma buat dibilang 'fotokopinya
 * kurang satu lembar'. makasih loh 🙃". The models read the praise (thanks), or the story's words (out of scope, hours);
 * the face says the opposite. In the dev sets every message with a word of praise and an upside-down face, a rolled eye,
 * a flat mouth, a smirk, a clown or applause is a complaint (12 of 14: the other two are about a courier and a motorbike
 * taxi, which complaint-topic.ts finds are not ours). The plain smile 🙂 is said in earnest too ("makasih ya 🙂"), so it
 * needs the trouble told beside it: a word of judging or a grievance shape (a.feelings), "cuma"/"ternyata"/"malah", or a
 * wait counted in hours or days.
 */
import type { Analysis } from './pipeline.js';

/** As normalised ("makasih" → "terima kasih", "pinter" → "pintar"). */
const PRAISE = /\b(?:terima kasih|trims|thanks|thank you|hebat|mantap|keren|luar biasa|salut|pintar|akurat|canggih|great|amazing|brilliant|wonderful)\b/;
const IRONIC_FACE = /🙃|🙄|😒|😑|😏|🤡|👏|\(sarkas\)/u;
const SMILE = /🙂/u;
// Not a bare "tidak", "saja" or "tunggu": "makasih, itu saja 🙂", "tidak ada pertanyaan lagi", "saya tunggu infonya" close in earnest.
// "dari subuh": a wait told by when it began (session 22, dev set 93: "antri dari subuh, pas giliran saya kuotanya habis. terima
// kasih banyak lho MPP 🙏🙂").
const TROUBLE = /\b(?:cuma|ternyata|malah|saking|(?:dari|sejak) subuh|(?:\d+|satu|dua|tiga|empat|lima|enam) (?:jam|hari|minggu|bulan))\b/;
/**
 * Thanks for what the service made one do ("makasih ya udah bikin saya bolos kerja 2 hari cuma buat tanda tangan 1 lembar
 * 👍", session 22, dev set 93): with the trouble told, irony whatever the face; "makasih udah bikin saya paham" is earnest.
 */
const MADE_ME = /\bsudah (?:bikin|buat|membuat) (?:saya|kami)\b/;

/** The message praises or thanks in irony: a complaint, whatever its words pull to. */
export function ironicPraise(a: Pick<Analysis, 'normalized' | 'raw' | 'feelings'>): boolean {
  if (!PRAISE.test(a.normalized)) return false;
  if (IRONIC_FACE.test(a.raw)) return true;
  return (SMILE.test(a.raw) || MADE_ME.test(a.normalized)) && (a.feelings > 0 || TROUBLE.test(a.normalized));
}
