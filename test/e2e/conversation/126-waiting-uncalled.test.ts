/**
 * A citizen in the hall whom no counter calls (session 48, a field test of a Tuesday that went wrong): checked in for a passport
 * slot, told "Anda nomor berikutnya" for five hours while nobody called a passport number, and no staff member was told. An hour
 * past the slot and the check-in, with no call of the service in that hour, the staff who serve it hear of it once; the citizen is
 * told that no counter has called the service yet and that staff know.
 */
import { describe, expect, it } from 'vitest';

import { book, citizen, STAFF, start, step } from './chat.js';

describe('waiting uncalled (issue 11, staff)', () => {
  it('tells staff once, an hour on, and tells the citizen why nothing moves', async () => {
    const s = await start();
    const yusuf = citizen();
    await book(s, yusuf, 'booking paspor besok jam 10', 'Yusuf');
    await s.advance('1560m'); // Tue 10.00
    await step(s, yusuf, 'saya sudah di mpp', { kind: 'answer', has: ['sudah tercatat'] });
    expect((await s.advance('59m')).filter((l) => l.to === STAFF)).toEqual([]);
    const alerted = await s.advance('2m');
    expect(alerted.filter((l) => l.to === STAFF).map((l) => l.text)).toEqual([
      '⏳ PSP-001 sudah hadir dan menunggu sejak 10.00 WIB, tetapi belum ada loket yang memanggil paspor dalam 60 menit terakhir. Panggil dengan /next paspor.',
    ]);
    expect((await s.advance('2h')).filter((l) => l.to === STAFF)).toEqual([]);
    await step(s, yusuf, 'cek booking', { kind: 'answer', has: ['Anda nomor berikutnya. Belum ada loket yang memanggil layanan ini hari ini; petugas sudah diberi tahu bahwa Anda menunggu.'] });
  });

  it('says nothing while the service is being called', async () => {
    const s = await start();
    const first = citizen();
    const second = citizen();
    await book(s, first, 'booking paspor besok jam 10', 'Ani');
    await book(s, second, 'booking paspor besok jam 10', 'Budi');
    await s.advance('1560m');
    await s.say(first, 'saya sudah di mpp');
    await s.say(second, 'saya sudah di mpp');
    await s.advance('30m');
    await s.say(STAFF, '/next paspor');
    expect((await s.advance('45m')).filter((l) => l.to === STAFF && l.text.startsWith('⏳'))).toEqual([]);
  });
});
