/**
 * "toilet dimana", "ada ruang laktasi?", "parkir motor sebelah mana" (issue 11, session 15): where one of the building's
 * facilities is, from the MPP's settings (`facilities` in mpp.json). Before, the NLU read most of these as complaints or
 * out of scope, and the rest got the building's street address.
 *
 * A facility the settings do not list is not denied: the settings may simply not say. The citizen is pointed to the
 * information desk when the settings list one, and otherwise to the staff at the building and its phone.
 */
import type { App, Turn } from '../app.js';
import { pick, tr } from '../i18n.js';
import type { FacilityId } from '../nlu.js';
import type { Reply } from '../types.js';

/** Each facility's name, as a citizen says it, and its emoji. */
const FACILITY_NAMES: Readonly<Record<FacilityId, readonly [id: string, en: string, icon: string]>> = {
  toilet: ['Toilet', 'Toilets', '🚻'],
  parking: ['Parkir', 'Parking', '🅿️'],
  prayer_room: ['Musala', 'Prayer room', '🕌'],
  lactation_room: ['Ruang laktasi', 'Nursing room', '🍼'],
  wheelchair: ['Kursi roda', 'Wheelchairs', '♿'],
  canteen: ['Kantin', 'Canteen', '🍽️'],
  lift: ['Lift', 'Lift', '🛗'],
  photocopy: ['Fotokopi', 'Photocopying', '🖨️'],
  information_desk: ['Meja informasi', 'Information desk', 'ℹ️'],
  waiting_room: ['Ruang tunggu', 'Waiting room', '🪑'],
};

/** The facility's name in the citizen's language. */
export function facilityName(id: FacilityId, lang: 'id' | 'en'): string {
  const [nameId, nameEn] = FACILITY_NAMES[id];
  return tr(lang, nameId, nameEn);
}

/** Where `id` is in the building, what else to know, and the other facilities the settings list. */
export function facilityReply(app: App, turn: Turn, id: FacilityId): Reply {
  const { lang } = turn;
  const { settings } = app;
  const facilities = settings.facilities;
  const found = facilities.find((f) => f.id === id);
  const [, , icon] = FACILITY_NAMES[id];
  const name = facilityName(id, lang);
  const others = facilities.filter((f) => f.id !== id).map((f) => facilityName(f.id, lang).toLowerCase());
  const more = others.length > 0 ? `\n\n${tr(lang, 'Fasilitas lain', 'Other facilities')}: ${others.join(', ')}.` : '';
  if (found) {
    const note = found.note ? `\n${pick(found.note, lang)}` : '';
    const text = `${icon} ${tr(lang, `${name} di ${settings.name}`, `${name} at ${settings.name}`)}: ${pick(found.where, lang)}${note}${more}`;
    return { kind: 'answer', text };
  }
  const desk = facilities.find((f) => f.id === 'information_desk');
  const ask = desk
    ? tr(lang, `Silakan tanyakan di meja informasi (${pick(desk.where, lang)}).`, `Please ask at the information desk (${pick(desk.where, lang)}).`)
    : tr(lang, `Silakan tanyakan kepada petugas di ${settings.name}`, `Please ask the staff at ${settings.name}`) + (settings.phone ? ` (☎️ ${settings.phone}).` : '.');
  const text = `${tr(lang, `Saya belum punya info tentang ${name.toLowerCase()} di ${settings.name}.`, `I have no information about ${name.toLowerCase()} at ${settings.name} yet.`)} ${ask}${more}`;
  return { kind: 'answer', text };
}
