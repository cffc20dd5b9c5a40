/**
 * One Server-Sent Events stream as a `LiveClient`, with a heartbeat so proxies keep it open.
 * Events are encoded once (`sseFrame`) and the same bytes are written to every client that
 * gets them: 70 clients cost one JSON.stringify, not 70 (issue 15, the load bench).
 */
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';

/** An open event stream: takes ready-made frames, in order. */
export interface LiveClient {
  write(frame: Uint8Array): void;
  close(): void;
}

const HEARTBEAT_MS = 20_000;
const encoder = new TextEncoder();

/** One event as written on the wire; `json` is already serialised (JSON has no raw newlines). */
export function sseFrame(event: string, json: string, id?: number): Uint8Array {
  return encoder.encode(`event: ${event}\ndata: ${json}\n${id !== undefined ? `id: ${id}\n` : ''}\n`);
}

export function eventStream(c: Context, attach: (client: LiveClient) => () => void): Response {
  return streamSSE(c, async (stream) => {
    let finish = (): void => {};
    const done = new Promise<void>((resolve) => (finish = resolve));
    // Writes in order; closing waits for the last one, so a final `ended` event is delivered.
    let written: Promise<unknown> = Promise.resolve();
    const client: LiveClient = {
      write: (frame) => {
        if (stream.closed || stream.aborted) return;
        written = written.then(() => stream.write(frame)).catch(finish);
      },
      close: () => void written.then(finish),
    };
    // Reconnect quickly after a restart or a network drop (EventSource does it by itself).
    await stream.write('retry: 2000\n\n');
    const detach = attach(client);
    const heartbeat = setInterval(() => void stream.write(': ping\n\n').catch(finish), HEARTBEAT_MS);
    heartbeat.unref();
    stream.onAbort(finish);
    await done;
    clearInterval(heartbeat);
    detach();
  });
}
