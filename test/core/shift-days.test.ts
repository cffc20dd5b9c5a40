import { describe, expect, it } from 'vitest';

import { shiftDays } from '../../core/conversation/shift-days.js';

describe('shiftDays (a move said as a shift of the booking\'s own day)', () => {
  it.each([
    ['tolong undur seminggu ya', 7],
    ['bisa dimundurin 2 hari?', 2],
    ['geser sehari aja', 1],
    ['ditunda dua minggu bisa?', 14],
    ['majukan sehari', -1],
    ['can you push it back a week?', 7],
    ['please bring it forward 3 days', -3],
    ['bisa dimajuin ke hari sebelumnya?', -1],
    ['pindah ke besoknya aja', 1],
    ['can you move it to the next day?', 1],
  ])('%s → %d days', (text, days) => {
    expect(shiftDays(text)).toBe(days);
  });

  it.each([
    'ganti jadwal',
    'undur ya',
    'seminggu lagi jadi ga?',
    'undur atau majukan sehari?',
    'move it to the day after tomorrow',
  ])('%s → no shift', (text) => {
    expect(shiftDays(text)).toBeNull();
  });
});
