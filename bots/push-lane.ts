/**
 * Messages the core pushes on its own (relays, alerts, reminders) wait in a lane per chat behind
 * that chat's replies (issue 14 item 7). A batch is taken only when the chat's send queue reaches
 * it, so a staff command's reply queued meanwhile goes first; and every citizen message relayed
 * during a handoff that piled up in the lane goes out as one message (per burst, per staff chat),
 * with at most `perCitizenChars` of each citizen's text, so one flooding citizen cannot jam staff.
 */
import type { Reply, UserKey } from '../core/types.js';

/** A citizen's message relayed to staff: `💬 H-0001: text` (core/care/handoff.ts). */
const RELAY = /^💬 (\S+): /u;

interface Waiting {
  readonly reply: Reply;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

export interface PushLaneOptions {
  /** Runs `task` in the chat's send queue (after what is queued for it already). */
  readonly enqueue: (to: UserKey, task: () => Promise<void>) => Promise<void>;
  readonly deliver: (to: UserKey, reply: Reply) => Promise<void>;
  /** Most text of one citizen in one coalesced relay. Default 1500 characters. */
  readonly perCitizenChars?: number;
}

export function createPushLane(options: PushLaneOptions): (to: UserKey, reply: Reply) => Promise<void> {
  const lanes = new Map<UserKey, Waiting[]>();
  const cap = options.perCitizenChars ?? 1500;

  const flush = async (to: UserKey): Promise<void> => {
    const batch = lanes.get(to) ?? [];
    lanes.delete(to);
    const relays = batch.filter((w) => w.reply.kind === 'handoff' && RELAY.test(w.reply.text));
    const others = batch.filter((w) => !relays.includes(w));
    for (const waiting of others) {
      await options.deliver(to, waiting.reply).then(waiting.resolve, waiting.reject);
    }
    if (relays.length === 0) return;
    const settle = (error?: unknown) => relays.forEach((w) => (error === undefined ? w.resolve() : w.reject(error)));
    await options.deliver(to, { kind: 'handoff', text: coalesce(relays.map((w) => w.reply.text), cap) }).then(() => settle(), settle);
  };

  return (to, reply) =>
    new Promise<void>((resolve, reject) => {
      const lane = lanes.get(to);
      if (lane) return void lane.push({ reply, resolve, reject });
      lanes.set(to, [{ reply, resolve, reject }]);
      // Errors reach each waiting caller through its own promise.
      options.enqueue(to, () => flush(to)).catch(() => undefined);
    });
}

/** `💬 H-1: a`, `💬 H-1: b`, `💬 H-2: c` → one block per handoff, each citizen's text capped. */
export function coalesce(texts: readonly string[], perCitizenChars: number): string {
  if (texts.length === 1) return texts[0] ?? '';
  const byHandoff = new Map<string, string[]>();
  for (const text of texts) {
    const id = RELAY.exec(text)?.[1] ?? '?';
    byHandoff.set(id, [...(byHandoff.get(id) ?? []), text.replace(RELAY, '')]);
  }
  return [...byHandoff]
    .map(([id, lines]) => {
      let used = 0;
      const kept = lines.filter((line) => (used += line.length + 1) <= perCitizenChars);
      const more = lines.length - kept.length;
      const tail = more > 0 ? `\n… +${more} pesan lagi dari ${id} (terlalu banyak; balas: /balas ${id} TEKS)` : '';
      return `💬 ${id} (${lines.length} pesan):\n${kept.map((l) => `• ${l}`).join('\n')}${tail}`;
    })
    .join('\n\n');
}
