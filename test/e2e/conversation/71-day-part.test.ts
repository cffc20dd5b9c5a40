/**
 * A part of the day said instead of an hour (session 43, `npm run simulate`): "booking kia besok sore" offered 08.00–09.45, the
 * day's first hours. The hours offered now gather around the afternoon (or midday); morning still starts the day.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('a part of the day said instead of an hour (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"besok sore" offers the afternoon\'s hours, up to the last', async () => {
    const reply = await step(s, citizen(), 'booking kia besok sore', { kind: 'clarify', has: ['Pilih jam pada Selasa, 24 November 2026'], options: ['14.00 WIB', '15.00 WIB'] });
    expect(reply.options?.map((o) => o.label)).not.toContain('08.00 WIB');
  });

  it('"friday afternoon" too, in English; "rabu pagi" keeps the morning', async () => {
    await step(s, citizen(), 'book a kia slot on friday afternoon', { kind: 'clarify', has: ['Pick a time on Friday, 27 November 2026'], options: ['14:00 WIB', '15:00 WIB'] });
    await step(s, citizen(), 'daftar bpjs kesehatan rabu pagi', { kind: 'clarify', options: ['08.00 WIB'] });
  });
});
