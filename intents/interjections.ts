/**
 * Interjections and hedges that judge nothing and name nothing: "aduh cape deh", "jujur nyesel dateng", Sundanese "asa" (it
 * feels: "asa teu dihargaan pisan" was put out of scope as a complaint about some "asa"; 23 of the 28 field messages with it are
 * complaints). Read by complaint-topic.ts (no topic) and name-frame.ts (no office's name: "waduh besok saya ada urusan, bisa
 * lusa?" was answered "Waduh tidak ada di MPP", session 43).
 */
export const INTERJECTIONS: ReadonlySet<string> = new Set(['aduh', 'duh', 'waduh', 'hadeh', 'hadeuh', 'astaga', 'astagfirullah', 'ampun', 'jujur', 'sumpah', 'beneran', 'serius', 'asa']);
