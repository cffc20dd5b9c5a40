import type { IntentExamples } from './types.js';

export const duration: IntentExamples = {
  intent: 'duration',
  examples: [
    'berapa lama', 'berapa lama prosesnya', 'berapa lama #layanan jadi', 'lama tidak', 'lama proses #layanan', 'prosesnya lama tidak',
    'berapa hari', 'berapa hari jadi', 'jadinya berapa hari', 'berapa hari kerja', 'kapan jadinya', 'kapan #layanan selesai',
    'kapan bisa diambil', 'bisa jadi hari itu juga', 'bisa langsung jadi', 'langsung jadi tidak', 'bisa ditunggu tidak',
    'ditunggu berapa jam', 'jadi dalam sehari tidak', 'satu hari jadi tidak', 'estimasi waktu #layanan', 'estimasi selesai',
    'waktu penyelesaian #layanan', 'jangka waktu #layanan', 'berapa minggu', 'butuh waktu berapa lama', 'perlu waktu berapa hari',
    'lama pembuatan #layanan', 'lama perpanjang #layanan', 'perpanjang #layanan berapa lama', '#layanan jadi berapa lama', 'cepat tidak',
    'bisa cepat tidak prosesnya', 'kira kira selesai kapan', 'kapan #layanan bisa saya ambil', 'sampai kapan nunggunya',
    'how long does it take', 'how long for #layanan', 'how many days', 'processing time', 'when will it be ready',
    'when can i pick it up', 'is it same day', 'how long is the process', 'how long to renew #layanan',
    'berapa lama nunggu #layanan jadi', 'kalau hari ini daftar kapan jadi', 'sla #layanan berapa hari', 'standar waktu layanan',
    'waktu proses #layanan hilang', '#layanan rusak gantinya berapa lama', 'lamanya berapa', 'verifikasinya berapa lama',
    'berapa lama pembuatan #layanan', 'berapa lama prosesnya #layanan', 'kapan #layanan jadi', 'kapan jadi', 'berapa hari kerja #layanan', 'berapa lama sampai terbit', 'berapa lama menunggu', 'nunggu berapa lama', 'how long', 'how long will it take', 'how long does #layanan take', 'how many working days', 'when will #layanan be ready', 'how soon', 'same day or not', 'waktu tunggu #layanan', 'selesainya kapan',
  ],
};
