/**
 * Thanks told with the story of a service done well (session 15, dev set 51): "tadi ngurus KTP cepet banget, nggak sampe
 * 30 menit. makasih ya MPP 🙏", "paspor jadi tepat waktu, umroh lancar. makasih buat semua petugas imigrasi", "satpamnya
 * tadi bantuin nenek saya turun dari mobil … matur nuwun". The story is told the way complaints are (the staff, the
 * wait, the errand, "tadi"), and the models read a complaint: the engine opened a complaint form on a thank-you. Thanks
 * said, no word of judging, no question and nothing asked for: the message thanks. Letters have their own reading
 * (letter-acts.ts thanksLetter).
 */
import type { IntentName } from '../core/nlu.js';
import { type Decision, decision } from './decision.js';
import { ironicPraise } from './irony.js';
import { questionFrame } from './question-frame.js';
import { asksWithoutMark } from './unmarked-question.js';

const THANKS = /\b(?:terima ?kasih|makasih|trims|thank you|thanks)\b/;
/**
 * A wish or a request beside the thanks is what the message is for: "mohon ditindaklanjuti. Terima kasih.", and a request
 * asked "can or not" without its mark (session 31, dev set 181: "bisa tidak saya langsung bicara saja dengan petugas yang
 * manusia supaya lebih jelas, terima kasih nak"; the normaliser writes every "ga", "gak" as "tidak").
 */
const ASKS_FOR = /\bbisa tidak\b|\b(?:mohon|memohon|tolong|harap|minta|mau|ingin|bermaksud|kiranya|berkenan|hubungkan|dihubungkan|please|kindly|segera|ditindak\w*|diperbaiki|dievaluasi|dibenahi|ditegur|terjemah\w*|translate)\b/;

/**
 * Over a complaint, and over what the story's errand words pull to (the documents brought, the time it took, the officer)
 * when nothing is asked, and over out of scope (thanks in words the models never saw: "matur nuwun sanget"; thanks for
 * anything, said to the bot, is answered the same): thanks beside a booking or a question is a courtesy around it.
 */
const FROM: ReadonlySet<IntentName> = new Set(['complaint', 'requirements', 'duration', 'procedure', 'human', 'help', 'fallback']);

/**
 * Thanks first, then the relief of what one no longer has to do (session 27, dev sets 131 and 132: "oke makasih banyak ya,
 * ternyata gak perlu daftar online dulu 🙏" read as a cancel, "makasih bot, untung nanya dulu jd ga perlu bolak balik lg 😂"
 * as out of scope by its "bolak balik"): the trip spared judges nobody, and "tidak perlu" calls nothing off unless a booking
 * is named with it.
 */
const OPENS_WITH_THANKS = /^(?:(?:oke|ok|okey|oké|sip|siap|wah|alhamdulillah|baik)\s+)?(?:terima ?kasih|makasih|trims|thank you|thanks)\b/;
const RELIEF = /\b(?:untung|tidak perlu|tidak usah|tidak jadi|lega)\b/;
const CALLED_OFF = /\b(?:batal\w*|cancel\w*|hapus\w*|booking|antre|antrian|antrean|jadwal)\b/;

/** The engine's comfort (decide.ts answers 0.5 and more only when sure). */
const THANKS_CONFIDENCE = 0.6;

/** Thanks when a complaint reading is thanks told with a story (see above); null otherwise. */
export function thanksTold(d: Decision, raw: string, normalized: string, feelings: number): Decision | null {
  const opens = OPENS_WITH_THANKS.test(normalized);
  const from = FROM.has(d.intent) || (opens && d.intent === 'cancel' && !CALLED_OFF.test(normalized));
  if (!from || (feelings > 0 && !(opens && feelings === 1 && RELIEF.test(normalized))) || raw.includes('?')) return null;
  // Thanks said in irony is a complaint (irony.ts).
  if (ironicPraise({ normalized, raw, feelings })) return null;
  if (!THANKS.test(normalized) || ASKS_FOR.test(normalized) || asksWithoutMark(normalized)) return null;
  // A question frame beside the thanks asks ("makasih infonya, kalau akta kelahiran syaratnya apa"); in a story read as a
  // complaint it is told ("I asked … about my father's passport requirements, and everything you told us was accurate").
  if (d.intent !== 'complaint' && questionFrame(normalized) !== null) return null;
  // Sure: a thank-you met with "which of these did you mean, thanks or a complaint?" reads as not listening.
  return decision('thanks', THANKS_CONFIDENCE);
}
