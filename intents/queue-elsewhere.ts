/**
 * A queue somewhere else (session 30, dev set 169: "nomor antrian sy di BNI 127, skrg udh nyampe brp ya" was read as the
 * citizen's booking): a queue, a queue number or a booking placed right after "di" or "at" at a bank, a hospital, a clinic, a
 * pharmacy or a shop is theirs, whatever is asked of it (how far it has got, how to take a number online, how long it is). In the
 * field all 72 messages so said are out of scope. Not when the message puts it in our building ("antrian di bank bjb di mpp").
 */
import { BANK } from './bank-branch.js';
import { withoutComparisons } from './compared.js';

const PLACES = [
  ...BANK,
  'rs', 'rsud', 'rsia', 'rumah sakit', 'puskesmas', 'klinik', 'dokter', 'apotek', 'apotik', 'poli', 'posyandu', 'lab',
  'bengkel', 'salon', 'barbershop', 'restoran', 'resto', 'rumah makan', 'warung', 'pegadaian', 'kantor pos', 'hospital', 'clinic', 'pharmacy',
];
const QUEUE_AT = new RegExp(
  String.raw`\b(?:antre|antri|antrian|antrean|booking|reservasi|queue|queue number|appointment)(?:ku| saya| sy| aku| ku| sa)? (?:di|at|in) (?:the )?(?:${PLACES.join('|')})\b`,
);
/**
 * A clinic's or a bank's queue named without "di" (session 31: "antrian poli gigi RSUD besok jam brp dibuka", six such in the
 * field read as hours or one's booking): all 83 field messages with a queue word right before one of these are out of scope.
 */
const QUEUE_OF = /\b(?:antre|antri|antrian|antrean)\s+(?:poli|rsud|rs|rumah sakit|puskesmas|klinik|dokter|bidan|posyandu|apotek|apotik|bank|bpr)\b/;
/** Our building named beside it: the bank's or the clinic's counter may be one of ours. */
const OURS = /\b(?:mpp|mal pelayanan|di sini|disini|here)\b/;

/**
 * True when the message's queue is at a place that is not ours (see above). A queue it only compares ours with ("nomor antrian
 * bayar PBB, kayak nomor antrian di bank gitu") is not its queue (compared.ts).
 */
export function queueElsewhere(normalized: string): boolean {
  const asked = withoutComparisons(normalized);
  return (QUEUE_AT.test(asked) || QUEUE_OF.test(asked)) && !OURS.test(normalized);
}
