/**
 * The satisfaction survey answered in words (session 44, `npm run simulate`): "cepet kok" at the speed question left the survey
 * ("Maksud Anda yang mana? Pengaduan / Lama proses") and "sangat sopan" opened a complaint; "nanti aja" offered to cancel a
 * booking, and the survey asked for afterwards was gone. A short reply is read on the question's own scale and the citizen is
 * told which answer was recorded; "nanti aja" keeps the survey for later.
 */
import { beforeEach, describe, expect, it } from 'vitest';

import { book, citizen, type Sim, STAFF, start, step } from './chat.js';

describe('the satisfaction survey answered in words (issue 11, conversation)', () => {
  let s: Sim;
  beforeEach(async () => {
    s = await start();
  });

  async function visited(name: string) {
    const user = citizen();
    await book(s, user, 'booking ktp hari ini jam 10', name);
    await step(s, user, 'baru', {});
    await s.advance('100m');
    await s.say(STAFF, '/panggil ktp');
    await s.say(STAFF, '/done');
    return user;
  }

  it('reads "cepet kok", "ga mahal" and "sangat sopan" on each question\'s scale and says what it recorded', async () => {
    const user = await visited('Budi Santoso');
    await step(s, user, '4', { kind: 'survey', has: ['2/9'] });
    await step(s, user, 'mudah kok', { kind: 'survey', has: ['Dicatat: Mudah.', '3/9'] });
    await step(s, user, 'cepet kok', { kind: 'survey', has: ['Dicatat: Cepat.', '4/9'], not: ['Maksud Anda'] });
    await step(s, user, 'ga mahal', { kind: 'survey', has: ['Dicatat: Murah.', '5/9'] });
    await step(s, user, '3', { kind: 'survey', has: ['6/9'], not: ['Dicatat'] });
    await step(s, user, 'kurang profesional', { kind: 'survey', has: ['Dicatat: Kurang kompeten.', '7/9'] });
    await step(s, user, 'sangat sopan', { kind: 'survey', has: ['Dicatat: Sangat sopan dan ramah.', '8/9'], not: ['Pengaduan Anda'] });
    await step(s, user, 'bagus', { kind: 'survey', has: ['Dicatat: Dikelola dengan baik.', '9/9'] });
    await step(s, user, 'agak kotor', { kind: 'survey', has: ['Terima kasih atas penilaian Anda'] });
    const ikm = (await s.say(STAFF, '/ikm')).filter((l) => l.to === STAFF).map((l) => l.text).join('\n');
    // 4, 3, 3, 3, 3, 2, 4, 4, 2: each unsur weighs 1/9.
    expect(ikm).toMatch(/IKM: 3[.,]1111/);
  });

  it('"nanti aja" keeps the survey: asked for later, the same question returns', async () => {
    const user = await visited('Siti Aminah');
    await step(s, user, '4', { kind: 'survey', has: ['2/9'] });
    await step(s, user, 'nanti aja', { kind: 'survey', has: ['isi survei'], not: ['Maksud Anda', 'dilewati'] });
    await step(s, user, 'mau isi survei kepuasan', { kind: 'survey', has: ['2/9'] });
  });

  it('an "oke bagus" long after the question is not taken for a score', async () => {
    const user = await visited('Rina Marlina');
    await s.advance('90m');
    await step(s, user, 'bagus', { not: ['Dicatat', '2/9'] });
  });
});
