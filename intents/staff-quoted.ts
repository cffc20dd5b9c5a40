/**
 * An officer's words quoted back (session 15, dev set 51): "Petugas bilang 'orang kampung memang susah dikasih tau' di depan
 * semua orang", "admin WA-nya cuma bales 'silakan datang langsung'", "petugas malah nanya 'kenapa baru sekarang'". A
 * citizen quotes what was said to them to show how they were treated: of the 28 dev messages where one of our people is
 * said to have said something in quotes, 27 are complaints (the other a provider's CS, someone else's business). The
 * models read the quote's words (datang, syarat, kapan) as the question. A grievance shape (grievance.ts): a word of
 * judging, so the message may hold the complaint it is.
 *
 * Read on the raw text, lower-cased: the quote marks are gone after normalizing.
 */
const SPEAKER = String.raw`(?:petugas|satpam|admin|pegawai|orangnya|mbaknya|masnya|bapaknya|ibunya|loket|operator|staf|staff)\w*`;
const SAID = String.raw`(?:bilang|nanya|jawab|bales|balas|ngomong|bilangin|dijawab|menjawab|berkata|bilangnya|jawabnya|katanya|cuma bilang|said|told me|replied)`;
const STAFF_QUOTED = new RegExp(String.raw`\b${SPEAKER}\b[^.?!]{0,40}\b${SAID}\b[^'"‘“]{0,15}['"‘“]`);

/**
 * The answer quoted with no one named, the citizen on the receiving end (session 18, dev set 61: "dijawab 'tanya ke KUA'",
 * "tiap nanya jawabannya 'sabar ya pak, server pusat'", "disuruh 'daftar online dulu pak'", "katanya bayar ke rekening
 * pribadi 'biar cepat'"): of the 79 dev messages so told and not caught above, 77 are complaints; the other two a pharmacy's
 * and a courier's, others' business (other-domain.ts).
 */
const ANSWER_QUOTED = new RegExp(
  String.raw`\b(?:dijawab|disuruh|dibilang|dibilangin|dibilangi|jawabannya|jawabnya|jawaban|katanya|dikasih tau|dikasih tahu|diberi tahu|diberitahu|dibalas|dibales|balasannya|alasannya|alasan|was told|they said|the answer was)\b[^'"‘“.?!]{0,15}['"‘“]`,
);

/** 1 when one of our people is quoted as having said something, else 0 (a count of grievance shapes). */
export function staffQuoted(raw: string): number {
  // Cheap test first: most messages have no quote mark at all.
  if (!/['"‘“]/.test(raw)) return 0;
  const text = raw.toLowerCase();
  return STAFF_QUOTED.test(text) || ANSWER_QUOTED.test(text) ? 1 : 0;
}
