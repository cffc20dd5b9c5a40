/** The Ya / Tidak options of every confirm question. */
import { tr } from '../i18n.js';
import type { Choice } from '../session.js';
import type { Lang } from '../types.js';

export function yesNo(lang: Lang, yes: Choice['request'], no: Choice['request']): Choice[] {
  return [
    { label: tr(lang, 'Ya', 'Yes'), value: 'ya', request: yes },
    { label: tr(lang, 'Tidak', 'No'), value: 'tidak', request: no },
  ];
}
