/** Slash commands: the citizen's few (/start, /menu, /batal, /booking) and the staff commands. */
import type { App, Turn } from '../app.js';
import { tr } from '../i18n.js';
import { maskText } from '../mask.js';
import { runStaffCommand, STAFF_COMMANDS } from '../staff/staff-commands.js';
import type { Reply } from '../types.js';
import { routeRequest } from './dispatch.js';
import { greeting, help } from './info-replies.js';

export async function runCommand(app: App, turn: Turn, text: string): Promise<Reply> {
  const [head = '', ...args] = text.slice(1).split(/\s+/);
  const command = head.toLowerCase().replace(/@.*$/, '');
  if (command === 'start') return greeting(app, turn);
  if (['help', 'menu', 'bantuan'].includes(command)) return help(app, turn);
  if (['batal', 'cancel'].includes(command)) return routeRequest(app, turn, { intent: 'cancel', code: args[0] ?? null });
  if (['booking', 'book'].includes(command)) return routeRequest(app, turn, { intent: 'book' });
  if (STAFF_COMMANDS.has(command)) return runStaffCommand(app, turn, command, args);
  return {
    kind: 'fallback',
    text: tr(turn.lang, `Perintah /${maskText(command).slice(0, 30)} tidak dikenal. Ketik /menu untuk melihat yang bisa saya bantu.`, `Unknown command /${maskText(command).slice(0, 30)}. Type /menu to see what I can do.`),
  };
}
