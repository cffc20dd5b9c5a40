/**
 * Asking which language to chat in (session 46, `npm run simulate`): "Hello, do you speak English?" got the Indonesian "belum
 * paham", and an expat who then booked in English was reminded the evening before in Indonesian, because the profile made at the
 * name step had no language. Asked for, a language is answered, kept, and used for the reminder; asking back for Indonesian works
 * too, and an open question is asked again in the new language.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('the language a citizen asks for (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('answers "do you speak English?" in English, and the booking and its reminder stay in English', async () => {
    const user = citizen();
    await step(s, user, 'Hello, do you speak English?', { kind: 'answer', has: ['write in English', 'What I can do'], not: ['belum paham'] });
    await step(s, user, 'I want to book an ID card appointment tomorrow at 10am', { kind: 'clarify', has: ['Whose name'] });
    await step(s, user, 'John Smith', { kind: 'clarify', has: ['Confirm booking', 'Name: John Smith'] });
    await step(s, user, 'yes', { kind: 'booking_confirmed', has: ['You are booked'] });
    const evening = (await s.advance('11h')).filter((l) => l.to === user && l.kind === 'reminder');
    expect(evening.map((l) => l.text).join('\n')).toContain('Reminder: you have an appointment tomorrow');
    expect(evening.map((l) => l.text).join('\n')).not.toContain('Pengingat');
  });

  it('switches back to Indonesian when asked, and asks the open question again in it', async () => {
    const user = citizen();
    await step(s, user, 'english please', { kind: 'answer', has: ['write in English'] });
    await step(s, user, 'book a family card appointment tomorrow at 9am', { kind: 'clarify', has: ['Whose name'] });
    await step(s, user, 'pakai bahasa indonesia aja', { kind: 'clarify', has: ['bahasa Indonesia', 'atas nama siapa'], not: ['Whose name'] });
    await step(s, user, 'Rina Wati', { kind: 'clarify', has: ['Atas nama: Rina Wati', 'Lanjutkan'] });
  });

  it('asked in Indonesian ("bisa pakai bahasa inggris?"), it answers in English', async () => {
    await step(s, citizen(), 'bisa pakai bahasa inggris?', { kind: 'answer', has: ['write in English'], not: ['belum paham'] });
  });

  it('a question after the request is answered, in English', async () => {
    await step(s, citizen(), 'Can I ask in English? How much is a passport?', { has: [/passport/i], not: ['write in English', 'Biaya'] });
  });

  it('leaves someone else\'s English business alone', async () => {
    await step(s, citizen(), 'can u help me write a cover letter in english for a hotel job', { kind: 'fallback', not: ['write in English'] });
  });
});
