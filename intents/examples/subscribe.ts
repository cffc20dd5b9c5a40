import type { IntentExamples } from './types.js';

export const subscribe: IntentExamples = {
  intent: 'subscribe',
  examples: [
    'langganan', 'berlangganan', 'mau langganan info', 'langganan pengumuman', 'langganan berita', 'subscribe', 'subscribe info',
    'daftar notifikasi', 'aktifkan notifikasi', 'nyalakan notifikasi', 'aktifkan pemberitahuan', 'mau dapat info', 'mau dapat info terbaru',
    'mau dapat pengumuman', 'info pengumuman', 'kirimi saya info', 'kirim info terbaru ke saya', 'kabari saya', 'kabari kalau ada info',
    'kabari kalau ada layanan baru', 'kabari kalau ada perubahan jadwal', 'kasih tahu kalau ada pengumuman', 'ingatkan saya kalau ada info',
    'masukkan saya ke broadcast', 'ikut broadcast', 'gabung grup info', 'daftar info mpp', 'mau terima berita mpp', 'terima pengumuman',
    'mau dapat update', 'minta update info layanan', 'info libur dikirim ke saya', 'notif kalau ada libur', 'saya mau diinfokan',
    // formal, as a letter asks it (session 8, long-polite: a letter's request for announcements read as help or procedure)
    'saya ingin menerima informasi terbaru secara rutin',
    'sign me up', 'subscribe me', 'subscribe to updates', 'notify me', 'send me updates', 'i want announcements', 'keep me posted',
    'turn on notifications', 'join the mailing list', 'get news', 'daftar newsletter', 'langganan newsletter', 'ikut berlangganan',
    'berlangganan info layanan', 'mau dikabari', 'aktifkan broadcast', 'mulai kirim info',
    'mau langganan pengumuman', 'daftar langganan info', 'langganan notifikasi', 'mau terima info', 'mau dikirimi pengumuman', 'kirim pengumuman ke saya', 'kabari info terbaru', 'info terbaru kirim ke saya', 'dapat info libur', 'dapat info layanan baru', 'ikut notifikasi', 'ikut info terbaru', 'aktifkan info', 'subscribe to announcements', 'i want updates', 'send me announcements', 'notify me of news', 'add me to the list', 'i want to receive news', 'keep me updated',
  ],
};
