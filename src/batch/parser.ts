/** What the batch runner parses with: the worker pool (pool.ts) or the calling thread. */
import { setFlagsFromString } from 'node:v8';
import type { ParseTask, TaskResult } from './task.js';

export interface Parser {
  parse(task: ParseTask): Promise<TaskResult>;
  close(): Promise<void>;
  readonly concurrency: number;
  /** Documents read into shared memory reach it without a copy (the pool: see pool.ts). */
  readonly sharedInput?: boolean;
}

/**
 * Up to this size, a document parsed alone (oneDocument) has its regular expressions compiled
 * without V8's regexp optimisations: a one-document run compiles some 150 patterns to machine
 * code and then runs most of them over a few kilobytes, so compiling them faster saves more
 * (about 4 ms of a ~150 ms cold run) than running them slower costs. On a big document the
 * optimised code (skipping ahead by first characters) is worth its compile time.
 */
const UNOPTIMISED_REGEXP_MAX_BYTES = 64 * 1024;

/**
 * Parses on the calling thread: for one document, where starting workers would cost more than it
 * saves. `oneDocument`: this parser parses a single document in this process (see above).
 */
export function inProcessParser(oneDocument = false): Parser {
  let engine: Promise<typeof import('./engine.js')> | undefined;
  return {
    parse: async (task) => {
      const { runTask } = await (engine ??= import('./engine.js'));
      if (!oneDocument || task.bytes.length > UNOPTIMISED_REGEXP_MAX_BYTES) return runTask(task);
      // Set after the engine is loaded (V8 refuses a code cache made under other flags) and
      // reset before anything else runs: only speed depends on it, never a match.
      setFlagsFromString('--no-regexp-optimization');
      try {
        return runTask(task);
      } finally {
        setFlagsFromString('--regexp-optimization');
      }
    },
    close: async () => {},
    concurrency: 1,
  };
}
