import { describe, expect, it } from 'vitest';

import { createPacer, createRateLimiter } from '../../bots/rate-limiter.js';
import { virtualTime } from './helpers.js';

describe('createRateLimiter', () => {
  const limiter = (time: ReturnType<typeof virtualTime>) =>
    createRateLimiter({
      global: { perSecond: 2, burst: 2 },
      perChat: { perSecond: 1, burst: 1 },
      now: time.now,
      sleep: time.sleep,
    });

  it('lets a burst through, then waits for the refill', async () => {
    const time = virtualTime();
    const rate = limiter(time);
    await rate.acquire('a');
    await rate.acquire('a');
    expect(time.sleeps).toEqual([1000]);
  });

  it('limits all chats together through the global bucket', async () => {
    const time = virtualTime();
    const rate = limiter(time);
    await rate.acquire('a');
    await rate.acquire('b');
    await rate.acquire('c');
    expect(time.sleeps).toEqual([500]);
  });

  it('holds every chat after pauseFor (a 429)', async () => {
    const time = virtualTime();
    const rate = limiter(time);
    rate.pauseFor(3000);
    await rate.acquire('a');
    expect(time.sleeps).toEqual([3000]);
  });

  it('rejects limits that would never refill', () => {
    expect(() => createRateLimiter({ global: { perSecond: 0, burst: 1 }, perChat: { perSecond: 1, burst: 1 } })).toThrow(
      RangeError,
    );
  });
});

describe('createPacer', () => {
  it('spaces calls by interval + jitter, in call order, starting at once', async () => {
    const time = virtualTime();
    const pace = createPacer({ intervalMs: 1000, jitterMs: 400, now: time.now, sleep: time.sleep, random: () => 0.25 });
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((n) => pace().then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3]);
    expect(time.sleeps).toEqual([1100, 1100]);
  });

  it('does not wait when the gap has already passed', async () => {
    const time = virtualTime();
    const pace = createPacer({ intervalMs: 1000, jitterMs: 0, now: time.now, sleep: time.sleep });
    await pace();
    await time.sleep(5000);
    await pace();
    expect(time.sleeps).toEqual([5000]);
  });
});
