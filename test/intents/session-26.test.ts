/**
 * Session 26 (issue 11), dev sets 122–130: complaints told as what happened (a document overdue, staff away, sent home,
 * a queue that does not move, money demanded), still in time asked on the way, a fee heard of and checked, a private
 * company's office, and the small words around them. Probes written for these checks, not taken from any measuring or dev set.
 */
import { describe, expect, it } from 'vitest';

import { heardFee } from '../../intents/heard-fee.js';
import { createNlu } from '../../intents/index.js';
import { fixtureCatalog } from './fixture-catalog.js';

const nlu = createNlu(fixtureCatalog, { timeZone: 'Asia/Makassar' });
const NOW = new Date('2027-05-14T11:45:00+08:00'); // a Friday, on the Friday break
const read = (text: string) => nlu.understand(text, NOW);

describe('a complaint told as what happened', () => {
  it.each([
    ['akta kematian bapak sy udah 3 bulan ga jadi2', 'akta_kematian'],
    ['kk baru udah 2 minggu belum ada kabar, dijanjiin seminggu', 'kk'],
    ['sudah lewat jam 1, petugas loket skck belum balik dari istirahat', 'skck'],
    ['jam 2 siang kami semua disuruh pulang, padahal antrian masih panjang', null],
    ['antrian jalan di tempat, cuma 1 loket yang buka dari tadi', null],
    ['kakak sy dimintain amplop sama oknum buat percepat paspor', 'paspor'],
  ])('%j is a complaint', (text, service) => {
    const u = read(text);
    expect([u.intent, u.service]).toEqual(['complaint', service]);
  });

  it('is a duration question when it asks when', () => {
    expect(read('kk saya udah 2 minggu belum jadi, kapan jadinya ya?').intent).toBe('duration');
  });

  it('leaves another business refusing out of scope', () => {
    expect(read('paket sy ilang di ekspedisi, kurirnya gak mau tanggung jawab').intent).toBe('fallback');
  });
});

describe('"ga jadi" called off, "ga jadi2" still not ready', () => {
  it('reads a reduplicated "jadi" as not ready, not as a cancel', () => {
    expect(read('ktp sy ga jadi2, udah 5 bulan').intent).toBe('complaint');
    expect(read('ktp sy ga jadi jadi udah 5 bulan, capek').intent).toBe('complaint');
  });

  it('still reads "ga jadi" alone as calling off', () => {
    expect(read('booking ktp besok ga jadi deh, batalin aja').intent).toBe('cancel');
  });
});

describe('still in time, asked on the way', () => {
  it.each(['masih sempet ga kalo sy berangkat skrg?', 'msh smpt ga kl sy dtg skrg?', 'masih keburu ga ya sekarang'])('%j asks the hours', (text) => {
    expect(read(text).intent).toBe('hours');
  });

  it('leaves something else still in time to its own reading', () => {
    expect(read('masih sempat ga daftar kuliah gelombang 2?').intent).toBe('fallback');
  });
});

describe('a fee heard of and checked', () => {
  it('is a cost question when nothing judges it', () => {
    expect(read('katanya bikin paspor di sini bayar 350 ribu, bener ga?').intent).toBe('cost');
    expect(heardFee('katanya perpanjang sim bayar 80 ribu', 'katanya perpanjang sim bayar 80rb, betul kah?')).toBe(true);
  });

  it('needs the hearsay, the amount and the check', () => {
    expect(heardFee('perpanjang sim bayar 80 ribu', 'perpanjang sim bayar 80rb, bener ga?')).toBe(false);
    expect(heardFee('katanya perpanjang sim bayar', 'katanya perpanjang sim bayar, bener ga?')).toBe(false);
    expect(heardFee('katanya perpanjang sim bayar 80 ribu', 'katanya perpanjang sim bayar 80rb')).toBe(false);
  });
});

describe('small words', () => {
  it('reads a request to be passed to an officer as one, unless it asks how come', () => {
    expect(read('kalo urusan sy ribet, bisa dioper ke petugas aja?').intent).toBe('human');
    expect(read('kok bisa dioper ke petugas lain terus sih, ribet').intent).toBe('complaint');
  });

  it('asks for an admin who is online now', () => {
    expect(read('ada admin yg online skrg?').intent).toBe('human');
  });

  it('moves a booking "dialihkan ke" a day', () => {
    const u = read('mohon jadwal antrean saya dialihkan ke hari Selasa');
    expect([u.intent, u.date]).toEqual(['reschedule', '2027-05-18']);
  });

  it('reads "sr" after a clock hour as the afternoon', () => {
    expect(read('pindah bkng ke jm 3 sr').time).toBe('15:00');
  });

  it('gives a child of 17 their own KTP, with words before the age', () => {
    expect(read('ktp anak yg baru 17 tahun syaratnya apa').service).toBe('ktp');
    expect(read('ktp anak syaratnya apa').service).toBe('kia');
  });
});

describe("a private company's office or outlet", () => {
  it.each(['kantor leasing adira buka jam brp', 'dealer suzuki hari sabtu buka ga?', 'grapari telkomsel tutup jam berapa'])('%j is not ours to answer', (text) => {
    expect(read(text).intent).toBe('fallback');
  });

  it('still answers the hours of an agency MPPs host, with its name', () => {
    const u = read('taspen buka jam berapa');
    expect([u.intent, u.unknownAgency]).toEqual(['hours', 'taspen']);
  });
});
