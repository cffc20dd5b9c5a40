import type { IntentExamples } from './types.js';

export const reschedule: IntentExamples = {
  intent: 'reschedule',
  examples: [
    'ganti jadwal', 'ganti jadwal ke #tanggal', 'ganti jam', 'ganti jam ke #jam', 'ganti tanggal',
    'ganti tanggal ke #tanggal', 'ganti hari', 'pindah jadwal', 'pindah jadwal ke #tanggal', 'pindah jam', 'pindah ke #tanggal',
    'pindahkan booking ke #tanggal #jam', 'pindahin booking saya', 'ubah jadwal', 'ubah jadwal booking', 'ubah jam booking', 'ubah tanggal',
    'ubah booking #kode ke #tanggal', 'reschedule', 'reschedule booking', 'reschedule #kode', 'reschedule ke #tanggal', 'jadwal ulang',
    'jadwalkan ulang', 'atur ulang jadwal', 'geser jadwal', 'geser jam booking', 'geser ke #tanggal', 'undur jadwal', 'diundur ke #tanggal',
    'mundurkan jadwal', 'majukan jadwal', 'dimajukan ke #jam', 'tukar jadwal', 'tukar tanggal', 'bisa ganti jadwal tidak',
    'bisa dipindah ke #tanggal', 'jadwal saya bisa diubah', 'booking #tanggal diganti #tanggal', 'booking #layanan pindah ke #tanggal',
    'saya tidak bisa #tanggal bisa ganti hari lain', 'berhalangan bisa diganti hari lain', 'ganti ke hari lain', 'ganti slot',
    'change my appointment', 'change booking to #tanggal', 'reschedule my booking', 'move my booking to #tanggal', 'move to #jam',
    'change the time', 'change the date', 'can i reschedule', 'postpone my appointment', 'another day please', 'switch to #tanggal',
    'ubah ke #tanggal #jam', 'ganti waktu booking', 'ubah waktu kedatangan',
    'geser jadwal ke #tanggal', 'geser booking ke #tanggal #jam', 'jadwal digeser', 'pindah hari', 'pindah tanggal booking', 'pindahkan jadwal saya', 'ubah hari booking', 'ganti jadwal antre', 'ganti jam antre', 'tukar jam', 'majukan booking ke #tanggal', 'mundur ke #tanggal', 'bisa diundur', 'bisa dimajukan', 'reschedule to #tanggal', 'change my booking', 'move my appointment', 'change the time to #jam', 'can i move my slot',
    'tanggal antre saya mau diubah ke hari lain', 'mau pindah hari', 'ganti hari booking', 'bisa diganti hari lain', 'jadwal saya mau dimajukan', 'majukan jadwal booking', 'ubah tanggal antre',
    'jadwal ulang booking', 'geser jadwal saya', 'undur booking saya', 'ganti jam booking', 'pindah jam antre', 'bisa diundur tidak',
    // moving within the day, or keeping the booking at another hour (issue 11, booking family)
    'tukar jadwal ke #tanggal', 'tukar tanggal datang ke #tanggal', 'jadwal saya dibuat lebih sore', 'minta jadwal yang lebih siang',
    'pindah ke jam lain', 'pakai booking yang sama tapi jam lain', 'nomor yang sama pindah ke #jam', 'geser ke jam #jam',
    'bisa diundur jadi #tanggal', 'bisa dialihkan ke #tanggal',
    // a reason given with the request (session 5: the reason's words pulled it out of scope)
    'jadwal ulang karena anak saya sakit', 'saya sakit jadwal mau diganti', 'ada urusan keluarga jadwal saya mau dipindah',
    // the booking made into another day (session 6, dev set 6 booking-family)
    'jadwal saya jadikan #tanggal saja', 'tolong dijadikan #tanggal', 'jadwalnya dijadikan #tanggal',
  ],
};
