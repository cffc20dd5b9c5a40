/**
 * Writing back to a complaint's answer (session 44, `npm run simulate`): after "/jawab ADU-0001 … uang bapak akan dikembalikan",
 * the citizen's "uangnya dikembalikan lewat mana ya?" was "Maaf, saya belum paham". Within a day of an answer, such a question is
 * relayed to the complaint handlers on that ticket, and the citizen is told; thanks alone is thanks, and an errand of the chat's
 * own is answered as usual.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

const HANDLER = 'term:admin' as const;

describe('a citizen writing back to a complaint\'s answer (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('relays the question to the handlers on the ticket, and the next answer reaches the citizen', async () => {
    const user = citizen();
    await step(s, user, 'mau lapor pungli di loket ktp, tadi dimintai 50rb biar cepet', {});
    await step(s, user, 'tadi pagi jam 9', {});
    await step(s, user, 'pakai nama saya aja', { has: ['ADU-'] });
    const ticket = /ADU-\d{4}/.exec((await s.say(user, 'pengaduan saya gimana?')).map((l) => l.text).join('\n'))?.[0] ?? '';
    expect(ticket).toMatch(/^ADU-\d{4}$/);
    await s.say(HANDLER, `/jawab ${ticket} Petugas sudah kami periksa dan uang bapak akan dikembalikan`);
    const asked = await s.say(user, 'uangnya dikembalikan lewat mana ya?');
    expect(asked.find((l) => l.to === user)?.text).toContain(`teruskan ke petugas pengaduan untuk ${ticket}`);
    expect(asked.find((l) => l.to === HANDLER)?.text).toContain('uangnya dikembalikan lewat mana ya?');
    const answered = await s.say(HANDLER, `/jawab ${ticket} Silakan ambil di meja pengaduan lantai 1`);
    expect(answered.find((l) => l.to === user)?.text).toContain('meja pengaduan lantai 1');
    await step(s, user, 'makasih min', { has: ['Sama-sama'], not: ['kami teruskan'] });
    await step(s, user, 'jam buka sampai jam berapa?', { not: ['kami teruskan'] });
  });
});
