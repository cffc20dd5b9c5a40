/**
 * Text from citizens (and staff) is inert before it is stored or printed (issue 13 item 11):
 * terminal escape sequences (ANSI CSI, OSC such as hyperlinks and window titles), other control
 * characters and bidi overrides are removed, so a name or a complaint cannot recolour an
 * operator's terminal, hide text, or reorder a staff card. `inertLine` also folds newlines, for
 * fields shown on one line of a card ("Isi: …"), so a complaint cannot forge "Pelapor:" lines.
 */

/**
 * ESC- and C1-introduced sequences, after ansi-regex (chalk/ansi-regex, MIT) which Node's own
 * `util.stripVTControlCharacters` uses: CSI `ESC [ … final`, OSC `ESC ] … (BEL | ESC \)`, and the
 * two-byte escapes. Kept here because core/ imports no platform module.
 */
const ESCAPES = new RegExp(
  [
    '(?:\\u001B\\]|\\u009D)[^\\u0007\\u001B\\u009C]*(?:\\u0007|\\u001B\\\\|\\u009C)?', // OSC
    '(?:\\u001B\\[|\\u009B)[\\u0030-\\u003F]*[\\u0020-\\u002F]*[\\u0040-\\u007E]?', // CSI
    '\\u001B[PX^_][^\\u001B\\u009C]*(?:\\u001B\\\\|\\u009C)?', // DCS, SOS, PM, APC strings
    '\\u001B[\\u0020-\\u002F]*[\\u0030-\\u007E]?', // two-byte escapes (and a lone ESC)
  ].join('|'),
  'g',
);
/** C0 and C1 controls except tab and newline, which are normalised separately. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** Bidi embeddings, overrides and isolates, directional marks, and invisible separators. */
const INVISIBLE = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** Free text (a complaint story, a staff answer): escapes and controls gone, newlines kept (at most two in a row). */
export function inertText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(ESCAPES, '')
    .replace(CONTROLS, '')
    .replace(INVISIBLE, '')
    .replace(/\t/g, ' ')
    .replace(/\n{3,}/g, '\n\n');
}

/** A single-line field (a name, a complaint in a card, a relayed chat line): also no newlines, spaces collapsed. */
export function inertLine(text: string): string {
  return inertText(text).replace(/\s+/g, ' ').trim();
}
