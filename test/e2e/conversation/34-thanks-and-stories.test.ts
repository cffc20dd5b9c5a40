/**
 * Session 15 (issue 11): thanks told with the story of a service done well ("tadi ngurus KIA cepet bgt … makasih ya
 * petugasnya 🙏") opened a complaint form ("Mohon maaf atas pengalaman yang kurang baik"); a complaint told as a story,
 * asking nothing, was offered help or an officer only. Read turn by turn, as a citizen reads the screen. Messages written
 * for this test.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('thanks and complaints told as stories (session 15)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('takes thanks with a story as thanks, then answers the next question as usual', async () => {
    const user = citizen();
    await step(s, user, 'tadi ngurus kia anak cepet bgt, ga sampe sejam. makasih ya petugasnya 🙏', {
      kind: 'answer',
      has: ['Sama-sama'],
      not: ['Pengaduan', 'pengalaman yang kurang baik'],
    });
    await step(s, user, 'oh iya, syarat bikin kk baru apa aja', { has: ['Syarat KK baru'], not: ['Sama-sama'] });
  });

  it('offers a complaint for a story that tells and asks nothing', async () => {
    const user = citizen();
    await step(s, user, 'udah dua kali bolak balik ke loket akta, tiap datang disuruh lengkapi berkas yg beda2. hadeuh', {
      has: [/[Pp]engaduan/],
      not: ['Sama-sama'],
    });
  });

  it('still books when the request ends with thanks', async () => {
    const user = citizen();
    await step(s, user, 'mau booking ktp besok jam 9, makasih ya', { has: ['atas nama'], not: ['Sama-sama'] });
  });
});
