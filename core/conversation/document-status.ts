/**
 * "ktp saya udah jadi belum?": the state of a paper already applied for, which no chat of ours can see (Dukcapil's SIAK, the
 * passport system and the police's are theirs). It got "Anda belum punya booking aktif", which reads as if the application were
 * unknown, or "Maksud Anda yang mana? Lama proses / Cek booking" (session 47, a field test). Said plainly instead: where to ask,
 * with what, and the service's usual time, one tap away.
 */
import { pick, tr } from '../i18n.js';
import type { Choice } from '../session.js';
import type { Step, Understood } from './step.js';

/** Done or ready, asked of one's own paper: "sudah jadi belum", "udah dicetak?", "sudah bisa diambil", "status e-KTP saya". */
const READY_ASKED = /\b(?:sudah|udah|sdh|udh|dah|blm|belum)\s+(?:jadi|jd|selesai|dicetak|tercetak|terbit|keluar|bisa (?:di)?ambil|bisa dijemput)\b|\b(?:jadi|selesai|dicetak|tercetak|terbit)\s+(?:belum|blm)\b|\bstatus\s+(?:e-?ktp|ktp|kk|kia|akta|paspor|sim|skck|npwp|berkas|pengajuan|permohonan|dokumen)\b/i;
/** One's own paper, not the service in general ("ktp yang sudah jadi bisa diwakilkan ambilnya?" asks a rule). */
const OWN = /\b(?:saya|sy|aku|ku|kami|punya saya|anak saya|suami saya|istri saya|ibu saya|bapak saya|my)\b/i;
/** A question of the rules around it, not of one's paper's state. */
const RULE_ASKED = /\b(?:syarat|biaya|berapa|diwakilkan|wakilkan|caranya|gimana cara|bagaimana cara)\b/i;
const ASKS_ABOUT_IT = new Set(['my_booking', 'duration', 'fallback', 'procedure']);

export const documentStatusStep: Step<Understood> = ({ app, turn, u }) => {
  if (turn.session.pending || !u.service || !ASKS_ABOUT_IT.has(u.intent)) return null;
  const text = turn.text;
  if (!READY_ASKED.test(text) || !OWN.test(text) || RULE_ASKED.test(text)) return null;
  const service = app.info.service(u.service);
  if (!service) return null;
  const { lang } = turn;
  const name = pick(service.name, lang);
  const choices: Choice[] = [
    { label: tr(lang, 'Lama proses', 'Processing time'), value: `lama proses ${service.id}`, request: { intent: 'duration', service: service.id } },
    { label: tr(lang, 'Bicara dengan petugas', 'Talk to staff'), value: 'bicara dengan petugas', request: { intent: 'human' } },
  ];
  turn.session.pending = { kind: 'choose', choices };
  return [
    {
      kind: 'answer',
      text: tr(
        lang,
        `Status berkas ${name} yang sudah Anda ajukan tidak bisa saya lihat dari chat ini. Tanyakan di loket ${app.info.where(service, lang)} dengan membawa tanda terima atau bukti pengajuan, atau ketik "bicara dengan petugas".`,
        `I cannot see the status of a ${name} application from this chat. Ask at the counter (${app.info.where(service, lang)}) with your receipt or proof of application, or type "talk to staff".`,
      ),
      options: choices,
    },
  ];
};
