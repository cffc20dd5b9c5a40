/**
 * An explicit signal instead of polling (issue 16 item 4): every fake calls `changed()` right after
 * it records something a test may wait for (a log line, a sent message, an API call), and `until`
 * re-checks its predicate then. No timer decides when a condition is seen; the timeout only turns a
 * condition that never comes into a failure instead of a hang.
 */
import { EventEmitter } from 'node:events';

const changes = new EventEmitter().setMaxListeners(0);

/** Something a test may be waiting for just changed. */
export function changed(..._ignored: unknown[]): void {
  changes.emit('change');
}

/**
 * Resolves as soon as `predicate` holds (checked now and after every `changed()`); rejects after
 * `timeoutMs`. The default is generous on purpose: it only bounds a hang, and a shorter one
 * failed tests on a loaded machine (2 cores, 8 test runs) that were merely slow, not wrong.
 */
export function until(predicate: () => boolean, timeoutMs = 20_000): Promise<void> {
  if (predicate()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (!predicate()) return;
      stop();
      resolve();
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`condition not met within ${timeoutMs} ms`));
    }, timeoutMs);
    const stop = (): void => {
      clearTimeout(timer);
      changes.off('change', check);
    };
    changes.on('change', check);
  });
}
