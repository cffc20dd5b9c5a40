/** `GET /healthz`: channels, store and the last scheduler tick, as JSON; 503 when something is down. */
import { describe, expect, it } from 'vitest';

import { healthReport, type HealthSources, startHealthServer } from '../../bots/health.js';
import type { ChannelStatus } from '../../bots/supervisor.js';
import { FakeClock } from '../fakes/clock.js';
import { recordingLogger } from './helpers.js';

const clock = new FakeClock('2026-11-30T08:10:00+07:00');
const running: ChannelStatus = { state: 'running', since: '2026-11-30T01:00:00.000Z', restarts: 0 };

function sources(overrides: Partial<HealthSources> = {}): HealthSources {
  return {
    clock,
    startedAt: new Date('2026-11-30T08:00:00+07:00'),
    channels: () => ({ tg: running }),
    store: () => ({ ok: true, rows: 12, outboxPending: 0, outboxFailed: 0 }),
    lastTick: () => ({ at: new Date('2026-11-30T08:09:30+07:00'), ok: true }),
    ...overrides,
  };
}

describe('healthReport', () => {
  it('is ok with channels up, the store fine and a recent tick', () => {
    expect(healthReport(sources())).toEqual({
      ok: true,
      uptimeS: 600,
      channels: { tg: running },
      store: { ok: true, rows: 12, outboxPending: 0, outboxFailed: 0 },
      scheduler: { ok: true, lastTickAt: '2026-11-30T01:09:30.000Z', ageS: 30 },
    });
  });

  it('is not ok when a channel is restarting or the scheduler is stuck', () => {
    const restarting: ChannelStatus = { ...running, state: 'restarting', lastError: 'auth timeout', restarts: 3 };
    expect(healthReport(sources({ channels: () => ({ tg: running, wa: restarting }) })).ok).toBe(false);
    const stale = healthReport(sources({ lastTick: () => ({ at: new Date('2026-11-30T08:05:00+07:00'), ok: true }) }));
    expect(stale.scheduler).toMatchObject({ ok: false, ageS: 300 });
  });
});

describe('startHealthServer', () => {
  it('serves the report on GET /healthz (200 / 503) and nothing else', async () => {
    let ok = true;
    const report = () => healthReport(sources({ store: () => ({ ok }) }));
    const server = await startHealthServer(report, { port: 0, logger: recordingLogger() });
    try {
      const url = `http://127.0.0.1:${server.port}`;
      const good = await fetch(`${url}/healthz`);
      expect(good.status).toBe(200);
      expect(await good.json()).toMatchObject({ ok: true, channels: { tg: { state: 'running' } }, scheduler: { ok: true } });
      ok = false;
      expect((await fetch(`${url}/healthz`)).status).toBe(503);
      expect((await fetch(`${url}/other`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
