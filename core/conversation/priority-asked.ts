/**
 * Priority for the elderly, the disabled, pregnant women and small children (UU 25/2009 Pasal 29: public services give them
 * special treatment). "apakah ada layanan prioritas untuk lansia?" got "Prioritas tidak ada di MPP" (an unknown name), "ada loket
 * khusus lansia?" "Khusus Lansia tidak ada", and one such question opened a complaint (session 47, a field test of an elderly
 * man). Said plainly, with where to ask on arrival and the wheelchair the settings list.
 */
import { pick, tr } from '../i18n.js';
import type { Step, Understood } from './step.js';

/** Who: the groups the law names, as chat says them. */
const WHO = /\b(?:lansia|lanjut usia|manula|orang tua|sudah tua|sepuh|disabilitas|difabel|penyandang|tuna ?netra|tuna ?rungu|kursi roda|hamil|ibu hamil|bumil|bayi|balita|elderly|disabled|disability|pregnant|wheelchair)\b/i;
/** Asked, not told: a question mark, or a question's first word. */
const ASKS = /\?|^\s*(?:apakah|apa|ada|bisa|boleh|gimana|bagaimana|is|are|do|does|can)\b/i;
/** What: being served first or apart. */
const FIRST = /\b(?:prioritas|priority|didahulukan|duluan|khusus|jalur khusus|loket khusus|tidak kuat|ga kuat|gak kuat|nggak kuat|sulit berdiri|tidak bisa antre|tak kuat|susah antre|antre lama|antri lama|skip the queue|served first)\b/i;

export const priorityAskedStep: Step<Understood> = ({ app, turn, u }) => {
  // A grievance about it ("tidak ada prioritas untuk lansia, kecewa") stays a complaint; a question stays a question, though the
  // models read the elderly man's "sudah sulit berdiri lama" as one.
  const asks = ASKS.test(turn.text);
  if (turn.session.pending || (u.intent === 'complaint' && !asks) || !WHO.test(turn.text) || !FIRST.test(turn.text)) return null;
  const { lang } = turn;
  const desk = app.settings.facilities.find((f) => f.id === 'information_desk');
  const chair = app.settings.facilities.find((f) => f.id === 'wheelchair');
  const where = desk ? tr(lang, ` Sampaikan ke meja informasi saat tiba (${pick(desk.where, lang)}).`, ` Tell the information desk when you arrive (${pick(desk.where, lang)}).`) : '';
  const wheelchair = chair ? tr(lang, ` Kursi roda: ${pick(chair.where, lang)}.`, ` Wheelchair: ${pick(chair.where, lang)}.`) : '';
  return [
    {
      kind: 'answer',
      text: `${tr(
        lang,
        `Ya. Lansia, penyandang disabilitas, ibu hamil dan anak-anak berhak mendapat pelayanan khusus, termasuk didahulukan (UU 25/2009 tentang Pelayanan Publik, Pasal 29).`,
        `Yes. The elderly, people with disabilities, pregnant women and children are entitled to special treatment, including being served first (Law 25/2009 on Public Services, Article 29).`,
      )}${where}${wheelchair} ${tr(lang, 'Booking tetap bisa dibuat seperti biasa, misalnya "booking ktp besok jam 9".', 'You can still book as usual, e.g. "book ktp tomorrow at 9".')}`,
    },
  ];
};
