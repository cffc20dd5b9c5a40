/**
 * Our own name spelled out: "Mal Pelayanan Publik (Kota …)", English "public service(s) mall", is the MPP, one word "mpp"
 * (session 8, long-polite and english on dev sets 8 and 9). Spelled out, its "pelayanan" stems to "layan", the word of
 * every list_services example ("layanan apa saja"): a letter that asks the hours, the requirements or the way to "Mal
 * Pelayanan Publik" was read as asking for the list of services (8 of the 16 long-polite misses on dev sets 8 and 9).
 * Examples and messages both pass here, so an example that says the name ("alamat mal pelayanan publik") keeps its intent.
 * Session 7 tried the same on the features alone and lost two list_services letters; those now say "layanan" beside "mpp".
 */

/** Spellings of the name, as normalised tokens ("mall" before "pelayanan" is already "mal"; "public" is "publik"). */
const NAMES: readonly (readonly string[])[] = [
  ['mal', 'pelayanan', 'publik'],
  ['publik', 'service', 'mall'],
  ['publik', 'services', 'mall'],
];

/**
 * `tokens` with each spelled-out MPP name replaced by "mpp", in place (the analyser's own array). "di Mal Pelayanan Publik
 * ini" is where the letter is read: "sini", as the examples say it ("#layanan bisa diurus di sini"); as "mpp ini" three
 * letters asking whether an errand can be done here went to help and human (dev sets 3, 5, 8).
 */
export function ourName(tokens: string[]): string[] {
  for (let i = tokens.indexOf('publik'); i >= 0; i = tokens.indexOf('publik', i + 1)) {
    for (const name of NAMES) {
      const start = i - name.indexOf('publik');
      if (start >= 0 && name.every((w, k) => tokens[start + k] === w)) {
        const here = tokens[start + name.length] === 'ini';
        tokens.splice(start, name.length + (here ? 1 : 0), here ? 'sini' : 'mpp');
        i = start;
        break;
      }
    }
  }
  // "di mal pelayanan ini": the name without "publik", said of the building one writes to, is here too (session 10: "ada
  // layanan X di mal pelayanan ini?" went to help). Only with "ini": a bare "mal pelayanan" may be any service hall.
  for (let i = tokens.indexOf('pelayanan'); i > 0; i = tokens.indexOf('pelayanan', i + 1)) {
    if (tokens[i - 1] === 'mal' && tokens[i + 1] === 'ini') {
      tokens.splice(i - 1, 3, 'sini');
      i -= 1;
    }
  }
  return tokens;
}
