/** Types for speech.js, which the browser loads as it is (no build step) and the tests import. */
export function numberWords(n: number): string;
export function spokenCall(label: string, counter: string): string;
