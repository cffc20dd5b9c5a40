/**
 * An errand this MPP does not do, asked for by its name (the settings' `notHere`): "What documents do I need for KITAS?" got
 * "For which service?" with our seventeen, "perpanjang kitas suami saya WNA" got "belum paham", and no answer said where stay
 * permits are done (session 47, a field test). Said plainly, with where to go.
 */
import { pick, tr } from '../i18n.js';
import type { IntentName } from '../nlu.js';
import type { Settings } from '../schema.js';
import { menuChoices } from './info-replies.js';
import type { Step, Understood } from './step.js';

/** Intents that keep their own answer though the errand is named: a complaint about it, a call for a person, courtesies. */
const KEPT: ReadonlySet<IntentName> = new Set(['complaint', 'human', 'greeting', 'thanks', 'unsubscribe', 'subscribe']);

export const notHereStep: Step<Understood> = ({ app, turn, u }) => {
  if (turn.session.pending || u.service !== null || KEPT.has(u.intent)) return null;
  const errand = errandNamed(app.settings, turn.text);
  if (!errand) return null;
  const { lang } = turn;
  return [
    {
      kind: 'answer',
      text: `${tr(lang, `${pick(errand.name, lang)} tidak dilayani di ${app.settings.name}.`, `${pick(errand.name, lang)}: not handled at ${app.settings.name}.`)} ${pick(errand.where, lang)}`,
      options: menuChoices(lang),
    },
  ];
};

function errandNamed(settings: Settings, text: string): Settings['notHere'][number] | undefined {
  const words = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  return settings.notHere.find((errand) => errand.words.some((w) => words.includes(` ${w.toLowerCase()} `)));
}
