/** Drives the simulator in-process, the way `npm run simulate` does, and collects its lines. */
import type { UserKey } from '../../core/types.js';
import { type SimLine, Simulator, type SimulatorOptions } from '../../scripts/simulator.js';

export async function simulation(options: Omit<Partial<SimulatorOptions>, 'now'> & { now: string }) {
  const lines: SimLine[] = [];
  const sim = await Simulator.create({ ...options, now: new Date(options.now) }, (line) => lines.push(line));
  const since = (mark: number) => lines.slice(mark);
  return {
    sim,
    lines,
    /** Sends one message and returns the lines it produced (replies and any alerts). */
    async say(from: UserKey, text: string): Promise<SimLine[]> {
      const mark = lines.length;
      await sim.handle({ from, text });
      return since(mark);
    },
    async advance(span: string): Promise<SimLine[]> {
      const mark = lines.length;
      await sim.advance(span);
      return since(mark);
    },
  };
}
