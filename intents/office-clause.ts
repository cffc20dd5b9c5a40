/**
 * An office named with what it handles, then asked about (session 33, dev sets 195–206 held out: "kantor BPN yang ngurus
 * sertifikat tanah itu di mana ya", "kantor BKD yang ngurus kenaikan pangkat pegawai itu masih buka jam segini?"). The clause
 * after "yang" is words no example of ours has, and it turned the whole out of scope; without it, the question is the plain
 * unknown-name frame ("kantor BPN di mana ya") that name-frame.ts reads. This only cuts the clause: whether what is left is a
 * question about a place is the reader's to say.
 */

/** An office's head word: the clause must describe an office, not a person or a thing ("anak yang ngurus …"). */
const OFFICE = String.raw`(?:kantor|balai|gedung|dinas|uptd|badan|lembaga|loket|mpp|pengadilan|bpn|bkd|bkpsdm|kpu|disnaker|dinsos|kejaksaan|samsat)`;
/** What the office does, said after "yang": handles, serves, takes care of. */
const HANDLES = String.raw`(?:ngurus|ngurusin|mengurus|urus|melayani|layani|ngelayanin|menangani|nanganin|handle|ngurusi)`;
/**
 * The office, up to six words of its name, the clause of up to eight words, then "itu"/"tuh" or the question's first word.
 * The clause is the second group; it never crosses a stop.
 */
const CLAUSE = new RegExp(
  String.raw`^(.*?\b${OFFICE}\b(?:\s+[^\s,.;!?]+){0,6}?)\s+((?:yang|yg)\s+${HANDLES}(?:\s+[^\s,.;!?]+){1,8}?)(?:\s+(?:itu|tuh))?\s+(?=(?:di\s*mana|dmn|mana|masih|buka|tutup|jam|lokasi\w*|alamat\w*|letak\w*|ada|where|kapan|hari)\b)`,
  'iu',
);

/** `written` without the clause that says what its office handles; null when it has none. */
export function withoutOfficeClause(written: string): string | null {
  const m = CLAUSE.exec(written);
  if (m === null || m[1] === undefined) return null;
  return `${m[1]} ${written.slice(m[0].length)}`;
}
