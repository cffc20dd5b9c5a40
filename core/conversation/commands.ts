/** Slash commands: the citizen's few (/start, /menu, /batal, /booking) and the staff commands. */
import type { App, Turn } from '../app.js';
import { tr } from '../i18n.js';
import { maskText } from '../mask.js';
import { runStaffCommand, STAFF_ALIASES, STAFF_COMMANDS, USAGE } from '../staff/staff-commands.js';
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
  if (['help', 'menu', 'bantuan'].includes(command)) return staff ? withStaffUsage(help(app, turn)) : help(app, turn);
  if (['batal', 'cancel'].includes(command)) return routeRequest(app, turn, { intent: 'cancel', code: args[0] ?? null });
  if (['booking', 'book'].includes(command)) return routeRequest(app, turn, { intent: 'book' });
  if (STAFF_COMMANDS.has(command)) return runStaffCommand(app, turn, command, args);
  const unknown = tr(turn.lang, `Perintah /${maskText(command).slice(0, 30)} tidak dikenal.`, `Unknown command /${maskText(command).slice(0, 30)}.`);
  if (staff) return { kind: 'staff', text: `${unknown}\n${USAGE}` };
  return { kind: 'fallback', text: `${unknown} ${tr(turn.lang, 'Ketik /menu untuk melihat yang bisa saya bantu.', 'Type /menu to see what I can do.')}` };
}

function withStaffUsage(reply: Reply): Reply {
  return { ...reply, text: `${reply.text}\n\n${USAGE}` };
}
