/**
 * CPU time of the calling thread, in µs. An event-loop stall is the main thread's: on Linux,
 * `/proc/thread-self/schedstat` gives that thread's time on a CPU in ns. Elsewhere, process CPU
 * (`process.cpuUsage`), which also counts GC helper, compiler and threadpool threads. Node 20
 * has no `process.threadCpuUsage` (added in Node 23.9).
 */
import fs from 'node:fs';

const SCHEDSTAT = '/proc/thread-self/schedstat';
const perThread = process.platform === 'linux' && fs.existsSync(SCHEDSTAT);

export const threadCpuIsOwn = perThread;

export function threadCpuUs(): number {
  if (perThread) return Number(fs.readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1000;
  const { user, system } = process.cpuUsage();
  return user + system;
}
