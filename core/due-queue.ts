/**
 * Values ordered by due time (`at`, epoch ms), as a binary min-heap: insert O(log n), take
 * everything due in O(due · log n). Shared by reminders and announcement retries, which both
 * must not scan all pending work on every tick.
 *
 * A heap, not a sorted array: at 100k upcoming bookings (200k reminders) each sorted insert
 * moved ~1.6 MB with `splice`, ~0.1–0.2 ms per booking, which made 1,000 simultaneous bookings
 * stall the event loop (issue 13 item 4). Entries with equal `at` come out in insertion order.
 */
export interface DueEntry<V> {
  readonly at: number;
  readonly value: V;
}

export class DueQueue<V> {
  /**
   * The heap as parallel arrays: due times, values, insertion order (ties come out first in,
   * first out). No object per entry: the reminder index holds 200k entries from start-up on,
   * and `at` in a number array is stored unboxed, where `{ at, … }` cost an object and a heap
   * number each, all marked by every major GC (issue 13: GC pauses were the booking tail).
   */
  #ats: number[] = [];
  #values: V[] = [];
  #orders: number[] = [];
  #order = 0;

  get length(): number {
    return this.#ats.length;
  }

  /** The earliest due time, if any. */
  get next(): number | undefined {
    return this.#ats[0];
  }

  /** Loads many entries at once in O(n) (no argument spreading: ~140k would throw RangeError). */
  load(ats: readonly number[], values: readonly V[]): void {
    for (let i = 0; i < ats.length; i++) {
      this.#ats.push(ats[i]!);
      this.#values.push(values[i]!);
      this.#orders.push(this.#order++);
    }
    this.#heapify();
  }

  insert(at: number, value: V): void {
    this.#ats.push(at);
    this.#values.push(value);
    this.#orders.push(this.#order++);
    this.#up(this.#ats.length - 1);
  }

  /** Removes and returns every entry due at `now`, earliest first. */
  takeDue(now: number): DueEntry<V>[] {
    const due: DueEntry<V>[] = [];
    while (this.#ats.length > 0 && this.#ats[0]! <= now) due.push(this.#pop());
    return due;
  }

  /** Drops the entries `keep` rejects. */
  retain(keep: (value: V, at: number) => boolean): void {
    const ats = this.#ats;
    const values = this.#values;
    const orders = this.#orders;
    this.#ats = [];
    this.#values = [];
    this.#orders = [];
    for (let i = 0; i < ats.length; i++) {
      if (!keep(values[i]!, ats[i]!)) continue;
      this.#ats.push(ats[i]!);
      this.#values.push(values[i]!);
      this.#orders.push(orders[i]!);
    }
    this.#heapify();
  }

  /** Does entry `a` come out before entry `b`? */
  #before(a: number, b: number): boolean {
    const ats = this.#ats;
    return ats[a]! < ats[b]! || (ats[a] === ats[b] && this.#orders[a]! < this.#orders[b]!);
  }

  /** Plain temporaries, no destructuring: this runs ~3M times while 200k reminders are heapified. */
  #swap(a: number, b: number): void {
    const ats = this.#ats;
    const values = this.#values;
    const orders = this.#orders;
    const at = ats[a]!;
    const value = values[a]!;
    const order = orders[a]!;
    ats[a] = ats[b]!;
    values[a] = values[b]!;
    orders[a] = orders[b]!;
    ats[b] = at;
    values[b] = value;
    orders[b] = order;
  }

  #pop(): DueEntry<V> {
    const top = { at: this.#ats[0]!, value: this.#values[0]! };
    const last = this.#ats.length - 1;
    this.#swap(0, last);
    this.#ats.pop();
    this.#values.pop();
    this.#orders.pop();
    if (last > 0) this.#down(0);
    return top;
  }

  #heapify(): void {
    for (let i = (this.#ats.length >>> 1) - 1; i >= 0; i--) this.#down(i);
  }

  #up(index: number): void {
    while (index > 0) {
      const parent = (index - 1) >>> 1;
      if (!this.#before(index, parent)) break;
      this.#swap(index, parent);
      index = parent;
    }
  }

  #down(index: number): void {
    for (;;) {
      let child = 2 * index + 1;
      if (child >= this.#ats.length) break;
      if (child + 1 < this.#ats.length && this.#before(child + 1, child)) child++;
      if (!this.#before(child, index)) break;
      this.#swap(index, child);
      index = child;
    }
  }
}
