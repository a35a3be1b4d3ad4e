import { describe, expect, it } from 'vitest';
import { claim, hasStarted, newClock, runningId, runningNs, stampDone, stampStart } from '../../src/batch/clock.js';

describe('the shared clock of a pool worker', () => {
  const origin = process.hrtime.bigint();

  it('names the running document and for how long it has run, and nothing once it is finished', () => {
    const clock = newClock();
    expect(hasStarted(clock)).toBe(false);
    expect(runningId(clock)).toBeNull();
    stampStart(clock, origin, 7);
    expect(hasStarted(clock)).toBe(true);
    expect(runningId(clock)).toBe(7);
    const ns = runningNs(clock, origin);
    expect(ns).toBeGreaterThanOrEqual(0n);
    expect(ns).toBeLessThan(1_000_000_000n);
    stampDone(clock, 7);
    expect(runningId(clock)).toBeNull();
    expect(hasStarted(clock)).toBe(true);
  });

  it('lets exactly one of the end and the claim win', () => {
    const finished = newClock();
    stampStart(finished, origin, 1);
    stampDone(finished, 1);
    expect(claim(finished, 1)).toBe(false);

    const claimed = newClock();
    stampStart(claimed, origin, 2);
    expect(claim(claimed, 2)).toBe(true);
    stampDone(claimed, 2);
    // Still the watchdog's: the end came too late to undo the claim, and nothing runs.
    expect(claim(claimed, 2)).toBe(false);
    expect(runningId(claimed)).toBeNull();

    const moved = newClock();
    stampStart(moved, origin, 3);
    stampDone(moved, 3);
    stampStart(moved, origin, 4);
    expect(claim(moved, 3)).toBe(false);
    expect(runningId(moved)).toBe(4);
  });
});
