/**
 * Entries ordered by due time (`at`, epoch ms), as a binary min-heap: insert O(log n), take
 * everything due in O(due · log n). Shared by reminders and announcement retries, which both
 * must not scan all pending work on every tick.
 *
 * A heap, not a sorted array: at 100k upcoming bookings (200k reminders) each sorted insert
 * moved ~1.6 MB with `splice`, ~0.1–0.2 ms per booking, which made 1,000 simultaneous bookings
 * stall the event loop (issue 13 item 4). Entries with equal `at` come out in insertion order.
 */
interface Slot<T> {
  readonly entry: T;
  readonly at: number;
  readonly order: number;
}

const before = <T>(a: Slot<T>, b: Slot<T>): boolean => a.at < b.at || (a.at === b.at && a.order < b.order);

export class DueQueue<T extends { readonly at: number }> {
  #heap: Slot<T>[] = [];
  #order = 0;

  get length(): number {
    return this.#heap.length;
  }

  /** The earliest due time, if any. */
  get next(): number | undefined {
    return this.#heap[0]?.at;
  }

  /** Loads many entries at once in O(n) (no argument spreading: ~140k would throw RangeError). */
  load(entries: Iterable<T>): void {
    for (const entry of entries) this.#heap.push({ entry, at: entry.at, order: this.#order++ });
    this.#heapify();
  }

  insert(entry: T): void {
    this.#heap.push({ entry, at: entry.at, order: this.#order++ });
    this.#up(this.#heap.length - 1);
  }

  /** Removes and returns every entry due at `now`, earliest first. */
  takeDue(now: number): T[] {
    const due: T[] = [];
    while (this.#heap.length > 0 && this.#heap[0]!.at <= now) due.push(this.#pop());
    return due;
  }

  /** Drops the entries `keep` rejects. */
  retain(keep: (entry: T) => boolean): void {
    this.#heap = this.#heap.filter((slot) => keep(slot.entry));
    this.#heapify();
  }

  #pop(): T {
    const top = this.#heap[0]!;
    const last = this.#heap.pop()!;
    if (this.#heap.length > 0) {
      this.#heap[0] = last;
      this.#down(0);
    }
    return top.entry;
  }

  #heapify(): void {
    for (let i = (this.#heap.length >>> 1) - 1; i >= 0; i--) this.#down(i);
  }

  #up(index: number): void {
    const heap = this.#heap;
    const slot = heap[index]!;
    while (index > 0) {
      const parent = (index - 1) >>> 1;
      if (!before(slot, heap[parent]!)) break;
      heap[index] = heap[parent]!;
      index = parent;
    }
    heap[index] = slot;
  }

  #down(index: number): void {
    const heap = this.#heap;
    const slot = heap[index]!;
    for (;;) {
      let child = 2 * index + 1;
      if (child >= heap.length) break;
      if (child + 1 < heap.length && before(heap[child + 1]!, heap[child]!)) child++;
      if (!before(heap[child]!, slot)) break;
      heap[index] = heap[child]!;
      index = child;
    }
    heap[index] = slot;
  }
}
