import type { IntentExamples } from './types.js';

/**
 * Out-of-scope requests, so that words like "cuaca", "lagu", "restoran" pull towards fallback instead of
 * the nearest MPP intent. Topics from the issue: weather, alarms, music, restaurants and travel, chit-chat,
 * jokes, politics; plus look-alikes that share our words ("harga tiket", "jadwal kereta", "cara masak").
 */
export const fallback: IntentExamples = {
  intent: 'fallback',
  examples: [
    'cuaca hari ini', 'apakah akan hujan', 'suhu sekarang berapa derajat',
    'prakiraan cuaca jakarta', 'will it rain #tanggal', 'setel alarm',
    'ingatkan saya minum obat', 'set a timer for ten minutes', 'putar musik', 'setel lagu kesukaan saya',
    'mainkan musik pop', 'play a song', 'next song', 'volume naik',
    'booking meja untuk dua orang', 'restoran enak di dekat sini', 'pesan makanan', 'order makanan online', 'pesan ojek',
    'harga tiket kereta', 'jadwal bus ke kota', 'hotel murah', 'tiket konser',
    'kasih tebak tebakan', 'say something funny', 'pantun lucu', 'kamu lucu',
    'kamu siapa', 'kamu umur berapa', 'aku bosan', 'aku cinta kamu',
    // "what are you up to": chit-chat with the admin (session 17: its "lagi" is also in "kapan buka lagi", hours)
    'kamu lagi apa', 'admin lagi apa',
    'mau jadi pacarku', 'kamu bodoh',
    'pendapatmu soal pemerintah', 'who is the president', 'politics news', 'jadwal liga inggris', 'hasil pertandingan',
    'resep masakan', 'cara membuat kue', 'resep sambal', 'harga emas hari ini', 'kurs dollar',
    'harga cabai di pasar', 'paket data murah', 'kartu sim hilang', 'hp rusak servis dimana',
    'rekomendasi film', 'translate this',
    'ibukota negara', 'tips diet', 'obat sakit kepala',
    'ramalan bintang', 'main game', 'lirik lagu', 'gombalin aku', 'selamat ulang tahun', 'matikan lampu',
    'lowongan kerja', 'info beasiswa', 'pinjaman online', 'jual motor bekas',
    'atm terdekat', 'spbu terdekat', 'toko buku di mana', 'cara menanam cabai', 'cara belajar coding',
    'berapa suhu di bandung', 'cuaca minggu ini cerah tidak', 'siapa penyanyi favoritmu', 'ceritakan dongeng', 'tempat wisata bagus',
    'liburan enaknya ke mana', 'harga saham hari ini', 'cara main catur', 'apa arti hidup', 'pesan taksi', 'tiket bioskop',
    'jadwal sholat hari ini', 'waktu sholat dzuhur', 'kapan lebaran', 'hasil pemilu', 'calon presiden', 'demo hari ini', 'password wifi',
    'harga bensin', 'buka rekening bank', 'saldo saya berapa', 'transfer uang', 'cek ongkir', 'lacak paket', 'weather forecast',
    'remind me to call mom', 'sing a song', 'who are you', 'are you married', 'tell me a story', 'best restaurant nearby',
    'reserve a hotel room', 'flight to bali', 'stock price', 'football score', 'i am bored', 'how old are you',
    'jadwal imsak dan buka puasa', 'kapan sahur',
    'jam berapa sekarang di #nama', 'sekarang jam berapa', 'jam berapa sekarang', 'what time is it', 'what time is it in #nama', 'cuaca di #nama', 'cuaca #nama hari ini', 'jadwal kereta ke #nama', 'tiket pesawat ke #nama', 'hotel di #nama', 'siapa #nama', 'apa itu #nama', 'berapa jarak ke #nama', 'wisata di #nama', 'kuliner #nama', 'resep opor untuk #tanggal', 'ucapan selamat #tanggal', 'libur sekolah kapan',
    'lokasi #nama terdekat', '#nama terdekat dimana', '#nama terdekat', 'alamat #nama terdekat', '#nama buka 24 jam',
    'buka puasa jam berapa', 'jam berapa buka puasa', 'waktu berbuka puasa', 'jadwal buka puasa hari ini',
    // Session 8 (chit-chat with the bot, dev sets 8–9 out of scope): small talk had no example of asking after the bot; "pintar juga" also keeps "pinter" from being corrected to Javanese "pinten" (how much).
    'kamu sudah makan', 'pintar juga',
  ],
};
