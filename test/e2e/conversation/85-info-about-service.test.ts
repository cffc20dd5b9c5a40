/**
 * "info ktp" (session 44, `npm run simulate`): "min info ktp dong" and "info sim" subscribed the citizen to the service's
 * announcements. They ask about the service; subscribing still takes a word of receiving ("langganan info paspor").
 * "info dong" alone (session 47, a field test) subscribed too, and helped with nothing: it shows the menu and offers the
 * announcements.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('"info" and a service (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('"min info ktp dong" shows what can be asked of KTP, and subscribes to nothing', async () => {
    await step(s, citizen(), 'min info ktp dong', { kind: 'answer', has: ['KTP-el', 'Apa yang ingin Anda ketahui?'], not: ['menerima pengumuman'] });
  });

  it('"langganan info paspor" still subscribes to passport announcements', async () => {
    await step(s, citizen(), 'langganan info paspor', { kind: 'answer', has: ['menerima pengumuman', 'tentang paspor'] });
  });

  it('"info dong" shows what can be asked, offers the announcements, and subscribes only when that is picked', async () => {
    const user = citizen();
    const menu = await step(s, user, 'info dong', { kind: 'answer', has: ['Yang bisa saya bantu', 'langganan pengumuman'], not: ['Anda sekarang menerima pengumuman'], options: ['Terima pengumuman'] });
    const offer = menu.options!.find((o) => o.label === 'Terima pengumuman')!;
    await step(s, user, offer.value, { kind: 'answer', has: ['Anda sekarang menerima pengumuman'] });
  });
});
