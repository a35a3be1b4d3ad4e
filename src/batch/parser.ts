/** What the batch runner parses with: the worker pool (pool.ts) or the calling thread. */
import type { ParseTask, TaskResult } from './task.js';

export interface Parser {
  parse(task: ParseTask): Promise<TaskResult>;
  close(): Promise<void>;
  readonly concurrency: number;
}

/** Parses on the calling thread: for one document, where starting workers would cost more than it saves. */
export function inProcessParser(): Parser {
  let engine: Promise<typeof import('./engine.js')> | undefined;
  return {
    parse: async (task) => (await (engine ??= import('./engine.js'))).runTask(task),
    close: async () => {},
    concurrency: 1,
  };
}
