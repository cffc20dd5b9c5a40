/**
 * Booking codes are read aloud at counters and typed on phones: no 0/O, 1/I/L, and a fixed
 * prefix so the NLU can find them in free text (`LY-` + 5 of 29 symbols ≈ 20 M codes).
 */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export const BOOKING_CODE = /\bLY-?([2-9A-HJKMNP-Z]{5})\b/i;

export function newBookingCode(random: () => number): string {
  let code = 'LY-';
  for (let i = 0; i < 5; i++) code += ALPHABET[Math.floor(random() * ALPHABET.length)] ?? 'X';
  return code;
}

/** Display prefix of queue numbers per service, so a counter calls "KTP-007", not "7". */
const QUEUE_PREFIX: Readonly<Record<string, string>> = {
  ktp: 'KTP',
  kk: 'KK',
  kia: 'KIA',
  akta_lahir: 'AKL',
  akta_kematian: 'AKM',
  pindah: 'PDH',
  sim: 'SIM',
  skck: 'SKC',
  paspor: 'PSP',
  npwp: 'NPW',
  nib: 'NIB',
  bpjs_kesehatan: 'BKS',
  bpjs_ketenagakerjaan: 'BTK',
  pbb: 'PBB',
  samsat: 'SMS',
  nikah: 'NKH',
  pbg: 'PBG',
};

export function queueLabel(service: string, queueNumber: number): string {
  const prefix = QUEUE_PREFIX[service] ?? service.slice(0, 3).toUpperCase();
  return `${prefix}-${String(queueNumber).padStart(3, '0')}`;
}

/** A queue number as staff type it ("KTP-002", "ktp2", "kk-3"), in queueLabel's form; null when it is none. */
export function typedQueueLabel(text: string): string | null {
  const typed = /^([a-z]{2,6})-?0*(\d{1,4})$/i.exec(text.trim());
  return typed ? `${typed[1]!.toUpperCase()}-${typed[2]!.padStart(3, '0')}` : null;
}

/** Seeded PRNG (mulberry32) for the simulator and tests: same seed, same codes. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
