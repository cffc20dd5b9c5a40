/**
 * A lowdb `Adapter` for whole-file JSON that fixes stock `JSONFile`'s two problems
 * (see docs/notes/store.md §1, §4):
 * - cost: stock stringifies (pretty) on every `write()` call, so N concurrent writes cost N
 *   full stringifies for ~2 disk writes. Here concurrent calls coalesce and the data is
 *   stringified (compact) once per physical write, when that write starts;
 * - durability: stock never fsyncs, so power loss can roll back or empty an acknowledged file.
 *   Here: write temp → fsync(temp) → rename → fsync(dir).
 */
import { open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';

import type { Adapter } from 'lowdb';

import { syncDir } from './jsonl.js';

interface Waiter {
  resolve(): void;
  reject(error: unknown): void;
}

export class FsyncJsonFile<T> implements Adapter<T> {
  readonly #file: string;
  readonly #temp: string;
  /** Newest data not yet picked up by a physical write, and everyone waiting for it. */
  #next: { data: T; waiters: Waiter[] } | undefined;
  #busy = false;
  /** Bytes of the last file written or read, for callers that size things by it. */
  bytes = 0;

  constructor(file: string) {
    this.#file = file;
    this.#temp = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
  }

  /** Null when the file does not exist; a `SyntaxError` when it is not valid JSON. */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.#file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    this.bytes = Buffer.byteLength(text);
    return JSON.parse(text) as T;
  }

  /** Resolves once a file holding `data` (or newer data) is durably in place. */
  write(data: T): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.#next) {
        // A write is queued already: it will carry this newer data too, stringified once.
        this.#next.data = data;
        this.#next.waiters.push({ resolve, reject });
      } else {
        this.#next = { data, waiters: [{ resolve, reject }] };
      }
      if (!this.#busy) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#busy = true;
    while (this.#next) {
      const { data, waiters } = this.#next;
      this.#next = undefined;
      try {
        // Stringified here, synchronously at the start of the physical write: the first write
        // captures the data as it is at the `write()` call.
        await this.#writeText(JSON.stringify(data));
        for (const waiter of waiters) waiter.resolve();
      } catch (error) {
        for (const waiter of waiters) waiter.reject(error);
      }
    }
    this.#busy = false;
  }

  async #writeText(text: string): Promise<void> {
    const buffer = Buffer.from(text);
    const handle = await open(this.#temp, 'w');
    try {
      await handle.writeFile(buffer);
      // fsync before rename: otherwise power loss can persist the rename but not the data,
      // leaving an empty or NUL-filled file where a good one used to be.
      await handle.sync();
    } finally {
      await handle.close();
    }
    // rename is atomic: readers and restarts see the old file or the new one, never a mix.
    await rename(this.#temp, this.#file);
    // fsync the directory so the rename itself survives power loss (else the old file returns).
    await syncDir(path.dirname(this.#file));
    this.bytes = buffer.length;
  }
}
