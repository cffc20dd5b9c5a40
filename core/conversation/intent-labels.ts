/** Intent names as a citizen reads them, on buttons and in notes (never "greeting" or "thanks"; class 12). */
import { tr } from '../i18n.js';
import type { IntentName } from '../nlu.js';
import type { Lang } from '../types.js';

const LABELS: Record<IntentName, [string, string]> = {
  greeting: ['Menu utama', 'Main menu'],
  thanks: ['Menu utama', 'Main menu'],
  fallback: ['Menu utama', 'Main menu'],
  requirements: ['Syarat', 'Requirements'],
  procedure: ['Alur', 'Steps'],
  cost: ['Biaya', 'Fee'],
  duration: ['Lama proses', 'Processing time'],
  hours: ['Jam buka', 'Opening hours'],
  location: ['Lokasi', 'Location'],
  book: ['Ambil antrean', 'Book a slot'],
  my_booking: ['Cek booking', 'My booking'],
  cancel: ['Batal booking', 'Cancel booking'],
  reschedule: ['Ganti jadwal', 'Reschedule'],
  complaint: ['Pengaduan', 'Complaint'],
  human: ['Bicara dengan petugas', 'Talk to staff'],
  subscribe: ['Langganan info', 'Subscribe'],
  unsubscribe: ['Berhenti langganan', 'Unsubscribe'],
  list_services: ['Daftar layanan', 'All services'],
  help: ['Bantuan', 'Help'],
};

export function intentLabel(intent: IntentName, lang: Lang): string {
  const [id, en] = LABELS[intent];
  return tr(lang, id, en);
}
