/**
 * A question about a service said beside what the paper is needed for, or by when (issue 11, session 28, dev set 145, blind
 * set 29's lean): "akta lahir anak buat daftar SD paling lambat akhir bulan ini, biayanya berapa ya?", "biaya pbg brp ya,
 * kontraktor minta izinnya keluar sebelum tanggal 1 bulan depan", "Berapa biaya perpanjang paspor? mau dipakai liburan
 * Paskah". The need's words (a school, a tender, a holiday trip) are not ours: read whole, the message fell out of scope or
 * to the hours its holiday names. The clause that asks says what is asked; index.ts reads it alone when its question word
 * names one kind of information and the need judges nothing and asks for no booking.
 *
 * Clauses end at a stop, a "?", a "!", a ";", a comma or a line break. The clauses that ask are those whose question word
 * names a kind of information (question-frame.ts); they must be next to each other ("biayanya berapa ya? gratis kah") and
 * ask the same kind. The need is the rest, and must say a need: a day it is due by, a purpose, being in time.
 */

import type { IntentName } from '../core/nlu.js';

/** One clause that asks and the need told around it. */
export interface AskedWithNeed {
  /** The clauses that ask, as written. */
  readonly question: string;
  /** The rest: what the paper is for, by when. */
  readonly need: string;
}

/** Words of a need: by when, for what, in time or not (raw text, any case). */
const NEED =
  /\b(?:sebelum|paling lambat|plg lambat|palingan lambat|maksimal tanggal|batas(?:nya)?|deadline|keburu|kekejar|kebut|secepatnya|buat|untuk|utk|dipakai|dipake|mau dipake|butuh|perlu|harus (?:udah|sudah)|ditutup|liburan|mudik|lamaran|melamar|daftar sekolah|sekolah|tender|pinjaman|kredit|berangkat|needed|need it|by (?:the )?\d|before)\b/iu;

/**
 * Question words question-frame.ts leaves to the models, which a clause beside a need still asks with (normalised text): the
 * fee asked after the service's name ("biaya pbg berapa"), the steps with their "-nya" ("alurnya kayak bagaimana"), whether it
 * is done in time ("bikinnya lama tidak", "selesai sebelum nyepi tidak").
 */
const WIDER_FRAMES: readonly (readonly [IntentName, RegExp])[] = [
  ['cost', /\b(?:biaya|biayanya|tarif|tarifnya|harga|harganya)(?: \S+){0,3} berapa\b|\bbayar (?:tidak|kah)\b/u],
  ['procedure', /\b(?:langkah|alur|prosedur|tahapan|tahap|cara)(?:nya)?(?: \S+){0,2} (?:bagaimana|gimana|apa saja|apa aja)\b|\b(?:bagaimana|gimana) (?:langkah|alur|prosedur|tahapan|cara)(?:nya)?\b/u],
  ['duration', /\b(?:lama|selesai|jadi|kelar)(?: \S+){0,4} (?:tidak|kah)\s*$|\b(?:keburu|kekejar)(?: \S+){0,2} (?:tidak|kah)\b/u],
];

/** The kind a clause asks for by the wider question words, or null when none or several. */
export function widerFrame(normalized: string): IntentName | null {
  const found = new Set(WIDER_FRAMES.filter(([, pattern]) => pattern.test(normalized)).map(([kind]) => kind));
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/** A booking asked for beside the question is a request of its own ("booking ktp besok ya, syaratnya apa"). */
const BOOKED = /\b(?:antri\w*|antre\w*|ngantri|booking\w*|book|reservasi|jadwal\w*|slot|appointment)\b/iu;

/** Breaks between clauses, kept with the clause before them. */
const BREAK = /(?<=[.?!;,])\s+|\s*\n+\s*/u;

/**
 * The clauses that ask and the need around them, or null. `frameOf` names the kind of information a clause's question word
 * asks for (null when none or several).
 */
export function askedWithNeed(text: string, frameOf: (clause: string) => string | null): AskedWithNeed | null {
  // Cheap first look (throughput): most messages say no need, and reading a clause's frame analyses it.
  if (!NEED.test(text)) return null;
  const clauses = text.trim().split(BREAK).filter((c) => c !== '');
  if (clauses.length < 2) return null;
  const frames = clauses.map(frameOf);
  const asking = frames.flatMap((f, i) => (f === null ? [] : [i]));
  const firstAsked = asking[0];
  const lastAsked = asking.at(-1);
  if (firstAsked === undefined || lastAsked === undefined || lastAsked - firstAsked + 1 !== asking.length) return null;
  if (new Set(asking.map((i) => frames[i])).size !== 1) return null;
  const need = [...clauses.slice(0, firstAsked), ...clauses.slice(lastAsked + 1)].join(' ');
  // The need says no question of its own: "… sebelum tgl 20? syaratnya apa" asks twice.
  if (need === '' || need.includes('?') || !NEED.test(need) || BOOKED.test(need)) return null;
  return { question: clauses.slice(firstAsked, lastAsked + 1).join(' '), need };
}
