/**
 * Issue 11, session 8 (english on dev sets 8 and 9): the words that make an English request a polite question, an
 * ordinal's suffix, "waited" before hours, "understand". Messages written for these tests, never copied from a dev or
 * blind set; each fails without its word (checked by removing it).
 */
import { describe, expect, it } from 'vitest';

import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const NOW = new Date('2026-11-23T10:00:00+07:00');
const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Jakarta' });
const understand = (text: string) => nlu.understand(text, NOW);

describe('English', () => {
  it('reads an ordinal day without counting its suffix as an unknown word', () => {
    const u = understand('can i move my appointment to friday the 27th?');
    expect(u.intent).toBe('reschedule');
    expect(u.date).toBe('2026-11-27');
  });

  it('reads "ahead" as English, not as "ahad" (Sunday)', () => {
    expect(understand('how many people are ahead of me').date).toBeNull();
  });

  it('takes hours waited with a word of judging for a complaint', () => {
    expect(understand('waited 5 hours, unacceptable').intent).toBe('complaint');
  });

  it('asks for a person though the message says the bot does not understand', () => {
    expect(understand('pls get me a real person, this bot doesnt understand me').intent).toBe('human');
  });
});
