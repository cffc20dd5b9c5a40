/**
 * Entries ordered by due time (`at`, epoch ms), as a binary min-heap: insert O(log n), take
 * everything due in O(due · log n). Shared by reminders and announcement retries, which both
 * must not scan all pending work on every tick.
 *
 * A heap, not a sorted array: at 100k upcoming bookings (200k reminders) each sorted insert
 * moved ~1.6 MB with `splice`, ~0.1–0.2 ms per booking, which made 1,000 simultaneous bookings
 * stall the event loop (issue 13 item 4). Entries with equal `at` come out in insertion order.
 */
export class DueQueue<T extends { readonly at: number }> {
  /**
   * The heap of entries, and beside it each one's insertion order (ties on `at` come out first
   * in, first out). Parallel arrays, not a wrapper object per entry: the reminder index loads
   * 200k entries at start-up, and 200k fewer objects is less to allocate and collect (issue 13).
   */
  #heap: T[] = [];
  #orders: number[] = [];
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
    for (const entry of entries) {
      this.#heap.push(entry);
      this.#orders.push(this.#order++);
    }
    this.#heapify();
  }

  insert(entry: T): void {
    this.#heap.push(entry);
    this.#orders.push(this.#order++);
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
    const heap: T[] = [];
    const orders: number[] = [];
    this.#heap.forEach((entry, i) => {
      if (!keep(entry)) return;
      heap.push(entry);
      orders.push(this.#orders[i]!);
    });
    this.#heap = heap;
    this.#orders = orders;
    this.#heapify();
  }

  /** Does the entry at `a` come out before the one at `b`? */
  #before(a: T, orderA: number, b: T, orderB: number): boolean {
    return a.at < b.at || (a.at === b.at && orderA < orderB);
  }

  #pop(): T {
    const top = this.#heap[0]!;
    const last = this.#heap.pop()!;
    const lastOrder = this.#orders.pop()!;
    if (this.#heap.length > 0) {
      this.#heap[0] = last;
      this.#orders[0] = lastOrder;
      this.#down(0);
    }
    return top;
  }

  #heapify(): void {
    for (let i = (this.#heap.length >>> 1) - 1; i >= 0; i--) this.#down(i);
  }

  #up(index: number): void {
    const heap = this.#heap;
    const orders = this.#orders;
    const entry = heap[index]!;
    const order = orders[index]!;
    while (index > 0) {
      const parent = (index - 1) >>> 1;
      if (!this.#before(entry, order, heap[parent]!, orders[parent]!)) break;
      heap[index] = heap[parent]!;
      orders[index] = orders[parent]!;
      index = parent;
    }
    heap[index] = entry;
    orders[index] = order;
  }

  #down(index: number): void {
    const heap = this.#heap;
    const orders = this.#orders;
    const entry = heap[index]!;
    const order = orders[index]!;
    for (;;) {
      let child = 2 * index + 1;
      if (child >= heap.length) break;
      if (child + 1 < heap.length && this.#before(heap[child + 1]!, orders[child + 1]!, heap[child]!, orders[child]!)) child++;
      if (!this.#before(heap[child]!, orders[child]!, entry, order)) break;
      heap[index] = heap[child]!;
      orders[index] = orders[child]!;
      index = child;
    }
    heap[index] = entry;
    orders[index] = order;
  }
}
