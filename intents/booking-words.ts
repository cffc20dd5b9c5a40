/**
 * The words that name a booking, in one reviewed place (session 9; session 8's closing note left "four booking-word sets that
 * overlap but differ"). Every rule of the booking family reads the core, and adds the extras its own error class needs,
 * named here so that a word added for one rule is seen beside the others:
 * - the core: "antre" (the normal form of antri/antrian/antrean), "booking", "jadwal", "reservasi", "slot";
 * - written forms before normalisation (in-context.ts reads raw tokens; booking-asked.ts and booking-acts.ts the normal form,
 *   where the spellings still occur as words some example keeps): "antri", "antrian", "antrean", "bookingan";
 * - the number and the code a booking is known by: "nomor", "kode" (in-context.ts never had them);
 * - registering: "daftar", "pendaftaran", "kunjung" (booking-acts.ts: "hapus pendaftaran saya", "ganti hari kunjungan");
 * - the appointment itself, for a cancel said with its own verb (booking-family.ts): "tunggu", "datang", "janji", "hadir",
 *   "#kode" ("ga usah ditungguin besok, anggap batal").
 * The sets stay distinct: no two held the same words, so one set for all would change answers (session 8's note; not
 * measured here). Moving them here changed no answer (golden dump, scripts/nlu-golden.ts).
 */
const CORE = ['antre', 'booking', 'jadwal', 'reservasi', 'slot'] as const;
const SPELLINGS = ['antrian', 'antrean', 'antri', 'bookingan'] as const;

/** The verbs that call a booking off by their own name (booking-acts.ts, booking-family.ts). */
export const CALL_OFF_VERBS: ReadonlySet<string> = new Set(['batal', 'cancel']);
/** The same and deleting: any of them means the message is not asking for a booking or a move (booking-acts.ts, booking-family.ts). */
export const CALLING_OFF: ReadonlySet<string> = new Set([...CALL_OFF_VERBS, 'hapus']);

/** booking-acts.ts: a booking called off, moved or asked for (normal forms and stems). */
export const ACTED_ON: ReadonlySet<string> = new Set([...CORE, 'antrian', 'antrean', 'bookingan', 'nomor', 'daftar', 'pendaftaran', 'kunjung']);
/** booking-acts.ts: what one asks for or takes ("minta jadwal", "ambil antrian"), stems. */
export const WANTED: ReadonlySet<string> = new Set([...CORE, 'antrian', 'antrean']);
/** booking-asked.ts: one's own booking asked about (normal form). */
export const ASKED_ABOUT: ReadonlySet<string> = new Set([...CORE, ...SPELLINGS, 'nomor', 'kode']);
/** booking-family.ts: what a cancel with its own verb calls off (features). */
export const CALLED_OFF_THINGS: ReadonlySet<string> = new Set([...CORE, 'kode', 'nomor', 'tunggu', 'datang', 'janji', 'hadir', '#kode']);
/** in-context.ts: raw words after "drop"/"stop" that make them a cancel. */
export const RAW_OBJECTS: ReadonlySet<string> = new Set([...CORE, ...SPELLINGS]);
