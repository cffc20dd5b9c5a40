/**
 * `GET /healthz` (issue 14): each channel's state, the store, and the last scheduler tick, as
 * one JSON-able report. `healthReport` is the function; `startHealthServer` serves it on its
 * own port (LAYANI_HEALTH_PORT) until the web console's server mounts the same function.
 * Status 200 when everything that must work does, 503 otherwise, so a monitor needs no parsing.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Clock, Logger } from '../core/ports.js';
import type { Channel } from '../core/types.js';
import type { ChannelStatus } from './supervisor.js';

export interface StoreHealth {
  readonly ok: boolean;
  readonly rows?: number;
  readonly walBytes?: number;
  /** Replies waiting in the outbox for their channel, and those given up for good. */
  readonly outboxPending?: number;
  readonly outboxFailed?: number;
  readonly error?: string;
}

export interface HealthSources {
  readonly clock: Clock;
  readonly startedAt: Date;
  readonly channels: () => Partial<Record<Channel, ChannelStatus>>;
  readonly store: () => StoreHealth;
  /** When the scheduler last finished a tick (undefined before the first). */
  readonly lastTick: () => { readonly at: Date; readonly ok: boolean } | undefined;
  /** The scheduler runs every minute: older than this and it is stuck. Default 3 min. */
  readonly tickStaleMs?: number;
}

export interface HealthReport {
  readonly ok: boolean;
  readonly uptimeS: number;
  readonly channels: Partial<Record<Channel, ChannelStatus>>;
  readonly store: StoreHealth;
  readonly scheduler: { readonly ok: boolean; readonly lastTickAt?: string; readonly ageS?: number };
}

export function healthReport(sources: HealthSources): HealthReport {
  const now = sources.clock.now().getTime();
  const staleMs = sources.tickStaleMs ?? 180_000;
  const tick = sources.lastTick();
  const uptimeMs = now - sources.startedAt.getTime();
  const tickAgeMs = tick ? now - tick.at.getTime() : undefined;
  // Before the first tick, only a process older than the stale limit counts as stuck.
  const schedulerOk = tick ? tick.ok && (tickAgeMs ?? 0) <= staleMs : uptimeMs <= staleMs;
  const channels = sources.channels();
  const store = sources.store();
  const channelsOk = Object.values(channels).every((c) => c.state === 'running' || c.state === 'degraded');
  return {
    ok: store.ok && schedulerOk && channelsOk,
    uptimeS: Math.round(uptimeMs / 1000),
    channels,
    store,
    scheduler: {
      ok: schedulerOk,
      ...(tick ? { lastTickAt: tick.at.toISOString(), ageS: Math.round((tickAgeMs ?? 0) / 1000) } : {}),
    },
  };
}

export interface HealthServer {
  readonly port: number;
  close(): Promise<void>;
}

/** A minimal server: `GET /healthz` only; everything else 404. */
export async function startHealthServer(
  report: () => HealthReport,
  options: { readonly port: number; readonly host?: string; readonly logger: Logger },
): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/healthz') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    const body = report();
    res.writeHead(body.ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  options.logger.info('health.listening', { url: `http://${options.host ?? '127.0.0.1'}:${port}/healthz` });
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
