import type { IntentExamples } from './types.js';

export const unsubscribe: IntentExamples = {
  intent: 'unsubscribe',
  examples: [
    'berhenti', 'stop', 'stop langganan', 'berhenti langganan', 'berhenti berlangganan', 'unsubscribe', 'unsub',
    'jangan kirimi saya lagi', 'jangan kirim info lagi', 'tidak usah kirim lagi', 'stop kirim', 'stop kirim pesan',
    'stop broadcast', 'stop notifikasi', 'matikan notifikasi', 'nonaktifkan notifikasi', 'nonaktifkan pemberitahuan', 'hapus saya dari broadcast',
    'keluarkan saya dari daftar', 'keluar dari langganan', 'batal langganan', 'batalkan langganan', 'sudahi langganan', 'cukup kirim info',
    'tidak mau dapat info lagi', 'tidak mau terima pengumuman', 'saya tidak mau dikirimi', 'berhenti kirim pesan', 'berhenti mengirim',
    'jangan ganggu saya', 'spam terus', 'kebanyakan pesan', 'stop spam', 'sudah cukup infonya jangan dikirim', 'matikan broadcast',
    'unsubscribe me', 'stop sending me messages', 'stop messages', 'stop notifications', 'turn off notifications', 'opt out',
    'remove me from the list', 'no more messages', 'do not message me', 'leave the list', 'berhenti notif', 'off notifikasi',
    'tidak perlu kirim pengumuman', 'hentikan pesan',
    'stop info', 'stop pengumuman', 'berhenti info', 'berhenti pengumuman', 'berhenti kirim info', 'jangan kirim pengumuman', 'tidak usah kirim info', 'cukup sampai sini infonya', 'hapus langganan', 'keluar dari broadcast', 'keluar dari notifikasi', 'tidak mau langganan lagi', 'matikan pesan', 'stop the messages', 'unsubscribe from updates', 'i do not want messages', 'stop texting me',
    // English said as a wish not to be sent any more (session 22, dev set 92: "I don't want to get announcements anymore" was subscribe)
    'i do not want announcements anymore', 'no more announcements please', 'i no longer want updates', 'i do not want to receive notifications anymore',
  ],
};
