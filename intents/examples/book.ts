import type { IntentExamples } from './types.js';

export const book: IntentExamples = {
  intent: 'book',
  examples: [
    'booking', 'mau booking', 'booking #layanan', 'booking #layanan #tanggal', 'booking #layanan #tanggal #jam', 'booking #tanggal #jam',
    'booking antre', 'booking antre #layanan', 'ambil antre', 'ambil antre #layanan', 'ambil nomor antre', 'ambil nomor antre #tanggal',
    'daftar antre', 'daftar antre online', 'daftar antre #layanan #tanggal', 'antre online', 'mau antre #layanan #tanggal',
    'pesan antre', 'pesan antre #layanan', 'pesan jadwal', 'pesan slot #jam', 'reservasi', 'reservasi #layanan', 'reservasi #tanggal',
    'buat janji', 'bikin janji temu', 'janji temu #layanan', 'jadwalkan saya #tanggal', 'saya mau datang #tanggal #jam',
    'saya mau datang #tanggal untuk urus #layanan', 'mau urus #layanan #tanggal #jam', 'mau ke mpp #tanggal bikin #layanan',
    'daftar untuk #layanan #tanggal', 'minta jadwal #layanan', 'minta nomor antre', 'nomor antre #layanan #tanggal',
    'bisa booking #tanggal', 'bisa booking #jam', 'bisa daftar #tanggal #jam', 'masih ada slot #tanggal', 'slot #tanggal masih ada',
    'kuota #tanggal masih ada tidak', 'daftarin saya #layanan', 'tolong booking-kan #layanan', 'saya mau antre', 'antre #layanan',
    'book', 'book an appointment', 'book a slot', 'book #layanan #tanggal', 'i want to book #layanan', 'make an appointment',
    'appointment for #layanan #tanggal #jam', 'reserve a slot #tanggal', 'schedule an appointment', 'get a queue number',
    'book for #tanggal', 'i would like to come #tanggal #jam', 'queue number for #layanan', 'can i book for #tanggal',
    'booking baru', 'daftar online #layanan', 'booking online', 'pesan tempat #tanggal #jam', 'mau daftar #layanan #tanggal',
    'perlu booking dulu tidak', 'harus ambil antre online dulu', 'jadwalkan #layanan #tanggal #jam', 'mau antre #tanggal',
    'booking antre #tanggal #jam', 'saya mau booking #layanan', 'mau booking #layanan #tanggal', 'mau ambil antre #layanan', 'daftar antre #layanan', 'pesan antre #tanggal', 'pesan nomor antre', 'ambil nomor antre online', 'daftar online untuk #layanan', 'booking slot #tanggal', 'booking untuk #tanggal', 'reservasi antre #tanggal #jam', 'reservasi #layanan #tanggal #jam', 'i want to book', 'book me in #tanggal', 'book a queue number', 'i need an appointment for #layanan', 'can i get a slot #tanggal #jam',
    'booking hari #tanggal', 'antre hari #tanggal #jam',
    'booking dong', 'mau booking antre', 'booking kak', 'mau pesan antre', 'mau daftar antre', 'pesan antre dong', 'booking sekarang',
    'ikut antre #tanggal', 'ingin ikut antre', 'mau ikut antre #layanan',
    'permisi bisa booking #tanggal', 'permisi mau booking #layanan', 'halo mau ambil antre #tanggal',
    'saya bisa booking #tanggal', 'booking #layanan setelah #tanggal', 'bisa booking setelah #tanggal',
    // asking to hold a place before coming (issue 11, booking family)
    'bisa pesan tempat dulu', 'bisa booking dulu sebelum datang', 'takut tidak kebagian mau booking dulu', 'mau pesan slot untuk #tanggal',
    // how to book, asked of our queue: the booking itself is the answer (session 27: "gimana cara booking antrian paspor?" was read
    // as a cancel, the field's only "cara … booking" messages being other businesses' and cancels')
    'cara booking antre', 'cara booking antre #layanan', 'bagaimana cara booking antre #layanan', 'bagaimana cara ambil antre #layanan',
    'bagaimana cara daftar antre online',
  ],
};
