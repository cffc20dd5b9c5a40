/**
 * Entries ordered by due time (`at`, epoch ms): insert in O(log n) search + one splice, take
 * everything due in O(due). Shared by reminders and announcement retries, which both must not
 * scan all pending work on every tick.
 */
export class DueQueue<T extends { readonly at: number }> {
  readonly #entries: T[] = [];

  get length(): number {
    return this.#entries.length;
  }

  /** The earliest due time, if any. */
  get next(): number | undefined {
    return this.#entries[0]?.at;
  }

  /** Loads many entries at once: one sort instead of n insertions (O(n²) moves at 100k). */
  load(entries: Iterable<T>): void {
    // One by one, not push(...entries): spreading ~140k arguments throws RangeError (issue 13 item 4).
    for (const entry of entries) this.#entries.push(entry);
    this.#entries.sort((a, b) => a.at - b.at);
  }

  insert(entry: T): void {
    let lo = 0;
    let hi = this.#entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#entries[mid]!.at <= entry.at) lo = mid + 1;
      else hi = mid;
    }
    this.#entries.splice(lo, 0, entry);
  }

  /** Removes and returns every entry due at `now`, earliest first. */
  takeDue(now: number): T[] {
    let count = 0;
    while (count < this.#entries.length && this.#entries[count]!.at <= now) count++;
    return this.#entries.splice(0, count);
  }

  /** Drops the entries `keep` rejects. */
  retain(keep: (entry: T) => boolean): void {
    let kept = 0;
    for (const entry of this.#entries) if (keep(entry)) this.#entries[kept++] = entry;
    this.#entries.length = kept;
  }
}
