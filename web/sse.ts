/** One Server-Sent Events stream as a `LiveClient`, with a heartbeat so proxies keep it open. */
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';

import type { LiveClient } from './live.js';

const HEARTBEAT_MS = 20_000;

export function eventStream(c: Context, attach: (client: LiveClient) => () => void): Response {
  return streamSSE(c, async (stream) => {
    let finish = (): void => {};
    const done = new Promise<void>((resolve) => (finish = resolve));
    // Writes in order; closing waits for the last one, so a final `ended` event is delivered.
    let written: Promise<void> = Promise.resolve();
    const client: LiveClient = {
      send: (event, data, id) => {
        if (stream.closed || stream.aborted) return;
        const message = { event, data: JSON.stringify(data), ...(id !== undefined ? { id: String(id) } : {}) };
        written = written.then(() => stream.writeSSE(message)).catch(finish);
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
