/** Slash commands: the citizen's few (/start, /menu, /batal, /booking) and the staff commands. */
import type { App, Turn } from '../app.js';
import { tr } from '../i18n.js';
import { maskText } from '../mask.js';
import { runStaffCommand, STAFF_ALIASES, STAFF_COMMANDS, staffUsage } from '../staff/staff-commands.js';
import type { Reply } from '../types.js';
import { routeRequest } from './dispatch.js';
import { greeting, help } from './info-replies.js';

export async function runCommand(app: App, turn: Turn, text: string): Promise<Reply> {
  const [head = '', ...args] = text.slice(1).split(/\s+/);
  const typed = head.toLowerCase().replace(/@.*$/, '');
  const staff = app.access.isStaff(turn.user);
  const command = staff ? (STAFF_ALIASES[typed] ?? typed) : typed;
  if (command === 'start') return greeting(app, turn);
  // Staff see their own commands under the citizen's menu: "/menu" had shown them only what a citizen can ask (session 41).
  if (['help', 'menu', 'bantuan'].includes(command)) return staff ? withStaffUsage(help(app, turn), staffUsage(app, turn.user)) : help(app, turn);
  if (['batal', 'cancel'].includes(command)) return routeRequest(app, turn, { intent: 'cancel', code: args[0] ?? null });
  if (['booking', 'book'].includes(command)) return routeRequest(app, turn, { intent: 'book' });
  if (STAFF_COMMANDS.has(command)) return runStaffCommand(app, turn, command, args);
  const unknown = tr(turn.lang, `Perintah /${maskText(command).slice(0, 30)} tidak dikenal.`, `Unknown command /${maskText(command).slice(0, 30)}.`);
  if (staff) return { kind: 'staff', text: `${unknown}\n${staffUsage(app, turn.user)}` };
  return { kind: 'fallback', text: `${unknown} ${tr(turn.lang, 'Ketik /menu untuk melihat yang bisa saya bantu.', 'Type /menu to see what I can do.')}` };
}

function withStaffUsage(reply: Reply, usage: string): Reply {
  return { ...reply, text: `${reply.text}\n\n${usage}` };
}

/** The counter's verbs a staff member types without the slash, and the words around them that add nothing. */
// "selesai" and "tidak hadir" are what a counter says of the citizen in front of it (session 44, simulate: "selesai" asked "Untuk
// layanan apa?" and "tidak hadir" looked for a booking).
const BARE_STAFF_VERB = /^(panggil|next|lewati|skip|done|selesai|antrian|antrean|queue)\b|^tidak hadir\b/i;
const FILLER = /\b(?:berikutnya|selanjutnya|nomor|no|hari ini|today|sekarang|now|the next|next one)\b/gi;
/** A longer message, or a question, is chat: "antrian ktp hari ini berapa orang?" is asked of the bot. */
const MAX_BARE_WORDS = 5;

/**
 * A staff member's counter verb typed without the slash ("panggil berikutnya ktp", "antrian hari ini"): the command. The first
 * was "Ambil antrean or Pengaduan?" and the second started a booking for the staff member (session 43, `npm run simulate`).
 * Staff only: a citizen's "antrian hari ini" is their own question.
 */
export function bareStaffCommand(app: App, turn: Turn, text: string): string | null {
  const words = text.trim().split(/\s+/);
  if (!app.access.isStaff(turn.user) || words.length > MAX_BARE_WORDS || text.includes('?') || !BARE_STAFF_VERB.test(text.trim())) return null;
  const said = text.trim().replace(/^tidak hadir\b/i, 'skip');
  return `/${said.replace(FILLER, ' ').replace(/\s+/g, ' ').trim()}`;
}
