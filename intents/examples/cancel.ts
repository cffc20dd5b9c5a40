import type { IntentExamples } from './types.js';

export const cancel: IntentExamples = {
  intent: 'cancel',
  examples: [
    'batal', 'batal booking', 'batalkan', 'batalkan booking', 'batalkan booking saya', 'batalkan #kode',
    'tolong batalkan antre saya #tanggal', 'batalin booking', 'batalin antre', 'saya mau batal', 'saya tidak jadi datang', 'tidak jadi datang',
    'tidak jadi booking', 'tidak jadi ke mpp', 'hapus booking', 'hapus antre saya', 'hapus reservasi', 'cancel', 'cancel booking',
    'cancel #kode', 'cancel antre', 'mau cancel', 'pembatalan booking', 'pembatalan antre', 'membatalkan jadwal', 'batalkan jadwal #tanggal',
    'booking #tanggal dibatalkan saja', 'booking #layanan batal', 'batalkan antre #layanan', 'saya berhalangan hadir', 'berhalangan datang',
    'tidak bisa datang batalkan saja', 'batal saja', 'urungkan booking', 'gugurkan antre saya', 'cabut booking', 'tidak usah booking lagi',
    'cancel my booking', 'cancel the reservation', 'i want to cancel', 'please cancel #kode',
    'i can not come cancel it', 'delete my booking', 'call off my appointment', 'cancel booking for #tanggal', 'remove my reservation',
    'batalkan yang #tanggal', 'batal antre #tanggal', 'tolong cancel', 'saya cancel ya', 'batal datang',
    'batalkan antre', 'batalkan reservasi', 'batalkan reservasi saya', 'batal pesan antre', 'hapus pesanan saya', 'booking saya dibatalkan saja', 'antre saya dibatalkan saja', 'reservasi #kode dibatalkan', 'saya tidak jadi ikut antre', 'mau batalin jadwal', 'cancel antre #layanan', 'cancel reservation', 'please cancel my booking', 'cancel it', 'i will not come', 'i want to cancel #kode',
    'ingin membatalkan pesanan antre', 'saya sudah pesan antre tapi mau batal', 'mau batalkan pesanan #tanggal', 'ada keperluan mendadak jadi mau batal', 'tidak bisa datang mohon dibatalkan',
    'batalin booking saya', 'tidak bisa datang #tanggal batalkan saja',
    // giving a slot up in other words (issue 11, booking family): release it, skip it, hand it on, take the registration back
    'lepas slot saya', 'lepaskan jadwal #tanggal', 'slot saya tidak terpakai hapus saja', 'skip jadwal #tanggal', 'skip booking saya',
    'anggap saja batal', 'anggap booking saya batal', 'tarik pendaftaran antre saya', 'tarik kembali booking saya',
    'berikan slot saya ke orang lain', 'jadwal saya untuk orang lain saja', 'tidak usah ditunggu #tanggal saya tidak datang',
    'saya sudah urus di tempat lain batalkan', 'salah pilih layanan batalkan booking',
    // a reason given with the request (session 5)
    'saya sakit booking dibatalkan', 'anak saya sakit tidak jadi datang batalkan ya',
    // the appointment word of the booking examples, called off (session 5)
    'batalkan janji temu saya', 'janji temu #tanggal dibatalkan',
  ],
};
