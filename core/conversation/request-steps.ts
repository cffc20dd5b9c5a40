/**
 * The last branches: "saya sudah sampai", the answer to the open question or a new request,
 * and "which did you mean?" when the understanding is split between two intents.
 */
import { tr } from '../i18n.js';
import type { IntentName } from '../nlu.js';
import type { Choice, Pending } from '../session.js';
import type { Lang, Reply } from '../types.js';
import { acceptName } from './booking-dialog.js';
import { CHECK_IN, checkIn } from './check-in.js';
import { routeRequest } from './dispatch.js';
import { readRequest } from './read-request.js';
import type { Step, Understood } from './step.js';

export const checkInStep: Step<Understood> = async ({ app, turn }) => (CHECK_IN.test(turn.text) ? [await checkIn(app, turn)] : null);

export const request: Step<Understood> = async (input) => {
  const { app, turn, u } = input;
  const reading = readRequest(app, turn, u);
  if (reading === 'name') return [acceptName(app, turn, (turn.session.pending as Extract<Pending, { kind: 'booking' }>).draft, turn.text)];
  if (reading === 'no_question') {
    return [{ kind: 'fallback', text: tr(turn.lang, 'Tidak ada pilihan yang sedang menunggu jawaban angka. Ketik "menu" untuk melihat yang bisa saya bantu.', 'There is no open question to answer with a number. Type "menu" to see what I can do.') }];
  }
  if (reading === 'clarify') return [clarify(input)];
  return [await routeRequest(app, turn, reading)];
};

function clarify({ turn, u }: Understood): Reply {
  const choices: Choice[] = u.alternatives.slice(0, 2).map((alt) => ({
    label: intentLabel(alt.intent, turn.lang),
    value: intentLabel(alt.intent, turn.lang).toLowerCase(),
    request: { intent: alt.intent, service: u.service ?? turn.session.service ?? null, variant: u.variant, date: u.date, time: u.time, code: u.bookingCode },
  }));
  turn.session.pending = { kind: 'choose', choices };
  return { kind: 'clarify', text: tr(turn.lang, 'Maksud Anda yang mana?', 'Which did you mean?'), options: choices };
}

function intentLabel(intent: IntentName, lang: Lang): string {
  const labels: Partial<Record<IntentName, [string, string]>> = {
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
  const [id, en] = labels[intent] ?? [intent, intent];
  return tr(lang, id, en);
}
