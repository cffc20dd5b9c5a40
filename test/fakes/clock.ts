import type { Clock } from '../../core/ports.js';

/** A clock that only moves when told to. */
export class FakeClock implements Clock {
  #now: number;

  constructor(iso: string) {
    this.#now = Date.parse(iso);
  }

  now(): Date {
    return new Date(this.#now);
  }

  set(iso: string): void {
    this.#now = Date.parse(iso);
  }

  advance(minutes: number): void {
    this.#now += minutes * 60_000;
  }
}
