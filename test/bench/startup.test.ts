import { describe, expect, it } from 'vitest';

import { formatStartupBench, STARTUP_TARGETS, startupVerdicts } from '../../bench/startup.js';

const result = (rssMb: number) => ({ firstReplyMs: 600, rssMb, rssTargetMiB: STARTUP_TARGETS.rssMiB, cpuMs: 650, coldFirstReplyMs: 1400, npmStartFirstReplyMs: 2000, runs: 5 });

describe('the start-up bench verdict (issue 14: ≤ 120 MB, measured in MiB)', () => {
  it('compares the MiB figure with 120 MB in MiB, 114.4, not with 120', () => {
    expect(STARTUP_TARGETS.rssMiB).toBe(114.4);
    expect(startupVerdicts(result(114.4)).rss).toBe(true);
    // 118 MiB is 123.7 MB: over the target, though under the number 120 the bench compared with before.
    expect(startupVerdicts(result(118)).rss).toBe(false);
  });

  it('says the unit of both sides in the printed line', () => {
    const line = formatStartupBench(result(118)).split('\n').find((l) => l.includes('peak RSS'));
    expect(line).toContain('118 MiB');
    expect(line).toContain('target ≤ 120 MB = 114.4 MiB: FAIL');
  });
});
