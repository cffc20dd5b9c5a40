/**
 * A complaint or a call for a person typed in the middle of a booking is heard (session 32). The NLU caps a reading at 0.49
 * whenever its two models disagree, and a topic change used to need a reading alone at 0.5: four complaints in five met
 * "that is not one of the options", and one that named another service ("nunggu di loket ktp", "calo ... paspor") even
 * turned the KK booking into a booking for that service. Now a reading that leads its alternatives leaves the open
 * question, the draft held for "lanjut"; a day typed at "Pilih tanggal" still answers it. At "atas nama siapa?" a sentence
 * told (a pronoun, a negation, a time of day, the counter's people) is no name: a complaint had been booked as the name. At
 * "Batalkan booking ini?" a grievance is no "no"; at a complaint's question a booking asked for is no complaint. Session 37:
 * a complaint read by its words of judging while the models' scores lead elsewhere is heard at every booking step too.
 */
import { beforeAll, describe, it } from 'vitest';

import { citizen, type Sim, start, step } from './chat.js';

describe('a grievance in the middle of a booking (issue 11, conversation)', () => {
  let s: Sim;
  beforeAll(async () => {
    s = await start();
  });

  it('a long wait at another counter is a complaint, not a KTP booking; "lanjut" brings the KK booking back', async () => {
    const user = citizen();
    await step(s, user, 'mau booking kk', { kind: 'clarify', has: ['Pilih tanggal'] });
    await step(s, user, 'sumpah capek bgt, dari pagi nunggu di loket ktp gak dipanggil2 😩', {
      kind: 'clarify',
      has: ['Kartu Keluarga (KK) belum disimpan', 'lanjut', 'Kapan kejadiannya'],
      not: ['tidak ada di pilihan', 'KTP-el'],
    });
    await step(s, user, 'hari ini', { kind: 'clarify', has: ['anonim'] });
    await step(s, user, 'tidak', { has: ['Pengaduan Anda diterima', 'Kategori: Waktu tunggu', 'Ketik "lanjut" untuk kembali ke booking itu'] });
    await step(s, user, 'lanjut', { kind: 'clarify', has: ['Pilih tanggal'] });
    await step(s, user, 'jumat', { kind: 'clarify', has: ['Pilih jam pada Jumat, 27 November 2026'] });
  });

  it('a tout offering a fast passport is a complaint, and the booking stays a KK booking', async () => {
    const user = citizen();
    await step(s, user, 'mau booking kk', { kind: 'clarify', has: ['Pilih tanggal'] });
    await step(s, user, 'ada calo nawarin jalur cepet paspor 1jt', { kind: 'clarify', has: ['Kartu Keluarga (KK) belum disimpan', 'Kapan kejadiannya'], not: ['Paspor'] });
  });

  it('money asked for what was said to be free is heard, split with the fee it names, and the draft is held', async () => {
    const user = citizen();
    await step(s, user, 'mau booking kk', { kind: 'clarify', has: ['Pilih tanggal'] });
    await step(s, user, 'kok disuruh bayar 50rb buat kk, katanya gratis?', {
      kind: 'clarify',
      has: ['Kartu Keluarga (KK) belum disimpan', 'lanjut', 'Maksud Anda yang mana?'],
      options: ['Pengaduan', 'Biaya'],
      not: ['tidak ada di pilihan'],
    });
    await step(s, user, '1', { kind: 'clarify', has: ['Pengaduan Anda tentang apa?'] });
  });

  it('"mau ke admin aja" hands over to a person instead of asking for a date again', async () => {
    const user = citizen();
    await step(s, user, 'mau booking kk', { kind: 'clarify', has: ['Pilih tanggal'] });
    await step(s, user, 'bot gak nyambung, mau ke admin aja', { kind: 'handoff', has: ['belum disimpan', 'kami teruskan ke petugas'], not: ['tidak ada di pilihan'] });
  });

  it('at "atas nama siapa?" a grievance is no name, and the booking waits for "lanjut"', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp besok jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'petugasnya kemarin kasar sekali sama ibu saya', {
      has: ['KTP-el (KTP elektronik), Selasa, 24 November 2026, 09.00 WIB belum disimpan', 'Terkait layanan apa?'],
      not: ['Atas nama: petugasnya'],
    });
  });

  it('at "atas nama siapa?" a call for a person is heard, and a name with a title is still a name', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp besok jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'bot gak nyambung mau ke admin aja', { kind: 'handoff', has: ['kami teruskan ke petugas'], not: ['Mohon tulis nama saja'] });
    const other = citizen();
    await step(s, other, 'booking ktp besok jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, other, 'Ibu Sri Wahyuni', { kind: 'clarify', has: ['Atas nama: Ibu Sri Wahyuni'] });
  });

  it('at "Batalkan booking ini?" a grievance keeps the booking and is heard, not read as "no"', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp besok jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'Budi Santoso', { kind: 'clarify', has: ['Atas nama: Budi Santoso'] });
    const booked = await step(s, user, 'ya', { kind: 'booking_confirmed' });
    await step(s, user, 'batal booking', { kind: 'clarify', has: ['Batalkan booking ini?'] });
    await step(s, user, 'dari pagi nunggu gak dipanggil dipanggil kesel', {
      has: [`Booking ${booked.booking!.code} tetap aktif (tidak dibatalkan)`, 'Terkait layanan apa?'],
      not: ['Baik, tidak jadi'],
    });
  });

  it('at "Pengaduan Anda tentang apa?" a booking asked for ends the complaint instead of being filed as one', async () => {
    const user = citizen();
    await step(s, user, 'mau komplain', { kind: 'clarify', has: ['Pengaduan Anda tentang apa?'] });
    await step(s, user, 'mau booking paspor besok aja deh', { kind: 'clarify', has: ['Pengaduan belum dikirim', 'Pilih jam pada Selasa, 24 November 2026'] });
    const other = citizen();
    await step(s, other, 'mau komplain', { kind: 'clarify', has: ['Pengaduan Anda tentang apa?'] });
    await step(s, other, 'booking saya dibatalkan sepihak tanpa kabar', { kind: 'clarify', has: ['Terkait layanan apa?'], not: ['belum dikirim'] });
  });

  // Session 37: a complaint the NLU reads by its words of judging, though the models' scores lead elsewhere.
  it('a visit called off "sepihak", typed at "Pilih tanggal", opens the complaint and holds the draft', async () => {
    const user = citizen();
    await step(s, user, 'mau booking ktp', { kind: 'clarify', has: ['Pilih tanggal'] });
    await step(s, user, 'kok tega, booking ku dibatalin sepihak', {
      kind: 'clarify',
      has: ['KTP-el (KTP elektronik) belum disimpan', 'lanjut', 'Pengaduan Anda tentang apa?'],
      not: ['tidak ada di pilihan'],
    });
  });

  it('the same grievance at "atas nama siapa?" is heard, not refused as a name', async () => {
    const user = citizen();
    await step(s, user, 'booking ktp besok jam 9', { kind: 'clarify', has: ['atas nama'] });
    await step(s, user, 'kok tega, booking ku dibatalin sepihak', {
      kind: 'clarify',
      has: ['Selasa, 24 November 2026, 09.00 WIB belum disimpan', 'Pengaduan Anda tentang apa?'],
      not: ['Mohon tulis nama saja'],
    });
  });

  it('a tout named with another service at a KK booking is offered as a complaint first, and starts no passport booking', async () => {
    const user = citizen();
    await step(s, user, 'mau booking kk', { kind: 'clarify', has: ['Pilih tanggal'] });
    await step(s, user, 'someone outside offered to speed up my passport for 500k. is that legit??', {
      kind: 'clarify',
      has: ['Family card (KK)) is not saved yet', 'Which did you mean?'],
      options: ['Complaint', 'Steps'],
      not: ['Pick a date'],
    });
    await step(s, user, '1', { kind: 'clarify', has: ['What is your complaint about?'] });
  });

  it('left alone: a day answers the question, and a question about the service is answered as an aside', async () => {
    const user = citizen();
    await step(s, user, 'mau booking kk', { kind: 'clarify', has: ['Pilih tanggal'] });
    await step(s, user, 'syaratnya apa aja?', { kind: 'clarify', has: ['Pilih tanggal'], not: ['belum disimpan'] });
    await step(s, user, 'jumat aja', { kind: 'clarify', has: ['Pilih jam pada Jumat, 27 November 2026'], not: ['belum disimpan'] });
  });
});
