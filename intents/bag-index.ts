/**
 * A cheap necessary condition for "this bag of features is a memorised example" (index.ts `recall`), so most
 * messages skip building the sorted bag key (issue 11, throughput: sort + join was ~3 % of a message).
 * Each feature of a memorised bag gets a fixed pseudo-random 32-bit number; a bag's fingerprint is its size
 * and the sum of its features' numbers (mod 2^32), which does not depend on their order. Equal bags have
 * equal fingerprints, so a message whose fingerprint no memorised bag has, or with a feature no memorised bag
 * has, is no memorised bag: `recall` answers undefined for it with or without this check.
 */
export class BagIndex {
  readonly #ids = new Map<string, number>();
  readonly #fingerprints = new Set<number>();

  /** @param keys memorised bag keys: features sorted and joined by one space (index.ts `bagKey`). */
  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      const features = key.split(' ');
      for (const f of features) if (!this.#ids.has(f)) this.#ids.set(f, mix(this.#ids.size + 1));
      const fingerprint = this.#fingerprint(features);
      if (fingerprint !== null) this.#fingerprints.add(fingerprint);
    }
  }

  /** False only when `features` is certainly no memorised bag. */
  mayHold(features: readonly string[]): boolean {
    const fingerprint = this.#fingerprint(features);
    return fingerprint !== null && this.#fingerprints.has(fingerprint);
  }

  #fingerprint(features: readonly string[]): number | null {
    let sum = 0;
    for (const f of features) {
      const id = this.#ids.get(f);
      if (id === undefined) return null;
      sum = (sum + id) >>> 0;
    }
    // Size times 2^32 plus the sum: exact in a double for any bag under 2^21 features.
    return features.length * 4_294_967_296 + sum;
  }
}

/** A well-spread 32-bit number for a small counter (the murmur3 finaliser). */
function mix(n: number): number {
  let h = Math.imul(n ^ (n >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
