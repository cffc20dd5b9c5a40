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

/** `text` without the forwarding marks; the same string when it has none (most messages: one cheap test). */
export function withoutForwardMark(text: string): string {
  if (!/f(?:w|orward)|diteruskan/i.test(text)) return text;
  return text.replace(FORWARD_MARK, (mark) => (mark.startsWith('\n') ? '\n' : ''));
}
