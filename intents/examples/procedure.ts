import type { IntentExamples } from './types.js';

export const procedure: IntentExamples = {
  intent: 'procedure',
  examples: [
    'cara buat #layanan', 'bagaimana cara membuat #layanan', 'cara urus #layanan', 'cara mengurus #layanan', 'cara bikin #layanan baru',
    'cara perpanjang #layanan', 'cara daftar #layanan', 'gimana caranya', 'caranya bagaimana', 'prosedur #layanan', 'prosedurnya bagaimana',
    'alur #layanan', 'alurnya gimana', 'alur pelayanan #layanan', 'tahapan #layanan', 'tahap tahapnya apa saja', 'langkah langkah #layanan',
    'langkah pengurusan #layanan', 'proses #layanan bagaimana', 'prosesnya gimana', 'mekanisme #layanan', 'urutan prosesnya',
    'pertama tama harus ke mana', 'setelah itu ke loket mana', 'habis daftar terus ngapain', 'step by step #layanan',
    '#layanan hilang harus gimana', '#layanan rusak gimana cara gantinya', 'cara ganti #layanan yang hilang', 'cara ubah data #layanan',
    'cara tambah anak di #layanan', 'cara daftar online #layanan', 'bisa diurus online tidak', 'bisa daftar lewat aplikasi',
    'pakai aplikasi apa', 'cara isi formulir #layanan', 'formulirnya diambil di mana', 'harus ke kantor polisi dulu tidak',
    'how do i apply for #layanan', 'how to get #layanan', 'how to renew #layanan', 'what is the process', 'what are the steps',
    'procedure for #layanan', 'how does it work', 'how can i replace a lost #layanan', 'how to register', 'the process for #layanan',
    // how to pay, said in English: "how much do i pay" is cost, "how do i pay" the way (session 7, dev sets 5 and 7 english)
    'how do i pay #layanan', 'how to pay #layanan',
    'cara bayar #layanan', 'cara pembayaran', 'bayarnya lewat mana', 'cara ambil #layanan yang sudah jadi', 'pengambilan #layanan gimana',
    'gimana cara urus #layanan', 'gmn prosesnya', 'kalau mau bikin #layanan gimana', 'apa yang harus saya lakukan',
    'alur pengajuan #layanan', 'cara pengajuan #layanan', 'urus #layanan harus datang langsung tidak',
    'cara mendaftar #layanan', 'cara pembuatan #layanan', 'prosedur pembuatan #layanan', 'prosedur pengurusan #layanan', 'langkah mengurus #layanan', 'urutan mengurus #layanan', 'alur pengurusan #layanan', 'tata cara #layanan', 'tata cara pengajuan', 'cara mengajukan #layanan', 'gimana alurnya', 'how do i get a #layanan', 'how to apply', 'steps to get #layanan', 'what are the steps to apply', 'how does the #layanan process work', 'how can i get #layanan', 'walk me through the process', 'proses pembuatan #layanan bagaimana', 'urusnya gimana',
  ],
};
