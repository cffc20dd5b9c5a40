/**
 * When the NLU is split between a booking and calling one off (core/conversation/intent-hints.ts resolveAlternatives):
 * with no booking there is nothing to call off, so a new booking is meant; with one, a word of calling off decides, and
 * otherwise the citizen is asked. Messages written for this test.
 */
import { describe, expect, it } from 'vitest';

import { resolveAlternatives, wantsBooking } from '../../../core/conversation/intent-hints.js';
import type { IntentName, Understanding } from '../../../core/nlu.js';

function split(normalized: string, best: IntentName, second: IntentName): Understanding {
  return {
    normalized, intent: best, confidence: 0.41, alternatives: [{ intent: best, score: 0.41 }, { intent: second, score: 0.21 }],
    service: 'sim', variant: null, date: '2026-12-03', time: '10:00', bookingCode: null, number: null, yesNo: null, lang: 'en',
    unknownPlace: null, unknownAgency: null, impossibleDate: null,
  };
}

describe('book against cancel', () => {
  it('is a booking for a citizen with none: there is nothing to call off', () => {
    expect(resolveAlternatives('i want to renew my sim on thursday at 10', split('i want to renew my sim on thursday at 10', 'book', 'cancel'), false)).toBe('book');
  });

  it('is a cancel for a citizen with a booking who says so', () => {
    expect(resolveAlternatives('batalin sim kamis jam 10', split('batal sim kamis jam 10', 'book', 'cancel'), true)).toBe('cancel');
  });

  it('is asked when the citizen has a booking and says neither', () => {
    expect(resolveAlternatives('sim kamis jam 10', split('sim kamis jam 10', 'cancel', 'book'), true)).toBe('clarify');
  });

  it('leaves other pairs to the question: a complaint against a booking is still asked', () => {
    expect(resolveAlternatives('antrian sim kamis jam 10 gimana sih', split('antre sim kamis jam 10 gimana sih', 'book', 'complaint'), false)).toBe('clarify');
  });
});

describe('a complaint said in so many words', () => {
  it('is the complaint, not a choice against the runner-up its other words drew', () => {
    expect(resolveAlternatives('saya mau protes soal pelayanan kemarin', split('saya mau protes soal pelayanan kemarin', 'complaint', 'hours'), false)).toBe('complaint');
  });

  it('without a word of complaining, a close runner-up is still offered', () => {
    expect(resolveAlternatives('pelayanan kemarin gimana', split('pelayanan kemarin bagaimana', 'complaint', 'hours'), false)).toBe('clarify');
  });
});

describe('whether one must book', () => {
  it('is the steps of applying, not a choice against a booking', () => {
    const text = 'kalau mau bikin paspor wajib booking dulu atau bisa langsung datang?';
    expect(resolveAlternatives(text, split(text, 'procedure', 'book'), false)).toBe('procedure');
  });

  it('a split between steps and booking with no such question is still asked', () => {
    const text = 'paspor booking alurnya';
    expect(resolveAlternatives(text, split(text, 'procedure', 'book'), false)).toBe('clarify');
  });
});

describe('a queue word in a complaint or a call for a person', () => {
  const read = (text: string, intent: IntentName): Understanding => ({ ...split(text, intent, 'book'), service: null, date: null, time: null });

  it('keeps the complaint: the queue is what went wrong, not what is asked for', () => {
    expect(wantsBooking('petugas loket antrian kasar banget tadi pagi', read('petugas loket antre kasar sekali tadi pagi', 'complaint'), false)).toBeNull();
    expect(wantsBooking('tolong sambungkan ke petugas antrian', read('tolong sambung ke petugas antre', 'human'), false)).toBeNull();
  });

  it('still books a plain "antri aja" whatever else was read', () => {
    expect(wantsBooking('oke antri aja', read('oke antre saja', 'thanks'), false)).toBe('book');
  });
});
