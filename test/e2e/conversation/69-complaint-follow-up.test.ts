/**
 * A complaint's follow-up asked in the chat's words (session 43, `npm run simulate`): "terus kapan ditindaklanjuti?" right after
 * filing, and "pengaduan saya kemarin gimana ya" days later, were "Maaf, saya belum paham"; only the ticket number found it. The
 * chat's own newest ticket answers, with the day a reply is due; a chat with none learns nothing of anyone else's.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe("a complaint's follow-up (issue 11, conversation)", () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"terus kapan ditindaklanjuti?" right after filing shows the ticket and when a reply is due', async () => {
    const user = citizen();
    // "tadi" says the day (session 47): the next question is whether to stay anonymous.
    await step(s, user, 'mau komplain, tadi di loket samsat petugasnya main hp terus, saya nunggu 1 jam', { kind: 'clarify', has: ['Kirim sebagai anonim?'], not: ['Kapan kejadiannya'] });
    const received = await step(s, user, 'pakai nama aja', { kind: 'complaint_received' });
    const ticket = /ADU-\d{4}/.exec(received.text)![0];
    await step(s, user, 'terus kapan ditindaklanjuti?', { kind: 'complaint_update', has: [ticket, 'sedang ditangani', 'Tanggapan paling lambat Senin, 30 November 2026'] });
    // "gimana" alone asks of the KTP, not of the complaint.
    await step(s, user, 'ktp saya gimana', { not: [ticket] });
    await s.advance('2d');
    await step(s, user, 'pengaduan saya kemarin gimana ya', { kind: 'complaint_update', has: [ticket, 'sedang ditangani'] });
    await s.say('term:admin', `/jawab ${ticket} Petugas sudah kami tegur, terima kasih.`);
    await step(s, user, 'komplain saya udah dibalas belum?', { kind: 'complaint_update', has: ['sudah dijawab', 'sudah kami tegur'], not: ['paling lambat'] });
  });

  it('a chat with no ticket of its own is told so, and how an anonymous one is read', async () => {
    await step(s, citizen(), 'pengaduan saya gimana statusnya', { kind: 'answer', has: ['Tidak ada pengaduan dari chat ini', 'kata rahasia'], not: ['ADU-0001', 'sedang ditangani'] });
  });
});
