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

  it('reads a word only at its own element, and never a question back (session 46, a field test)', () => {
    // "lama" is the speed's: at the requirements question it was recorded "Tidak sesuai".
    expect(wordScore('kok lama banget', element('U1'))).toBeNull();
    expect(wordScore('kok lama banget', element('U3'))).toBe(1);
    // A question while waiting was recorded "Mudah" at the procedure question.
    expect(wordScore('masih lama gak ya', element('U2'))).toBeNull();
    expect(wordScore('cepat kan?', element('U3'))).toBeNull();
    // Words that judge the whole visit still answer any element.
    expect(wordScore('bagus sekali', element('U9'))).toBe(4);
    expect(wordScore('kecewa', element('U1'))).toBe(1);
    expect(wordScore('petugasnya ramah', element('U7'))).toBe(3);
    expect(wordScore('petugasnya ramah', element('U3'))).toBeNull();
  });
});
