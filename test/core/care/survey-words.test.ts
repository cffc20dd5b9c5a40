import { describe, expect, it } from 'vitest';

import { SKM_ELEMENTS } from '../../../core/care/skm-elements.js';
import { wordScore } from '../../../core/care/survey-words.js';

const element = (code: string) => SKM_ELEMENTS.find((e) => e.code === code)!;

describe('a survey answer in words, on the question\'s own scale (core/care/survey-words.ts)', () => {
  it.each([
    ['U3', 'cepet kok', 3],
    ['U3', 'cepat banget', 4],
    ['U3', 'agak lama', 2],
    ['U3', 'lama bgt', 1],
    ['U3', 'ga lama kok', 3],
    ['U3', 'kurang cepat sih', 2],
    ['U7', 'ga ramah', 1],
    ['U7', 'very friendly', 4],
    ['U4', 'gratis', 4],
    ['U4', 'ga mahal', 3],
    ['U4', 'mahal banget', 1],
    ['U4', 'lumayan mahal', 2],
    ['U8', 'ga ada', 1],
    ['U8', 'bagus', 4],
    ['U8', 'kurang bagus', 3],
    ['U9', 'kotor', 1],
  ] as const)('%s "%s" → %i', (code, text, score) => {
    expect(wordScore(text, element(code))).toBe(score);
  });

  it('says nothing of a message that is no answer, or of a long one', () => {
    expect(wordScore('jam berapa tutup?', element('U3'))).toBeNull();
    expect(wordScore('ok', element('U3'))).toBeNull();
    expect(wordScore('petugasnya cepat tapi saya mau tanya syarat kk apa aja ya', element('U3'))).toBeNull();
  });
});
