/**
 * "kenapa dibatalkan?" after staff cancelled the citizen's booking with `/batalkan` (issue 11, field test):
 * it got "Booking tidak ditemukan", a date picker or the complaint dialog. The answer says who cancelled it,
 * the reason staff gave (if any), and what to do next.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { book, citizen, type Sim, STAFF, start, step } from './chat.js';

describe('why a booking was cancelled', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start(undefined, 50);
  });

  async function staffCancels(code: string, reason = ''): Promise<void> {
    expect((await s.say(STAFF, `/batalkan ${code}${reason ? ` ${reason}` : ''}`)).find((l) => l.to === STAFF)?.text).toContain('Batalkan booking ini?');
    const lines = await s.say(STAFF, 'ya');
    expect(lines.find((l) => l.to === STAFF)?.text).toContain('warga sudah diberi tahu');
  }

  it('"kenapa dibatalkan?" after /batalkan with a reason: by staff, the reason, book again or ask staff', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking kk kamis jam 10');
    await staffCancels(booked.code, 'server Dukcapil sedang gangguan');
    await step(s, user, 'kenapa dibatalkan?', {
      kind: 'answer',
      has: [`Booking ${booked.code}`, 'Kamis, 26 November 2026', 'dibatalkan oleh petugas', 'Alasan dari petugas: server Dukcapil sedang gangguan.', 'ketik "booking kk"', 'bicara dengan petugas'],
      not: ['Booking tidak ditemukan', 'Pilih tanggal'],
    });
    // Asked again in other words: the same answer, not a booking dialog.
    await step(s, user, 'loh kok booking saya dibatalin', { kind: 'answer', has: ['dibatalkan oleh petugas'], not: ['Pilih tanggal', 'Pilih jam'] });
  });

  it('a bare "kenapa?" right after the notice, with no reason given: says staff gave none and how to ask', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking paspor jumat jam 9');
    await staffCancels(booked.code);
    await step(s, user, 'kenapa?', { kind: 'answer', has: ['dibatalkan oleh petugas', 'Petugas tidak menuliskan alasannya.', 'bicara dengan petugas'], not: ['Pengaduan Anda tentang apa?'] });
  });

  it('"why was my booking cancelled?" is answered in English, not taken for a complaint', async () => {
    const user = citizen();
    await step(s, user, 'book npwp on wednesday at 11', { kind: 'clarify', has: ['name'] });
    await step(s, user, 'John Tan', { kind: 'clarify', has: ['Confirm booking:'] });
    const booked = (await step(s, user, 'yes', { kind: 'booking_confirmed' })).booking!;
    await staffCancels(booked.code, 'the counter is closed for maintenance');
    await step(s, user, 'why was my booking cancelled?', {
      kind: 'answer',
      has: ['was cancelled by', 'staff', 'The reason staff gave: the counter is closed for maintenance.', 'book npwp', 'talk to staff'],
      not: ['What is your complaint about', 'Pengaduan'],
    });
  });

  it('a booking the citizen cancelled is said to be cancelled from the chat; in a booking draft the question is an aside', async () => {
    const user = citizen();
    const booked = await book(s, user, 'booking skck kamis jam 9');
    await step(s, user, `batal booking ${booked.code}`, { kind: 'clarify', has: ['Batalkan booking ini?'] });
    await step(s, user, 'ya', { kind: 'booking_cancelled' });
    await step(s, user, 'booking ktp jumat', { kind: 'clarify', has: ['Pilih jam pada Jumat'] });
    await step(s, user, 'kok booking skck saya batal?', { kind: 'clarify', has: ['dibatalkan dari chat ini', 'Pilih jam pada Jumat'], not: ['dibatalkan oleh petugas'] });
  });
});
