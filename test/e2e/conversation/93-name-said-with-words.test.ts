/**
 * A name given with the words around it (session 45, a field test): "Jenengku Budi Santoso" (Javanese: my name is …), "her name
 * is Siti Rahmawati" and "Sutrisno (bapak saya)" were booked word for word. The name is what is kept; a name that only starts
 * like such a word ("Asma Nadia") stays whole.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('a name said with the words around it (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  const named = async (request: string, answer: string, card: string, not: string): Promise<void> => {
    const user = citizen();
    await step(s, user, request, { kind: 'clarify' });
    await step(s, user, answer, { kind: 'clarify', has: [card], not: [not] });
  };

  it('keeps the name of "Jenengku …", "her name is …" and "… (bapak saya)"', async () => {
    await named('I want to book an ID card appointment tomorrow at 10', 'Jenengku Budi Santoso', 'Name: Budi Santoso', 'Jenengku');
    await named('book passport tomorrow 9am', 'her name is Siti Rahmawati', 'Name: Siti Rahmawati', 'her name');
    await named('booking kk besok jam 10', 'Sutrisno (bapak saya)', 'Atas nama: Sutrisno', '(bapak saya)');
  });

  it('leaves a name that begins like one of those words whole', async () => {
    await named('booking kk besok jam 11', 'Asma Nadia', 'Atas nama: Asma Nadia', 'Atas nama: Nadia');
  });
});
