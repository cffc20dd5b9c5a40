/**
 * The longest stretch of CPU this process spent without letting a 5 ms timer run: the event-loop
 * stall the process causes itself. `monitorEventLoopDelay` measures wall time, which on a shared,
 * loaded machine (2 cores, load 10+) is mostly the OS running other processes; CPU time between
 * two timer turns is not. Counts every thread of the process (GC helpers too), so it errs high.
 */
export interface BusyMonitor {
  /** Stops sampling; the longest CPU stretch between two timer turns, in ms. */
  stop(): number;
}

export function monitorBusy(everyMs = 5): BusyMonitor {
  let last = process.cpuUsage();
  let max = 0;
  let timer: NodeJS.Timeout | undefined;
  const tick = (): void => {
    const now = process.cpuUsage();
    max = Math.max(max, (now.user - last.user + now.system - last.system) / 1000);
    last = now;
    timer = setTimeout(tick, everyMs);
  };
  timer = setTimeout(tick, everyMs);
  return {
    stop() {
      clearTimeout(timer);
      return max;
    },
  };
}
