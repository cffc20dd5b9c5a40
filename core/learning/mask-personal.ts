/**
 * Personal data out of a message before it is kept for learning (issue 11): NIKs and phone numbers
 * (core/mask.ts), and names. A chatbot cannot recognise every name, so it removes the ones it can know
 * about: the names this citizen gave us (profile, bookings), and whatever follows the phrases people use
 * to introduce a name ("nama saya …", "atas nama …", "a.n. …", "my name is …").
 */
import { maskText } from '../mask.js';

export const NAME_MASK = '[nama]';

// Up to three words after an introduction, stopping at a comma, a digit or a common function word.
const INTRODUCED =
  /\b(nama\s+(?:saya|aku|sy|ku|anak\s+saya|ibu\s+saya|bapak\s+saya)(?:\s+adalah)?|atas\s+nama|a\.?\s?n\.|my\s+name\s+is|i\s+am|saya\s+bernama)\s+((?:(?!(?:mau|ingin|dan|untuk|yang|dari|di|ke|tinggal|umur|usia|lahir)\b)[A-Za-z'.-]+\s*){1,3})/gi;

/** `text` with NIKs, phone numbers and names masked; `knownNames` are names this user gave before. */
export function maskPersonal(text: string, knownNames: readonly string[]): string {
  let masked = maskText(text).replace(/\b\d{10,}\b/g, (m) => `${m.slice(0, 2)}${'*'.repeat(m.length - 2)}`);
  masked = masked.replace(INTRODUCED, (_m, intro: string) => `${intro} ${NAME_MASK} `).replace(/\s+$/, '');
  for (const name of knownNames) {
    for (const part of name.split(/\s+/).filter((p) => p.length >= 3)) {
      masked = masked.replace(new RegExp(`\\b${escape(part)}\\b`, 'gi'), NAME_MASK);
    }
  }
  return masked;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
