/**
 * A service's name that names something else in this message (issue 11, session 8, dev sets 8 and 9 out of scope):
 * "harga mobil kia sonet bekas" (KIA the car maker, not the child's identity card), "sim card xl kok ga ada sinyal"
 * (a phone's SIM, not the driving licence), "pbb itu organisasi apa" (the United Nations, not the land tax), "pindah
 * rumah enaknya pake jasa angkut apa" (a removal firm, not the change of address), "ucapan selamat menikah buat temen"
 * (a card's wording, not the marriage registration). The gazetteer finds the service and the gate lets a named service
 * through whatever else the message says, so other-domain.ts's per-word list would have to hold these words for every
 * service; they only mean another thing beside this one service ("mobil" is a samsat word, "kartu" a ktp word).
 *
 * Per service, words (as written) that give its name the other sense. Reviewed by hand, each with no sense in that
 * service's errand: a car model or a dealer beside KIA; a card, a signal or a phone carrier beside SIM; the UN's organs
 * beside PBB; a removal firm beside moving house; greetings, gifts and invitations beside a wedding.
 */
import { AGENCY_MARKERS, AGENCY_NAMES } from './elsewhere.js';
import type { Analysis } from './pipeline.js';
import { DOMAINS } from './topic-domain.js';

const OTHER_SENSE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    kia: 'mobil sonet seltos carens carnival picanto sportage sorento rio dealer showroom',
    sim: 'card simcard sinyal signal pulsa kuota provider telkomsel indosat xl axis smartfren im3 byu esim',
    pbb: 'organisasi perserikatan bangsa sekjen dewan keamanan unicef unesco perdamaian gabung sidang majelis resolusi',
    pindah: 'angkut ekspedisi movers',
    nikah: 'ucapan kado undangan prewed prewedding seserahan dekorasi souvenir pesta party reception venue',
  }).map(([service, words]) => [service, new Set(words.split(' '))]),
);

/**
 * A phone's SIM card and its carrier, with or without the service found ("sim card" is no licence to the gazetteer, yet
 * "sim" stays a word of our examples): "sim card xl kok ga ada sinyal" was a complaint, its "ga ada" a facility missing.
 */
const PHONE = new Set(['simcard', 'sinyal', 'signal', 'pulsa', 'telkomsel', 'indosat', 'smartfren', 'provider', 'esim']);
/**
 * Only for a licence or no service, and away from the MPP: "wifinya mati, sinyal juga ilang di dalem gedung" judges our
 * building, "bayar pajak motor pake aplikasi Signal Samsat" names the samsat's app (dev sets 7 and 8).
 */
/** Phone and home-internet carriers (topic-domain.ts). */
const CARRIERS: ReadonlySet<string> = new Set(DOMAINS.carriers.words.split(' '));
const AT_THE_MPP = new Set(['mpp', 'mal', 'gedung', 'wifi', 'wifinya', 'ruang', 'lantai']);
const atTheMpp = ([w, stem]: readonly [string, string]): boolean => AT_THE_MPP.has(w) || AGENCY_NAMES.has(w) || AGENCY_MARKERS.has(w) || AGENCY_MARKERS.has(stem);

/** The word that gives the named service's name another sense, or null. */
export function serviceHomonym(a: Analysis): string | null {
  // A phone carrier by name gives any service its phone sense (session 9: "pindah provider dari xl ke telkomsel" is porting a number).
  const phone = a.service === null || a.service === 'sim' ? a.words.find(([w], i) => PHONE.has(w) || CARRIERS.has(w) || (w === 'card' && a.words[i - 1]?.[0] === 'sim')) : a.words.find(([w]) => CARRIERS.has(w));
  if (phone !== undefined && !a.words.some(atTheMpp)) return phone[0];
  const words = a.service === null ? undefined : OTHER_SENSE.get(a.service);
  if (words === undefined) return null;
  return a.words.find(([w]) => words.has(w))?.[0] ?? null;
}
