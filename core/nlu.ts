/**
 * What the engine needs from language understanding. `intents/` implements it on `natural`;
 * the engine never sees a tokenizer or a model.
 */

/** Intent names are a contract (`npm run classify`): extend, never rename. */
export const INTENT_NAMES = [
  'greeting',
  'thanks',
  'help',
  'list_services',
  'requirements',
  'procedure',
  'cost',
  'duration',
  'hours',
  'location',
  'book',
  'my_booking',
  'cancel',
  'reschedule',
  'complaint',
  'subscribe',
  'unsubscribe',
  'human',
  'fallback',
] as const;
export type IntentName = (typeof INTENT_NAMES)[number];

/**
 * The building's own facilities a citizen asks about ("toilet dimana", "ada ruang laktasi?", "parkir motor sebelah mana"):
 * the NLU names one, the MPP's settings say where it is (`facilities` in mpp.json). A contract like the intent names
 * (`npm run classify` prints it, mpp.json is validated against it): extend, never rename.
 */
export const FACILITY_IDS = [
  'toilet',
  'parking',
  'prayer_room',
  'lactation_room',
  'wheelchair',
  'canteen',
  'lift',
  'photocopy',
  'information_desk',
  'waiting_room',
] as const;
export type FacilityId = (typeof FACILITY_IDS)[number];

export interface ScoredIntent {
  readonly intent: IntentName;
  readonly score: number;
}

/**
 * A date the message named that no calendar has ("tgl 32", "30 februari", "29 februari" in a year without one):
 * the date reader finds no date in it, and the reply can say why rather than ask as if nothing was said.
 */
export interface ImpossibleDate {
  /** The day as said. */
  readonly day: number;
  /** 1–12 when a month was named, null for a bare "tanggal 32". */
  readonly month: number | null;
  /** The year the date would fall in, when only that year lacks it (29 February); null otherwise. */
  readonly year: number | null;
}

export interface Understanding {
  /** Normalised text the decision was made on (for logs and debugging). */
  readonly normalized: string;
  readonly intent: IntentName;
  /** 0..1; below the engine's comfort the `alternatives` drive a clarifying question. */
  readonly confidence: number;
  /** When the models are unsure: the two best in-scope guesses, best first. Empty otherwise. */
  readonly alternatives: readonly ScoredIntent[];
  /** Catalog service id, or null. */
  readonly service: string | null;
  /** Variant id within the service, or null when the message did not say. */
  readonly variant: string | null;
  /** `YYYY-MM-DD` in the MPP's time zone, or null. */
  readonly date: string | null;
  /** `HH:MM` in the MPP's time zone, or null. */
  readonly time: string | null;
  /** A booking code found in the text (e.g. `LY-7KQ2M`), upper-cased, or null. */
  readonly bookingCode: string | null;
  /** A bare number answer ("2"), for picking an option; null otherwise. */
  readonly number: number | null;
  /** The message is only an answer (yes / no) to a question, not a new request. */
  readonly yesNo: 'yes' | 'no' | null;
  /** Language the message was written in, as far as we can tell. */
  readonly lang: 'id' | 'en';
  /**
   * A place the catalog does not know, named in a clear frame ("kapan mpp madiun buka", "jam buka kantor
   * di baubau"): the intent comes from the frame, the reply can say it is not here. Null otherwise.
   */
  readonly unknownPlace: string | null;
  /** Same for an agency or office the catalog does not know ("taspen buka jam berapa", "pegadaian dimana"). */
  readonly unknownAgency: string | null;
  /** A day named that does not exist, when the message names no other date; absent or null otherwise. */
  readonly impossibleDate?: ImpossibleDate | null;
  /** One of the building's facilities the message asks about (FACILITY_IDS); absent or null otherwise. */
  readonly facility?: FacilityId | null;
  /**
   * `date` is counted from a holiday ("sehari sebelum nyepi", "senin setelah paskah"), not the holiday itself: the
   * question is about that day. Absent otherwise.
   */
  readonly dateCountedFromHoliday?: boolean;
  /**
   * The citizen asks whether this chat is the MPP's own, or who runs it ("ini akun resmi MPP bukan? takut penipuan"): the
   * help reply says whose it is and what it never asks for before what it can do. Absent otherwise.
   */
  readonly asksOfficial?: boolean;
  /**
   * Understood, and not ours: a topic of another business or office ("nomor antrian saya di bank BRI 88"), or a complaint about
   * one ("pelayanan rumah sakit lambat sekali"). The fallback reply says so instead of "I did not understand". Absent otherwise.
   */
  readonly outside?: 'topic' | 'grievance';
  /**
   * The message names the citizen's own booking or queue slot ("antrian saya", "bookingku", "my appointment", a relative's
   * booking): a question about it is about the booking held, not a request for a new slot, though it says "antrian". Read
   * with the booking family's intents (book, my_booking, cancel, reschedule); absent otherwise. The engine reads this flag
   * instead of the words: core does not know the languages' forms of "mine".
   */
  readonly ownBooking?: boolean;
  /**
   * A question about one's booking asks what happens when one is late ("kalau saya telat 15 menit antrian saya hangus ga?"): the
   * reply says what staff do with a number missed when called. Absent otherwise.
   */
  readonly asksLate?: boolean;
  /**
   * The words the understanding was read from, when the citizen took part of the message back in it ("ga jadi ke kk, ktp
   * aja. syaratnya apa?" is read as "ktp aja. syaratnya apa?"): the conversation reads the same words (several questions,
   * the day a booking moves to), not the part taken back. Absent when the whole message was read.
   */
  readonly read?: string;
}

/** An example staff filed for this MPP (`/belajar 3 cost paspor`): its text, as the citizen wrote it (masked). */
export interface LearnedExample {
  readonly text: string;
  readonly intent: IntentName;
}

/** A word staff filed as a name of a service at this MPP (a local programme, a regional document name). */
export interface LearnedSynonym {
  readonly word: string;
  readonly service: string;
}

/** Everything an MPP taught its NLU; kept in the data folder (`learned.json`), not in the code. */
export interface LearnedData {
  readonly examples: readonly LearnedExample[];
  readonly synonyms: readonly LearnedSynonym[];
}

export interface Nlu {
  /** Pure and synchronous: the same text and `now` always give the same result. */
  understand(text: string, now: Date): Understanding;
}

/** What a retrain did: accuracy on the built-in test set with and without what was learned. */
export type RetrainOutcome =
  | { readonly ok: true; readonly nlu: Nlu; readonly accuracy: number; readonly baseline: number }
  | { readonly ok: false; readonly accuracy: number; readonly baseline: number };

/** Builds a new `Nlu` from what an MPP learned (intents/trainer.ts implements it). */
export interface NluTrainer {
  /**
   * Trains on the built-in examples plus `learned` and checks intent accuracy on the built-in test set:
   * refused (`ok: false`) when it is more than one point below the built-in model's. Blocking (about a
   * second, nothing from the model cache): for start-up, before any message is answered.
   */
  retrainBlocking(learned: LearnedData): RetrainOutcome;
  /** The same without stopping the bot: the training runs off the event loop (a worker thread in production). */
  retrain(learned: LearnedData): Promise<RetrainOutcome>;
  /** Words of `text` no example and no catalog phrase knows: candidates for a service synonym. */
  unknownWords(text: string): string[];
}
