/**
 * A reply pasted with the line it answers (issue 11, session 21, dev set 81): "> Jam layanan: Senin–Kamis 08.00–15.30⏎
 * senin jam berapa bukanya?", "Membalas: Kode booking Anda: MPP-3388⏎cek antrian sy skrg no brp", "[Kutipan] Lokasi MPP:
 * Jl. Merdeka No. 10⏎btw deket situ ada nasi padang yang enak gak?". Chat apps keep a reply's quote out of the text
 * (Telegram's reply_to_message, WhatsApp's quoted message), but people copy it in, or write it the way e-mail does.
 * The quote is what was said before, often by the bot itself; read with it, its clock times became the asked time, its
 * service the asked service, and its "Lokasi"/"Jam layanan" carried an errand elsewhere into scope (dev set 81 read 40 %
 * of its out-of-scope replies as ours). What the citizen asks is the rest.
 */

/**
 * A quote's mark at the start of a line: e-mail's ">" (or "»"), or the label a reply is written under, in Indonesian or
 * English, before a colon or in brackets. What follows the mark on its line is the quote.
 */
const QUOTE_MARK =
  /^[ \t]*(?:[>»]+|\[[ \t]*(?:kutipan|quote|quoted|membalas|balasan|reply)[ \t]*\][ \t]*:?|(?:membalas(?:[ \t]+pesan)?|balasan(?:[ \t]+untuk)?|kutipan|mengutip|replying[ \t]+to|reply[ \t]+to|in[ \t]+reply[ \t]+to|quote|quoted)[ \t]*:)/iu;

/**
 * A line the bot itself writes, pasted back without a mark: a label the bot puts before a value ("Kode booking Anda:
 * MPP-2208", "Jam layanan: Senin–Kamis 08.00–15.30", "Nomor antrian Anda: B-042"), the value holding a digit or a code
 * ("LY-WVGFD"). Only labels of what is told to one citizen about their booking or the hours: "Syarat KTP: KK, akta⏎apa ada
 * lagi?" lists what the citizen knows, and its service is what is asked.
 */
const BOT_LINE =
  /^[ \t]*(?:kode[ \t]+(?:booking|antri(?:an)?|antrean|pemesanan)|(?:nomor[ \t]+)?antri(?:an)?|(?:nomor[ \t]+)?antrean|booking|jadwal|jam[ \t]+(?:layanan|buka|pelayanan|operasional)|your[ \t]+booking(?:[ \t]+code)?|booking[ \t]+code|opening[ \t]+hours)(?:[ \t]+(?:anda|kamu|you))?[ \t]*:[^\n?]*(?:\d|\b[a-z]{2,}-[a-z0-9]{3,}\b)[^\n?]*$/iu;

/** True when a line is wholly a quote mark and the quote itself starts on the next line ("Membalas:⏎Jam layanan …"). */
const markOnly = (line: string): boolean => line.replace(QUOTE_MARK, '').trim() === '';

/**
 * `text` without the line(s) it quotes; the same string when it quotes nothing (most messages: one cheap test), or when
 * nothing but the quote is left (a quote pasted alone is still all the citizen sent, so it is read without its mark).
 */
export function withoutQuote(text: string): string {
  const newline = text.indexOf('\n');
  if (newline < 0) return text;
  const lines = text.split('\n');
  let quoted = 0;
  if (QUOTE_MARK.test(lines[0]!)) {
    if (/^[ \t]*[>»]/u.test(lines[0]!)) {
      // E-mail's quote marks every quoted line.
      while (quoted < lines.length && /^[ \t]*[>»]/u.test(lines[quoted]!)) quoted += 1;
    } else {
      quoted = markOnly(lines[0]!) ? 2 : 1;
    }
  } else if (BOT_LINE.test(lines[0]!)) {
    quoted = 1;
  } else {
    return text;
  }
  const own = lines.slice(quoted).join('\n').trim();
  if (/\p{L}/u.test(own)) return own;
  return lines.map((line) => line.replace(QUOTE_MARK, '')).join('\n').trim();
}

/**
 * What `text` quotes, its marks taken off and its lines joined, when `own` (withoutQuote's answer) is the rest: "> syarat KIA
 * bawa akta lahir anak⏎baru KK juga kah?" quotes "syarat KIA bawa akta lahir anak".
 */
export function quoteOf(text: string, own: string): string {
  const at = text.lastIndexOf(own);
  const before = at <= 0 ? '' : text.slice(0, at);
  return before
    .split('\n')
    .map((line) => line.replace(QUOTE_MARK, '').trim())
    .filter((line) => line !== '')
    .join('\n');
}
