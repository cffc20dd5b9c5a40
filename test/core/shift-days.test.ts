import { describe, expect, it } from 'vitest';

import { shiftDays, shiftMinutes } from '../../core/conversation/shift-days.js';

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

describe('shiftMinutes (a move said as a shift of the booking\'s own hour)', () => {
  it.each([
    ['bisa dimajuin 1 jam?', -60],
    ['mundur setengah jam bisa?', 30],
    ['tolong undur sejam', 60],
    ['majukan 30 menit', -30],
    ['geser dua jam ya', 120],
    ['push it back by an hour', 60],
    ['can I move it an hour later?', 60],
    ['can it be 30 minutes earlier?', -30],
  ])('%s → %d minutes', (text, minutes) => {
    expect(shiftMinutes(text)).toBe(minutes);
  });

  it.each([
    'kalau saya telat 1 jam gimana?',
    'undur seminggu',
    'prosesnya 1 jam?',
    'majukan atau mundurin 1 jam?',
  ])('%s → no shift', (text) => {
    expect(shiftMinutes(text)).toBeNull();
  });
});
