/**
 * Issue 14 items 2 and 4, in-process: signals run the shutdown once and exit 0; a channel's stray
 * error is logged and survived; a store error exits non-zero; a hung shutdown is cut off.
 * (The same with real signals on a real child process: test/e2e/process.test.ts.)
 */
import { EventEmitter } from 'node:events';

import { describe, expect, it, vi } from 'vitest';

import { createLogger } from '../../bots/log.js';
import { crashOrigin, type GuardedProcess, installProcessGuard } from '../../bots/process-guard.js';
import { AppError, DeliveryError } from '../../core/errors.js';
import { recordingLogger } from './helpers.js';

function fakeProcess() {
  const emitter = new EventEmitter();
  const exits: number[] = [];
  const proc = Object.assign(emitter, { exit: (code: number) => void exits.push(code) }) as unknown as GuardedProcess & EventEmitter;
  return { proc, exits };
}

function guarded(shutdown: () => Promise<void> = () => Promise.resolve()) {
  const { proc, exits } = fakeProcess();
  const logger = recordingLogger();
  const calls: string[] = [];
  const guard = installProcessGuard({
    logger,
    process: proc,
    shutdown: async (reason) => {
      calls.push(reason);
      await shutdown();
    },
  });
  return { proc, exits, logger, calls, guard };
}

/** Lets the guard's shutdown promise chain settle (no timers involved). */
const settled = () => new Promise<void>((resolve) => setImmediate(resolve));

function targetClosed(): Error {
  const error = new Error('Protocol error (Runtime.callFunctionOn): Target closed');
  error.name = 'TargetCloseError';
  return error;
}

describe('process guard', () => {
  it('SIGTERM runs the shutdown once and exits 0; a second signal exits at once', async () => {
    let release!: () => void;
    const h = guarded(() => new Promise<void>((resolve) => (release = resolve)));
    h.proc.emit('SIGTERM', 'SIGTERM');
    h.proc.emit('SIGINT', 'SIGINT');
    expect(h.calls).toEqual(['SIGTERM']);
    expect(h.exits).toEqual([130]);
    release();
    await settled();
    expect(h.exits).toEqual([130, 0]);
    expect(h.logger.entries.map((e) => e.event)).toEqual(['shutdown', 'shutdown_forced', 'stopped']);
  });

  it('keeps running after an unhandled TargetCloseError (a phone logout closing the browser)', async () => {
    const h = guarded();
    h.proc.emit('unhandledRejection', targetClosed());
    h.proc.emit('uncaughtException', targetClosed());
    await settled();
    expect(h.exits).toEqual([]);
    expect(h.calls).toEqual([]);
    expect(h.logger.entries[0]).toMatchObject({
      level: 'error',
      event: 'unhandled_rejection',
      fields: { origin: 'channel', action: 'keep_running', error: expect.stringContaining('Target closed') as unknown },
    });
  });

  it('exits non-zero after a store error, through the shutdown', async () => {
    const h = guarded();
    h.proc.emit('unhandledRejection', new AppError('STORE_CORRUPT', 'wal.jsonl line 7 is not JSON'));
    await settled();
    expect(h.calls).toEqual(['unhandled_rejection']);
    expect(h.exits).toEqual([1]);
    expect(h.logger.entries[0]?.fields).toMatchObject({ origin: 'store', action: 'exit' });
  });

  it('exits non-zero on an unknown uncaught exception, survives an unknown unhandled rejection', async () => {
    const h = guarded();
    h.proc.emit('unhandledRejection', new TypeError('x is undefined'));
    await settled();
    expect(h.exits).toEqual([]);
    h.proc.emit('uncaughtException', new TypeError('y is undefined'));
    await settled();
    expect(h.exits).toEqual([1]);
  });

  it('logs through the masking logger: no phone number in the line', () => {
    const { proc } = fakeProcess();
    const lines: string[] = [];
    installProcessGuard({ logger: createLogger('info', (line) => lines.push(line)), process: proc, shutdown: () => Promise.resolve() });
    proc.emit('unhandledRejection', new DeliveryError('TRANSIENT', 'send to 6281234567890@c.us failed'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('"event":"unhandled_rejection"');
    expect(lines[0]).not.toContain('6281234567890');
  });

  it('exits anyway when the shutdown hangs past the deadline', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { proc, exits } = fakeProcess();
      installProcessGuard({ logger: recordingLogger(), process: proc, deadlineMs: 15_000, shutdown: () => new Promise(() => undefined) });
      proc.emit('SIGTERM', 'SIGTERM');
      await vi.advanceTimersByTimeAsync(14_999);
      expect(exits).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(exits).toEqual([1]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('tells store, channel and unknown errors apart', () => {
    expect(crashOrigin(new AppError('STORE_LOCKED', 'locked'))).toBe('store');
    expect(crashOrigin(targetClosed())).toBe('channel');
    const fromLibrary = new Error("Cannot read properties of null (reading 'evaluate')");
    fromLibrary.stack = `Error: x\n    at Client.inject (/app/node_modules/whatsapp-web.js/src/Client.js:120:5)`;
    expect(crashOrigin(fromLibrary)).toBe('channel');
    const fromStore = new Error('ENOSPC: no space left on device, write');
    fromStore.stack = `Error: ENOSPC\n    at Wal.append (/app/dist/data/store/wal.js:40:3)`;
    expect(crashOrigin(fromStore)).toBe('store');
    expect(crashOrigin('a string')).toBe('unknown');
  });
});
