/**
 * When the document can be picked up, asked in the chat's words (session 43, `npm run simulate`): "kapan bisa diambil simnya?"
 * right after booking a SIM renewal started another SIM booking ("Pilih tanggal"), and after the SIM's requirements it was asked
 * "SIM yang mana?" and shown the requirements again. It is the service's processing time.
 */
import { beforeAll, describe, it } from 'vitest';

import { book, citizen, type Sim, start, step } from './chat.js';

describe('when the document can be picked up (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('right after booking, "kapan bisa diambil simnya?" answers the processing time and books nothing', async () => {
    const user = citizen();
    await book(s, user, 'booking sim besok jam 9', 'Budi Santoso');
    await step(s, user, 'perpanjang', {});
    await step(s, user, 'kapan bisa diambil simnya?', { kind: 'answer', has: ['Lama proses'], not: ['Pilih tanggal', 'Pilih jam'] });
  });

  it('after the requirements, it answers the processing time instead of the requirements again', async () => {
    const user = citizen();
    await step(s, user, 'syarat bikin ktp baru', { kind: 'answer', has: ['Syarat'] });
    await step(s, user, 'kapan bisa diambil ktp nya', { kind: 'answer', has: ['Lama proses'], not: ['Syarat KTP'] });
    await step(s, user, 'kalau kk?', { kind: 'answer', has: ['Lama proses Kartu Keluarga'] });
  });
});
