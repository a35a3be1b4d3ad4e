/** Paths and run sizes shared by the reliability tests (no project import here, on purpose). */
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

/** fast-check runs per property: FUZZ_RUNS overrides (npm run fuzz sets 20000), times `share`. */
export function runs(defaultRuns: number, share = 1): number {
  const env = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(env) && env > 0 ? Math.max(1, Math.round(env * share)) : defaultRuns;
}

/** True under `npm run fuzz` (FUZZ_RUNS set): the long runs may use bigger inputs and more time. */
export const LONG_RUN = Number(process.env.FUZZ_RUNS) > 0;
