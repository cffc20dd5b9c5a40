import type { Localized } from './schema.js';
import type { Lang } from './types.js';

/** Picks the Indonesian or English wording. Strings stay next to the logic that uses them. */
export const tr = (lang: Lang, id: string, en: string): string => (lang === 'en' ? en : id);

/** Text from a data file in the citizen's language. */
export const pick = (text: Localized, lang: Lang): string => text[lang];
