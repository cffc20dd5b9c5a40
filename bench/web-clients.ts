/**
 * The browsers of the web load bench (bench/web.ts), in a child process of their own: 50 counter
 * consoles and 20 hall displays over real HTTP and Server-Sent Events. Keeping them out of the
 * server's process means the event-loop stall the bench reports is the server's alone (issue 15).
 * Driven over IPC by the parent, which owns the server and its clock:
 *   login {base, tokens} → loggedIn · open {services} → ready · call {i} → called {label, ms} · finish → done {received}
 */
import { loginWithToken, openEvents, type Staff } from '../test/web/clients.js';

export type ToClients =
  | { readonly type: 'login'; readonly base: string; readonly tokens: readonly string[] }
  | { readonly type: 'open'; readonly services: readonly string[]; readonly displays: number }
  | { readonly type: 'call'; readonly i: number }
  | { readonly type: 'finish' };

export type FromClients =
  | { readonly type: 'loggedIn'; readonly count: number }
  | { readonly type: 'ready' }
  | { readonly type: 'called'; readonly label: string | null; readonly ms: number }
  | { readonly type: 'done'; readonly received: readonly (readonly string[])[]; readonly called: readonly string[] };

type Stream = Awaited<ReturnType<typeof openEvents>>;

let base = '';
const consoles: Staff[] = [];
const streams: { close(): void }[] = [];
const received: string[][] = [];
const called: string[] = [];
const waiters = new Map<string, { left: number; done: () => void }>();

const reply = (message: FromClients): void => void process.send?.(message);

async function pump(stream: Stream, d: number): Promise<void> {
  for (let event = await stream.until('call'); event; event = await stream.until('call')) {
    const label = (event.data as { label: string }).label;
    received[d]!.push(label);
    const waiter = waiters.get(label);
    if (waiter && --waiter.left === 0) waiter.done();
  }
}

/** A console's stream, read and thrown away (the consoles' screens are not what is measured). */
async function drain(url: string, cookie: string): Promise<{ close(): void }> {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { cookie }, signal: controller.signal });
  const reader = response.body!.getReader();
  void (async () => {
    while (!(await reader.read().catch(() => ({ done: true }))).done);
  })();
  return { close: () => controller.abort() };
}

async function open(services: readonly string[], displays: number): Promise<void> {
  // Each console calls one service at its own counter, as a real MPP floor would be set up.
  await Promise.all(consoles.map((c, i) => c.post('setup', { counter: String(i + 1), services: [services[i % services.length]] })));
  streams.push(...(await Promise.all(consoles.map((c) => drain(`${base}/api/console/events`, c.cookie)))));
  const opened = await Promise.all(Array.from({ length: displays }, () => openEvents(`${base}/api/display/events`)));
  opened.forEach((stream, d) => {
    received.push([]);
    streams.push(stream);
    void pump(stream, d);
  });
}

/** One press of "Panggil berikutnya"; the time until every display has the call. */
async function call(i: number): Promise<FromClients> {
  const started = performance.now();
  const result = await consoles[i % consoles.length]!.post('next');
  const label = /^(\S+) dipanggil/.exec(result.body.message ?? '')?.[1] ?? null;
  if (!label) return { type: 'called', label, ms: 0 };
  called.push(label);
  const missing = received.filter((r) => !r.includes(label)).length;
  if (missing > 0) await new Promise<void>((done) => waiters.set(label, { left: missing, done }));
  waiters.delete(label);
  return { type: 'called', label, ms: performance.now() - started };
}

process.on('message', (message: ToClients) => {
  void (async () => {
    switch (message.type) {
      case 'login':
        base = message.base;
        for (const token of message.tokens) consoles.push(await loginWithToken(base, token));
        return reply({ type: 'loggedIn', count: consoles.length });
      case 'open':
        await open(message.services, message.displays);
        return reply({ type: 'ready' });
      case 'call':
        return reply(await call(message.i));
      case 'finish':
        for (const stream of streams) stream.close();
        reply({ type: 'done', received, called });
        return process.disconnect();
    }
  })();
});
