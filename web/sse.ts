/**
 * One Server-Sent Events stream as a `LiveClient`, with a heartbeat so proxies keep it open.
 * Events are encoded once (`sseFrame`) and the same bytes are written to every client that gets
 * them: 70 clients cost one JSON.stringify, not 70 (issue 15, the load bench). Frames go straight
 * to Node's response (the request came through @hono/node-server, server.ts), not through a web
 * stream per client: at 70 clients and 1,000 calls a day, that per-write machinery was a
 * noticeable share of the server's time.
 */
import type { HttpBindings } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context } from 'hono';

/** An open event stream: takes ready-made frames, in order. */
export interface LiveClient {
  write(frame: Uint8Array): void;
  close(): void;
}

const HEARTBEAT_MS = 20_000;
/** A client this far behind (a TV on a dead network) is dropped; it reconnects and gets a fresh state. */
const MAX_BACKLOG = 4 * 1024 * 1024;
const encoder = new TextEncoder();
const PING = encoder.encode(': ping\n\n');

/** One event as written on the wire; `json` is already serialised (JSON has no raw newlines). */
export function sseFrame(event: string, json: string, id?: number): Uint8Array {
  return encoder.encode(`event: ${event}\ndata: ${json}\n${id !== undefined ? `id: ${id}\n` : ''}\n`);
}

export function eventStream(c: Context, attach: (client: LiveClient) => () => void): Response {
  // server.ts serves every request through @hono/node-server, which puts Node's response here.
  const out = (c.env as HttpBindings).outgoing;
  out.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache',
    Connection: 'keep-alive',
    // nginx: pass events on at once instead of buffering them.
    'X-Accel-Buffering': 'no',
    'X-Content-Type-Options': 'nosniff',
  });
  // Reconnect quickly after a restart or a network drop (EventSource does it by itself).
  out.write('retry: 2000\n\n');
  const client: LiveClient = {
    write: (frame) => {
      if (out.writableEnded || out.destroyed) return;
      if (out.writableLength > MAX_BACKLOG) out.destroy();
      else out.write(frame);
    },
    close: () => void out.end(),
  };
  const detach = attach(client);
  const heartbeat = setInterval(() => client.write(PING), HEARTBEAT_MS);
  heartbeat.unref();
  out.once('close', () => {
    clearInterval(heartbeat);
    detach();
  });
  return RESPONSE_ALREADY_SENT;
}
