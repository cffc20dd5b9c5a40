import { describe, expect, it } from 'vitest';

import { DueQueue } from '../../core/due-queue.js';

describe('DueQueue', () => {
  it('loads 140,000 entries at once (two reminders for each of 70k bookings) without a RangeError', () => {
    const queue = new DueQueue<number>();
    const ids = Array.from({ length: 140_000 }, (_, id) => id);
    queue.load(ids.map((id) => (id * 7919) % 140_000), ids);
    expect(queue.length).toBe(140_000);
    expect(queue.takeDue(2).map((e) => e.at)).toEqual([0, 1, 2]);
    queue.retain((_id, at) => at % 2 === 0);
    expect(queue.length).toBe(69_998);
    expect(queue.next).toBe(4);
  });

  it('takes what is due earliest first, equal times in insertion order, and keeps the rest', () => {
    const queue = new DueQueue<string>();
    for (const [at, id] of [[30, 'c'], [10, 'a1'], [20, 'b'], [10, 'a2'], [50, 'e']] as const) queue.insert(at, id);
    expect(queue.takeDue(30).map((e) => e.value)).toEqual(['a1', 'a2', 'b', 'c']);
    expect(queue.takeDue(49)).toEqual([]);
    expect(queue.next).toBe(50);
  });
});
