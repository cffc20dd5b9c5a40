import type { IntentExamples } from './types.js';

export const myBooking: IntentExamples = {
  intent: 'my_booking',
  examples: [
    'cek antre', 'cek booking', 'cek booking saya', '#kode', 'kode booking #kode',
    'status booking #kode', 'status antre saya', 'booking saya', 'antre saya', 'jadwal saya', 'lihat booking',
    'lihat jadwal saya', 'antre saya jam berapa', 'saya dapat antre jam berapa', 'nomor antre saya', 'antre saya nomor berapa', 'sudah terdaftar belum',
    'apakah booking saya berhasil', 'cek status reservasi', 'kode booking saya apa', 'saya lupa kode booking', 'lupa jadwal',
    'detail booking saya', 'tiket antre saya', 'bukti booking', 'kirim ulang bukti booking', 'masih berapa antre lagi',
    'sisa antre berapa', 'giliran saya kapan', 'sudah sampai nomor berapa', 'antre saya masih aktif', 'booking #kode masih berlaku',
    'my booking', 'check my booking', 'my appointment', 'show my booking', 'when is my appointment', 'booking status',
    'check #kode', 'status of #kode', 'did my booking go through', 'what time is my slot', 'my queue number',
    'reservasi saya', 'cek reservasi', 'jadwal antre saya', 'booking yang kemarin', 'pesanan antre saya', 'riwayat booking',
    'saya sudah booking #tanggal', 'cek booking #tanggal',
    'cek antre #kode', 'cek status antre', 'status booking saya', 'booking saya kapan', 'jadwal booking saya', 'antre saya kapan', 'apa saya sudah terdaftar', 'saya sudah dapat antre belum', 'sudah dapat nomor antre belum', 'cek nomor antre saya', 'sisa antre saya', 'have i booked', 'is my booking confirmed', 'check my appointment', 'my reservation', 'show my reservation', 'what is my booking', 'when is my slot',
    'masih berapa orang lagi sebelum saya', 'berapa orang lagi giliran saya', 'saya sudah daftar tapi tidak dapat kode', 'sudah booking tapi kode tidak muncul', 'kode booking tidak masuk', 'antre saya sekarang nomor berapa', 'tinggal berapa orang lagi', 'kapan saya dipanggil', 'sudah daftar kok belum dapat kode',
    'nomor antre saya berapa',
    'urutan saya ke berapa', 'urutan antre saya', 'saya urutan ke berapa', 'sudah dipanggil belum nomor saya', 'kode booking saya hilang', 'cek status booking', 'giliran saya masih lama tidak',
    // where the booking stands, and its proof that did not arrive (issue 11, booking family)
    'posisi antre saya', 'posisi saya di antre sekarang', 'saya di urutan berapa sekarang', 'qr code antre saya', 'lihat qr booking saya',
    'sms konfirmasi booking tidak masuk', 'konfirmasi booking tidak sampai', 'tidak dapat sms konfirmasi', 'i did not get my booking code',
    'my confirmation never came', 'masih berapa orang di depan saya',
    // "no" for nomor, and a registration still pending (session 5, dev sets 4–5)
    'no antrian saya', 'cek no antrean saya', 'pendaftaran saya masih pending',
    // which slot one got (session 6)
    'saya kebagian jam berapa', 'kebagian nomor berapa', 'kebagian jadwal kapan',
    // one's place in the queue, and a code that did not come, in English (session 9, english)
    'how many people are ahead of me', 'i registered but the code never came',
  ],
};
