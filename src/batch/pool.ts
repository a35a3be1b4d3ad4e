/**
 * The worker pool (piscina). Reading and writing stay on the main thread; parsing runs here.
 * A task over its time budget is aborted: piscina terminates that worker and starts a new one.
 */
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

/** Starts the pool; piscina is loaded only here, so one-document runs never pay for it. */
export async function poolParser(threads: number, timeoutMs: number): Promise<Parser> {
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
    maxQueue: 'auto',
    // A small young generation: a document's garbage is collected often and cheaply instead of
    // letting each worker's new space grow to 32 MB (measured: peak RSS of 2 workers over 2000
    // documents 300 -> 216 MB with bin's --heap-growing-percent, CPU unchanged). No cap on the
    // old generation: a large document (--max-bytes allows 50 MB) must not run out of memory.
    resourceLimits: { maxYoungGenerationSizeMb: 4 },
  });
  // At most one task per thread is handed to piscina, so a task's time budget starts when a
  // worker is free for it, not while it waits in a queue.
  let running = 0;
  const waiting: (() => void)[] = [];
  const acquire = async () => {
    while (running >= threads) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
  };
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  return {
    concurrency: threads,
    async parse(task) {
      await acquire();
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        const transfer = task.bytes.byteOffset === 0 && task.bytes.byteLength === task.bytes.buffer.byteLength ? [task.bytes.buffer] : [];
        return (await pool.run(task, { signal: controller.signal, transferList: transfer as ArrayBuffer[] })) as TaskResult;
      } catch (e) {
        if (controller.signal.aborted) {
          return { ok: false, code: 'timeout', message: `parsing took longer than ${timeoutMs} ms (--timeout-ms); aborted` };
        }
        return { ok: false, code: 'internal', message: `worker failed: ${(e as Error)?.message ?? String(e)}` };
      } finally {
        clearTimeout(timer);
        release();
      }
    },
    async close() {
      await pool.destroy();
    },
  };
}
