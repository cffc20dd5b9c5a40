import type { IntentExamples } from './types.js';

export const help: IntentExamples = {
  intent: 'help',
  examples: [
    'menu', 'menu utama', 'tampilkan menu', 'lihat menu', 'kembali ke menu', 'bantuan', 'minta bantuan', 'help', 'help me', 'start',
    'mulai', 'bisa bantu apa', 'bot ini bisa apa', 'kamu bisa apa', 'apa yang bisa saya tanyakan',
    'fitur apa saja', 'fitur bot', 'pilihan menu apa saja', 'cara pakai bot ini', 'cara menggunakan layanan chat ini',
    'bagaimana cara pakai', 'saya bingung', 'bingung harus apa', 'saya tidak ngerti cara pakainya', 'panduan', 'petunjuk',
    'petunjuk penggunaan', 'ini chat apa', 'what can i ask', 'show me the menu', 'main menu',
    'commands', 'how does this bot work', 'how do i use this', 'options', 'menu dong', 'info menu', 'perintah apa saja yang ada',
    'list perintah', 'tolong bantu saya', 'butuh bantuan', 'ada panduan pakai bot', 'kembali', 'back to menu', 'balik ke awal',
    'ulang dari awal', 'mulai lagi', 'apa saja yang bisa dilakukan di sini', 'bot bisa bantu urusan apa',
    'menu bantuan', 'buka menu', 'tampilkan pilihan', 'ada menu apa saja', 'saya butuh panduan', 'apa yang bisa kamu lakukan', 'kamu bisa bantu apa saja', 'layani bisa apa', 'cara kerja bot ini', 'gimana pakai chat ini', 'what can this bot do', 'what are my options', 'show options', 'help please', 'i need help', 'how can you help me', 'instructions', 'tutorial', 'cara pakai', 'fitur apa yang tersedia',
    'ini botnya bisa apa saja', 'bot ini bisa ngapain', 'how does this work', 'what is this', 'cara pakainya bagaimana', 'ini apa ya', 'fungsi bot ini apa',
    'ini apaan', 'bisa bantu apa saja', 'fiturnya apa saja', 'cara pakai bot ini bagaimana', 'bot ini untuk apa', 'saya harus ketik apa',
    'what do you do', 'apa saja yang bisa ditanyakan di sini', 'bisa tanya apa saja di sini', 'boleh tanya soal apa saja',
    'ada fitur apa saja di sini',
    // not at ease with technology, asking to be taught (session 5, dev sets 4–5 help-people)
    'saya gaptek tolong ajari pakai bot ini', 'ajari saya cara pakai chat ini', 'saya kurang paham teknologi cara pakainya bagaimana',
    'what else can you do', 'what can you help me with',
    // "opsi", the loan word for the menu's choices, was in no example (session 7, help-people)
    'ada opsi apa saja',
  ],
};
