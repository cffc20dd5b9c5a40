/**
 * /belajar keeps what the bot did not understand (issue 11). Field bug 5: every answer to a dialog's
 * question ("2" at "Pilih jam", a name, a date) was kept too, because the next question is a
 * `clarify` reply. An answer a dialog step understood is no miss; one that fits no option still is.
 */
import { describe, expect, it } from 'vitest';

import { citizen, STAFF, start, step } from './chat.js';

describe('/belajar lists only messages the bot did not understand (field bug 5)', () => {
  it('a whole booking answered with numbers, a label and a name leaves no miss; "blorp zzkx" at the confirm step is one', async () => {
    const s = await start();
    const user = citizen();
    await step(s, user, 'booking ktp', { kind: 'clarify', has: ['Pilih tanggal:'] });
    await step(s, user, '2.', { kind: 'clarify', has: ['Pilih jam pada Selasa, 24 November 2026'] });
    await step(s, user, '09.00 WIB', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: ['Konfirmasi booking:'] });
    await step(s, user, 'blorp zzkx', { kind: 'clarify', has: ['Mohon jawab "ya" atau "tidak"'] });
    await step(s, user, 'ya', { kind: 'booking_confirmed' });
    await step(s, user, '3', { kind: 'answer', has: ['Ganti KTP-el rusak'] });
    await step(s, user, 'mau komplain', { kind: 'clarify', has: ['Pengaduan Anda tentang apa?'] });
    await step(s, user, 'waktu tunggu', { kind: 'clarify', has: ['Ceritakan apa yang terjadi'] });
    const list = (await s.say(STAFF, '/belajar')).map((l) => l.text).join('\n');
    expect(list).toContain('"blorp zzkx"');
    for (const understood of ['booking ktp', '2.', '09.00 WIB', 'Budi', 'mau komplain', 'waktu tunggu']) expect(list, understood).not.toContain(`"${understood}`);
  });

  it('in English too: "book a passport" and the picks that follow are no misses; nonsense still is', async () => {
    const s = await start();
    const user = citizen();
    await step(s, user, 'book a passport', { kind: 'clarify', has: ['Pick a date:'] });
    await step(s, user, '4', { kind: 'clarify', has: ['Pick a time on Thursday, 26 November 2026'] });
    await step(s, user, 'blorp zzkx qwv', { kind: 'clarify', has: ['Sorry, that is not one of the options'] });
    const list = (await s.say(STAFF, '/belajar')).map((l) => l.text).join('\n');
    expect(list).toContain('"blorp zzkx qwv"');
    expect(list).not.toContain('"book a passport"');
  });
});
