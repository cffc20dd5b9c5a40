/**
 * The mark a chat app puts on a forwarded message, pasted with it (issue 11, session 20, dev set 70): "Fwd:", "[Diteruskan]",
 * "Diteruskan berkali-kali", "Forwarded many times". It says where the text came from, not what the citizen asks, and its
 * words misled the models: "berkali-kali" is a grievance's "again and again" (grievance.ts), so a forwarded health tip
 * followed by "aman ga buat orang darah tinggi?" was read as a complaint. The chain message itself and the question
 * after it stay: both say what is asked ("Forward: 'Samsat tetap buka saat Idulfitri' bener ga?" asks our hours).
 */

/**
 * The mark, at the message's start or a line's: WhatsApp's label (Indonesian and English) or e-mail's "Fwd", as a label: in
 * brackets, before a colon, a quote or the line's end, or "berkali-kali" / "many times". "Diteruskan ke operator ya" asks
 * for a person, and keeps its words.
 */
const FORWARD_MARK =
  /(?:^|\n)[ \t]*(?:\[[ \t]*(?:fwd|fw|forward|forwarded|diteruskan)[ \t]*\][ \t]*:?|(?:fwd|fw|forward|forwarded|diteruskan|di-?forward)[ \t]*(?::|(?=["“'«])|$)|(?:diteruskan|forwarded)[ \t]+(?:berkali-kali|berkali[ \t]+kali|many[ \t]+times)[ \t]*:?)[ \t]*/gimu;

/**
 * Where the citizen says a pasted text came from, as a label before a colon at the message's start (session 24, blind set
 * 25's lean, dev sets 105–110): "Info dari grup RT:", "info grp:", "Diteruskan dari grup alumni:", "Status WA kakak saya:",
 * "Ini SMS yang masuk ke HP saya:", Javanese "Info saka grup RT:", "diterusno soko grup kampung:". Its words are not asked
 * ("info" pulled to subscribe, "admin" of a group to a person): "Info dari grup alumni: ada diskon … di mall. beneran ga
 * tuh" was read as asking for a person. Only a label naming a source (a group, a status, an SMS, a neighbourhood): "info
 * jam buka: kapan?" keeps its words.
 */
const SOURCE_LABEL =
  /^\s*(?:(?:info|informasi|kabar|berita|pesan|pengumuman|status|sms|broadcast|bc|share|diteruskan|diterusno|diteruske|forwardan|copas|ini|dari|dr|saka|soko|from)\s+)(?:[^:\n]{0,50}?\b)(?:grup|group|grp|gc|wa|wag|whatsapp|fb|facebook|ig|instagram|tiktok|twitter|status|sms|rt|rw|pkk|kampung|desa|kelurahan|keluarga|alumni|tetangga|sekolah|masjid|arisan|hp|medsos|channel|saluran|neighbou?rhood|family|chat)\b[^:\n]{0,30}:\s*/iu;
/** Cheap first look: a label is short, starts the message, and ends with a colon. */
const MAY_LABEL = /^[^:\n]{0,80}:/u;

/** `text` without the forwarding marks and a pasted text's source label; the same string when it has none (most messages: cheap tests). */
export function withoutForwardMark(text: string): string {
  const unlabelled = MAY_LABEL.test(text) ? withoutSourceLabel(text) : text;
  if (!/f(?:w|orward)|diteruskan/i.test(unlabelled)) return unlabelled;
  return unlabelled.replace(FORWARD_MARK, (mark) => (mark.startsWith('\n') ? '\n' : ''));
}

/** The text after a source label, when something is left to read. */
function withoutSourceLabel(text: string): string {
  const label = SOURCE_LABEL.exec(text);
  if (label === null) return text;
  const rest = text.slice(label[0].length);
  return /[\p{L}\p{N}]/u.test(rest) ? rest : text;
}
