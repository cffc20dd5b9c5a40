import { describe, expect, it } from 'vitest';

import { createDispatcher, KeyedQueue } from '../../bots/channel.js';
import { DeliveryError } from '../../core/errors.js';
import type { Reply, UserKey } from '../../core/types.js';
import { recordingLogger, scriptedConversation } from './helpers.js';

describe('KeyedQueue', () => {
  it('runs tasks in order per key and in parallel across keys', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    let releaseA1!: () => void;
    const a1Gate = new Promise<void>((resolve) => (releaseA1 = resolve));
    const a1 = queue.run('a', () => a1Gate.then(() => log.push('a1')));
    const a2 = queue.run('a', () => Promise.resolve(log.push('a2')));
    // b runs while a1 is still held; a2 waits for a1.
    await queue.run('b', () => Promise.resolve(log.push('b1')));
    expect(log).toEqual(['b1']);
    releaseA1();
    await Promise.all([a1, a2]);
    expect(log).toEqual(['b1', 'a1', 'a2']);
  });

  it('keeps going after a task fails, and idles when empty', async () => {
    const queue = new KeyedQueue();
    await expect(queue.run('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(queue.run('a', () => Promise.resolve(1))).resolves.toBe(1);
    await queue.idle();
  });
});

describe('createDispatcher', () => {
  it('stops a turn at the first failed reply and logs the delivery code', async () => {
    const logger = recordingLogger();
    const delivered: string[] = [];
    const dispatcher = createDispatcher({
      conversation: scriptedConversation().conversation,
      logger,
      platform: 'telegram',
      deliver: (_to: UserKey, reply: Reply) => {
        if (reply.options) return Promise.reject(new DeliveryError('UNREACHABLE', 'blocked'));
        delivered.push(reply.text);
        return Promise.resolve();
      },
    });
    await dispatcher.dispatch({ from: 'tg:1', text: '/start', receivedAt: new Date() });
    expect(delivered).toHaveLength(1);
    expect(logger.entries[0]).toMatchObject({ event: 'telegram.reply_failed', fields: { code: 'UNREACHABLE' } });
  });

  it('lets the engine send to the same user while handling a message (no deadlock)', async () => {
    const delivered: string[] = [];
    const logger = recordingLogger();
    const dispatcher = createDispatcher({
      conversation: {
        async handle(message) {
          await dispatcher.send(message.from, { kind: 'staff', text: 'notifikasi' });
          return [{ kind: 'answer', text: 'jawaban' }];
        },
      },
      logger,
      platform: 'whatsapp',
      deliver: (_to, reply) => {
        delivered.push(reply.text);
        return Promise.resolve();
      },
    });
    await dispatcher.dispatch({ from: 'wa:1@c.us', text: 'halo', receivedAt: new Date() });
    expect(delivered).toEqual(['notifikasi', 'jawaban']);
  });
});
