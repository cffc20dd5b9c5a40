/**
 * The terminal chat: `npm start` with no channel configured. Works interactively and with
 * piped stdin (one message a line; each is answered before the next is read).
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

import type { Conversation, Sender } from '../core/ports.js';
import type { Reply, UserKey } from '../core/types.js';

export interface TerminalOptions {
  readonly conversation: Conversation;
  readonly input: Readable;
  readonly output: Writable;
  readonly user?: UserKey;
  /** Show a prompt (interactive use); off for piped input. */
  readonly prompt?: boolean;
}

export function renderForTerminal(reply: Reply): string {
  const options = (reply.numberedInText ? [] : (reply.options ?? [])).map((o, i) => `  ${i + 1}. ${o.label}`).join('\n');
  return options ? `${reply.text}\n${options}\n` : `${reply.text}\n`;
}

/** Prints pushed messages (reminders, alerts) addressed to terminal users. */
export function terminalSender(output: Writable): Sender {
  return {
    send: (message) => {
      output.write(`\n[${message.to}] ${renderForTerminal(message)}`);
      return Promise.resolve();
    },
  };
}

/**
 * Where messages to `term:` ids go. Operators' always go to their log. In the terminal demo the
 * others are printed; in service mode (a chat channel is running, stdout is a journal kept for
 * months) nothing is printed: they go to the operator log, masked (issue 13 item 7).
 */
export function termSender(options: { readonly service: boolean; readonly operatorLog: Sender; readonly terminal: Sender; readonly isOperator: (user: string) => boolean }): Sender {
  return { send: (message) => (options.service || options.isOperator(message.to) ? options.operatorLog : options.terminal).send(message) };
}

export async function runTerminal(options: TerminalOptions): Promise<void> {
  const user = options.user ?? 'term:local';
  const lines = createInterface({ input: options.input, crlfDelay: Infinity, terminal: false });
  const prompt = (): void => {
    if (options.prompt) options.output.write('anda> ');
  };
  prompt();
  for await (const line of lines) {
    const replies = await options.conversation.handle({ from: user, text: line, receivedAt: new Date() });
    for (const reply of replies) options.output.write(`layani> ${renderForTerminal(reply)}`);
    prompt();
  }
}
