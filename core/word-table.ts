/**
 * A table looked up by what somebody typed. A plain object literal inherits `constructor`, `__proto__` and the rest of
 * Object.prototype, so `SLANG['constructor']` was a function, and a citizen who wrote "constructor" got "Maaf, terjadi
 * gangguan" (session 45). Without a prototype, a word the table does not hold is `undefined`, as every caller expects.
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
