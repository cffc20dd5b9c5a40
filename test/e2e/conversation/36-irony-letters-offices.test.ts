/**
 * Session 17 (issue 11): thanks said in irony ("makasih ya udah bikin saya nunggu 3 jam 🙂") was answered "Sama-sama",
 * or "Maaf, saya belum paham"; a polite letter reporting a tout and asking for follow-up was offered a person to talk to;
 * "kantor imigrasi singkawang alamatnya di mana" got our passport counter's floor; agencies asked after together ("PLN sama
 * PDAM") were out of scope, one asked after alone got our list with no word on it, and "disdukcapil buka jam berapa" was told
 * the Dukcapil is not here.
 * Read turn by turn, as a citizen reads the screen. Messages written for this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('session 17: irony, reporting letters, another town\'s office', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('hears a complaint in ironic thanks, and takes the story on', async () => {
    const user = citizen();
    // The complaint form's first question: which service it was about.
    // Before: "Maaf, saya belum paham."
    await step(s, user, 'makasih ya udah bikin saya nunggu 3 jam 🙂', {
      has: ['Terkait layanan apa?'],
      not: ['Sama-sama', 'belum paham'],
    });
    await step(s, user, 'kk', { has: [/[Pp]engaduan|[Kk]ejadian|[Cc]eritakan|[Uu]raikan/], not: ['Sama-sama', 'Syarat'] });
  });

  it('still thanks back for thanks said in earnest with a smile', async () => {
    await step(s, citizen(), 'makasih infonya kak 🙂', { has: ['Sama-sama'], not: [/[Pp]engaduan/, 'Terkait layanan apa?'] });
  });

  it('opens a complaint for a letter that reports a tout and asks for follow-up, not a hand-over', async () => {
    const last = await step(
      s,
      citizen(),
      'Selamat siang. Dengan hormat, saya ingin menyampaikan bahwa tadi pagi ada seseorang di area parkir yang menawarkan jasa cepat urus SIM dengan imbalan uang. Mohon hal ini dapat ditindaklanjuti. Terima kasih.',
      { kind: 'clarify', options: ['Pengaduan'] },
    );
    // Before, a person to talk to was offered first.
    expect(last.options?.[0]?.label).toBe('Pengaduan');
  });

  it("does not send another town's immigration office or KUA to our counters", async () => {
    // Before: "Lokasi layanan Paspor … Kantor Imigrasi (unit layanan paspor): Lantai 2, loket 10–11".
    await step(s, citizen(), 'kantor imigrasi singkawang alamatnya di mana', { not: ['Lokasi layanan Paspor', 'loket 10'] });
    await step(s, citizen(), 'KUA Kecamatan Praya alamatnya di mana?', { not: ['Lokasi layanan Pendaftaran nikah'] });
    // Our own counter is still found.
    await step(s, citizen(), 'loket imigrasi di lantai berapa', { has: ['Lokasi layanan Paspor'] });
  });

  it('says which agencies asked after are not here, and never calls ours missing', async () => {
    // Before: the list of our services, without a word on PLN or PDAM (the two names read as two, the message out of scope).
    await step(s, citizen(), 'ada loket PLN sama PDAM ga disini?', { has: ['PLN sama PDAM tidak ada di MPP', 'Layanan di MPP'] });
    await step(s, citizen(), 'taspen ada di mpp ga', { has: ['Taspen tidak ada di MPP'] });
    // Before: "Disdukcapil tidak ada di MPP …", though the Dukcapil is the first agency here.
    await step(s, citizen(), 'disdukcapil buka jam berapa', { has: ['Jam buka'], not: ['tidak ada di MPP'] });
    await step(s, citizen(), 'kemenag ada di mpp?', { has: ['Layanan di MPP'], not: ['tidak ada di MPP'] });
  });
});
