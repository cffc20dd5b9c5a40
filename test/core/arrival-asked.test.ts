import { describe, expect, it } from 'vitest';

import { asksArrival } from '../../core/conversation/arrival-asked.js';

describe('asksArrival (when to come for one\'s booking)', () => {
  it.each(['jadi saya datang jam berapa?', 'jam berapa sy harus datang', 'kami sebaiknya tiba jam brp ya', 'what time should I come?', 'When should we arrive?'])('%s asks it', (text) => {
    expect(asksArrival(text)).toBe(true);
  });

  it.each([
    'mpp buka jam berapa?',
    'kalau saya datang jam 7 sudah buka?',
    'jam berapa petugas datang?',
    'Selamat pagi Bapak/Ibu, saya ingin bertanya untuk pengurusan akta kelahiran anak saya, jam berapa saya harus datang supaya tidak antre lama?',
  ])('%s does not', (text) => {
    expect(asksArrival(text)).toBe(false);
  });
});
