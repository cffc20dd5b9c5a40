/**
 * A question asked in the middle of the satisfaction survey (session 47, a field test): at 2/9 "syarat kk baru" was answered with
 * its buttons, the next "3" was taken as "Alur KK baru", and the survey answer was lost with no question asked again. The answer
 * is given, the survey's question comes back under it, and the digit answers the survey.
 */
import { describe, expect, it } from 'vitest';

import { book, citizen, STAFF, start, step } from './chat.js';

describe('the survey after an aside (issue 11, conversation)', () => {
  it('answers the question, asks the survey\'s again, and takes the next digit for the survey', async () => {
    const s = await start();
    const nur = citizen();
    await book(s, nur, 'booking npwp hari ini jam 9', 'Nur Aini');
    await s.advance('61m');
    await s.say(STAFF, '/next npwp 12');
    const done = await s.say(STAFF, '/done');
    expect(done.find((l) => l.to === nur)?.text).toContain('1/9');
    await step(s, nur, '4', { kind: 'survey', has: ['2/9'] });
    await step(s, nur, 'syarat kk baru', { kind: 'survey', has: ['Syarat KK baru', 'Survei kepuasan masih terbuka', '2/9'] });
    await step(s, nur, '3', { kind: 'survey', has: ['3/9'], not: ['Alur'] });
  });
});
