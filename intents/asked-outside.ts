/**
 * A letter whose questions are all about something that is not ours (session 15, dev set 50: out-of-scope letters from older
 * citizens). "Assalamualaikum. Saya Ibu Sitti … Ibu mertua saya sakit keras di kampung. Bagaimana cara memesan ambulans …?",
 * "… Kapan jadwal imunisasi campak di posyandu kelurahan kami bulan ini?", "… Berapa besaran zakat fitrah tahun ini …?":
 * the whole letter passed the gate on its greetings, its story and its question word, and its questions voted for
 * procedure, my_booking, cost. Each question read alone as a message is rejected, and names a thing no in-scope example
 * has (ambulans, posyandu, zakat): it asks about that thing. An in-scope letter's question rejected alone ("Could you
 * please cancel it for me?", long-message.ts rejectedQuestion) asks about its story with a pronoun, and names nothing new.
 */
import type { IntentModel } from './classifier.js';
import { decide, THRESHOLDS } from './decide.js';
import { OUT_OF_SCOPE } from './decision.js';
import { facilityNamed } from './facilities.js';
import type { Letter } from './long-message.js';
import { questionFrame } from './question-frame.js';
import type { SentenceAnalyser } from './sentence-reader.js';
import { type TopicWords, unseenWord } from './topic-words.js';

/**
 * A question that names our MPP or asks one of our question frames (what to bring, what it costs) asks us, however new its
 * words: "Apakah MPP melayani pembuatan surat keterangan ahli waris?", "itu berapa biayanya?" (dev sets 18, 37, 48); so does one
 * about a facility of our building ("apakah ada ruang menyusui …?", facilities.ts).
 */
const OURS_NAMED = /\b(?:mpp|mal pelayanan|gedung ini|di sini)\b/;

/**
 * Every question of the letter is rejected alone and names something no in-scope example has; false without a question.
 * With `clauses`, the asking clauses of a message that runs on count as its questions.
 */
export function askedOutside(letter: Letter, analyzer: SentenceAnalyser, model: IntentModel, topic: TopicWords, now: Date, clauses = false): boolean {
  const questions = letter.sentences.filter((s) => s.question && (clauses || s.clause !== true));
  if (questions.length === 0) return false;
  return questions.every((s) => {
    const a = analyzer.analyse(s.text, now);
    if (a.service !== null || OURS_NAMED.test(a.normalized) || questionFrame(a.normalized) !== null || facilityNamed(a.normalized) !== null) return false;
    if (decide(a, model.score(a.features), model.labels, THRESHOLDS, false).intent !== OUT_OF_SCOPE) return false;
    return unseenWord(a, topic, { minLength: 3, skip: (_, stem) => topic.ours.has(stem) }) !== null;
  });
}
