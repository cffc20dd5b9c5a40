import type { IntentExamples } from './types.js';

export const greeting: IntentExamples = {
  intent: 'greeting',
  examples: [
    'halo', 'halo min', 'hai kak', 'hallo selamat siang', 'halo admin', 'hai', 'hei', 'helo', 'p', 'pagi', 'selamat pagi',
    'selamat siang', 'selamat sore', 'selamat malam', 'siang kak', 'sore min', 'malam min', 'pagi min', 'met pagi', 'met siang',
    'assalamualaikum', 'waalaikumsalam warahmatullahi wabarakatuh', 'salam', 'salam sejahtera',
    'permisi', 'permisi kak', 'permisi numpang tanya', 'punten', 'sampurasun', 'om swastiastu', 'shalom', 'halo apa kabar',
    'halo ada orang', 'tes', 'test', 'ping', 'halo bot', 'hai layani', 'hi', 'hello', 'hey there', 'good morning', 'good afternoon',
    'good evening', 'hi there', 'hello admin', 'greetings', 'yo', 'halo selamat datang', 'pagi pagi',
    'selamat pagi min mau tanya', 'halo kak mau nanya', 'hai min boleh tanya', 'halo assalamualaikum', 'siang', 'sore', 'malam', 'selamat datang', 'hai admin', 'halo kakak', 'assalamualaikum kak', 'assalamualaikum min', 'waalaikumsalam', 'salam kenal', 'hello there', 'hi admin', 'hey admin', 'good day', 'morning', 'halo layani', 'hai semua', 'selamat pagi admin mpp',
    'ada orang di sini', 'is anyone there', 'mau tanya', 'boleh tanya', 'numpang tanya', 'tanya dong', 'izin bertanya',
    'apa kabar', 'bagaimana kabar', 'halo bagaimana kabarnya', 'how are you', 'pp', 'selamat pagi semua',
    // a season's wish (session 6): the holiday's name is a date placeholder
    'selamat #tanggal', 'selamat #tanggal min', 'merry #tanggal', 'happy #tanggal',
    // an apology for the hour, said as a greeting (session 9, english)
    'selamat malam maaf mengganggu malam malam', 'sorry to bother you this late',
    // Session 13 (dev sets 34, 38): the shortest greetings of English chat.
    'good evening sir', 'good morning madam',
  ],
};
