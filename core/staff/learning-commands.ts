/**
 * `/belajar` (issue 11): staff teach the bot from the messages it missed.
 * - `/belajar` lists the latest misses with their numbered guesses;
 * - `/belajar 3 cost paspor` files miss 3 as an example of `cost` (service paspor: its unknown words
 *   become a synonym of paspor for this MPP);
 * - `/belajar latih` retrains, refused when the built-in test set loses more than one point;
 * - `/belajar ekspor` prints every kept miss as JSON lines (`npm run nlu -- export`).
 */
import type { App, Turn } from '../app.js';
import { INTENT_NAMES } from '../nlu.js';
import type { Miss } from '../records.js';
import type { Reply } from '../types.js';
import { serviceTyped } from './typed-words.js';

const SHOWN = 10;
const USAGE = `/belajar — pesan yang belum dipahami\n/belajar NOMOR INTENT [LAYANAN] — simpan sebagai contoh (mis. /belajar 3 cost paspor)\n/belajar latih — latih ulang\nIntent: ${INTENT_NAMES.join(', ')}`;

const staffReply = (text: string): Reply => ({ kind: 'staff', text });

export async function learningCommand(app: App, turn: Turn, args: readonly string[]): Promise<Reply> {
  const [first, intent, serviceWord] = args;
  if (first === undefined) return staffReply(listMisses(app));
  if (first === 'latih' || first === 'train') return staffReply(await retrain(app));
  // `npm run nlu -- export`: one JSON object a line, the masked rows as stored.
  if (first === 'ekspor' || first === 'export') return staffReply(app.learning.misses.all().map((m) => JSON.stringify(m)).join('\n') || '(kosong)');
  if (!/^\d+$/.test(first) || intent === undefined) return staffReply(USAGE);
  const service = serviceTyped(app, turn, serviceWord);
  if (serviceWord !== undefined && service === null) return staffReply(`Layanan "${serviceWord.slice(0, 30)}" tidak dikenal.\n\n${USAGE}`);
  const result = await app.learning.file(first, intent.toLowerCase(), service, turn.user, turn.now);
  if (!result.ok) {
    const why = { not_found: `Pesan nomor ${first} tidak ada (lihat /belajar).`, bad_intent: `Intent "${intent.slice(0, 30)}" tidak dikenal.\n\n${USAGE}`, no_file: 'Belajar tidak aktif di sini (tidak ada folder data).' };
    return staffReply(why[result.reason]);
  }
  const synonym = result.synonym !== null ? `\n"${result.synonym}" sekarang dikenali sebagai ${service}.` : '';
  return staffReply(`✅ Pesan ${first} disimpan sebagai contoh ${intent}${service ? ` (${service})` : ''}.${synonym}\nKetik /belajar latih untuk melatih ulang.`);
}

function listMisses(app: App): string {
  const misses = app.learning.misses.latest(SHOWN);
  if (misses.length === 0) return `Belum ada pesan yang tidak dipahami. Contoh yang sudah dipelajari: ${app.learning.learned.examples.length}.`;
  return [`Pesan terakhir yang belum dipahami (${misses.length}):`, ...misses.map(describe), '', USAGE].join('\n');
}

function describe(miss: Miss): string {
  const guesses = miss.guesses.map((g, i) => `${i + 1}) ${g.intent}`).join(' ');
  return `${miss.id}. "${miss.text.slice(0, 120)}" — tebakan: ${guesses}${miss.service ? ` · ${miss.service}` : ''}`;
}

async function retrain(app: App): Promise<string> {
  const outcome = await app.learning.retrain();
  if (outcome === null) return 'Belajar tidak aktif di sini (tidak ada folder data).';
  const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
  if (!outcome.ok) return `❌ Latih ulang ditolak: akurasi uji turun dari ${pct(outcome.baseline)} ke ${pct(outcome.accuracy)} (batas 1 poin). Periksa contoh yang terakhir disimpan.`;
  return `✅ Model dilatih ulang dengan ${app.learning.learned.examples.length} contoh dan ${app.learning.learned.synonyms.length} sinonim. Akurasi uji ${pct(outcome.accuracy)} (tanpa contoh baru ${pct(outcome.baseline)}).`;
}
