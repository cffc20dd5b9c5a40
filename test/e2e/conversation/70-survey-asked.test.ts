/**
 * The satisfaction survey asked for (session 43, `npm run simulate`): "mau isi survei kepuasan" was "Maaf, saya belum paham".
 * The survey (SKM) came only by itself after a visit. After being called, asking for it starts it; while it is open, the current
 * question comes again; with no visit to rate, the citizen is told when it comes and where a remark goes today.
 */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, STAFF, start, step } from './chat.js';

describe('the satisfaction survey asked for (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('with no visit, says when the survey comes and how to send a remark now', async () => {
    await step(s, citizen(), 'mau isi survei kepuasan', { kind: 'answer', has: ['setelah Anda dilayani', 'pengaduan'], not: ['belum paham'] });
  });

  it('after being called, starts the survey of that visit; asked again mid-way, the current question returns', async () => {
    const user = citizen();
    await book(s, user, 'booking ktp hari ini jam 10', 'Siti Aminah');
    await step(s, user, 'baru', {});
    await s.advance('100m');
    await s.say(STAFF, '/panggil ktp');
    await step(s, user, 'saya mau kasih penilaian pelayanan', { kind: 'survey', has: ['1/9'] });
    await step(s, user, '4', { kind: 'survey', has: ['2/9'] });
    await step(s, user, 'isi survei', { kind: 'survey', has: ['2/9'], not: ['1/9'] });
  });
});
