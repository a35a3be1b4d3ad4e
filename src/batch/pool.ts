/**
 * The worker pool. Reading and writing stay on the main thread; parsing runs in worker threads.
 *
 * Each worker is handed up to PREFETCH documents at once, so that when it finishes one the next
 * is already waiting in its message queue: it never idles for a round trip through the main
 * thread. --timeout-ms counts from the moment a worker starts a document, never while it
 * waits: the worker stamps the document's id and start time in a shared clock (clock.ts: the
 * monotonic clock, and a finished document is never taken for a running one), and a watchdog
 * (one timer per worker, re-armed only when it fires) terminates a worker whose current
 * document is over its budget. That document becomes a timeout error; the ones queued behind
 * it go, in order, to the worker started in its place. A worker that dies (out of memory, say)
 * fails only the document it had started.
 *
 * The CLI loads this module (and worker_threads) only for a batch.
 */
import { availableParallelism } from 'node:os';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { claim, hasStarted, newClock, runningId, runningNs, type Clock } from './clock.js';
import type { Parser } from './parser.js';
import type { ParseTask, TaskResult } from './task.js';

/** What a worker gets at start: its clock (clock.ts) and the pool's start on the monotonic clock. */
export interface WorkerData {
  clock: Clock;
  origin: bigint;
}
export interface PoolRequest {
  id: number;
  task: ParseTask;
}
export interface PoolResponse {
  id: number;
  result: TaskResult;
}

/** Documents handed to one worker at a time: the one it parses and the next. */
export const PREFETCH = 2;

/** The longest delay setTimeout takes (a longer --timeout-ms is watched in steps of this). */
const MAX_DELAY = 2 ** 31 - 1;

/** What a document gets that the pool had not parsed when it was closed. */
const CLOSED = 'the worker pool was closed before the document was parsed';

interface Entry {
  id: number;
  task: ParseTask;
  resolve(result: TaskResult): void;
}

interface Slot {
  worker: Worker;
  clock: Clock;
  /** Posted to this worker and not answered yet, in the order posted (= the order it parses them). */
  posted: Entry[];
  timer: NodeJS.Timeout | null;
  /** Why the worker failed ('error' event), reported when it exits. */
  failure: string | null;
  dead: boolean;
}

/**
 * V8 optimises hot functions on background threads (TurboFan: about 2 s of CPU per worker over
 * the 2,000 bench files, most of it while the worker warms up). With a core to spare that is
 * free time; when the workers fill every core it only competes with them, and each of those
 * threads keeps its own malloc arena holding the compiler's peak memory. So then optimisation
 * runs on the thread whose code it optimises. The flag applies to isolates created after it
 * (the workers; the main thread keeps its own), and it is not among the flags a V8 code cache
 * must match.
 * Optimising compilation is then on the workers' own time, and each worker repeats it (a trace
 * of one isolate over the 10,000 bench documents: ~500 compilations, ~4 s, mostly first-time
 * compilation of large functions with their callees inlined). Smaller inlining budgets (V8's
 * defaults: 460 bytes of bytecode for one callee, 920 in all) cut that by about a third; with
 * 2 workers on 2 cores, 10,000 bench documents, 3 interleaved runs: 11.07 -> 10.80 s wall,
 * CPU 20.4 -> 19.8 s. With a core to spare the smaller budgets lose (1 worker 15.5 -> 16.0 s),
 * so they go with the flag above. They are among the flags a code cache must match: the workers
 * then compile engine.cjs without its cache (lazily, function by function; counted above).
 */
function compileOnWorkerThreads(): void {
  v8.setFlagsFromString('--no-concurrent-recompilation');
  v8.setFlagsFromString('--max-inlined-bytecode-size=200');
  v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=460');
}

/**
 * The document in shared memory: as it is when the caller read it there (readInputFile's
 * `shared`, --split), else copied there once (stdin, --jsonl-in), the caller letting go of its
 * own bytes. Posted to a worker, shared memory is neither copied nor moved, so the pool holds
 * each document once, however many times it must hand it to a worker.
 */
function inSharedMemory(bytes: Uint8Array): Uint8Array {
  if (bytes.buffer instanceof SharedArrayBuffer) return bytes;
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
  shared.set(bytes);
  return shared;
}

/** Starts `threads` workers. */
export async function poolParser(threads: number, timeoutMs: number): Promise<Parser> {
  if (threads >= availableParallelism()) compileOnWorkerThreads();
  const origin = process.hrtime.bigint();
  const budgetNs = BigInt(timeoutMs) * 1_000_000n;
  const waiting: Entry[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let closed = false;
  /** Set when a worker failed before it started any document: the pool cannot work. */
  let broken: string | null = null;

  const start = (): Slot => {
    const clock = newClock();
    const data: WorkerData = { clock, origin };
    const worker = new Worker(new URL('./worker.js', import.meta.url), {
      workerData: data,
      // A small young generation: a document's garbage is collected often and cheaply instead
      // of letting each worker's new space grow to 32 MB (measured: peak RSS of 2 workers over
      // 2000 documents 300 -> 216 MB with bin's --heap-growing-percent, CPU unchanged). No cap
      // on the old generation: a large document (--max-bytes allows 50 MB) must not run out of
      // memory.
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
    });
    const slot: Slot = { worker, clock, posted: [], timer: null, failure: null, dead: false };
    worker.on('message', (m: PoolResponse) => answered(slot, m));
    worker.on('error', (e) => {
      slot.failure ??= e?.message ?? String(e);
    });
    worker.on('exit', () => died(slot));
    slots.push(slot);
    return slot;
  };

  const post = (slot: Slot, entry: Entry) => {
    // The document is in shared memory: the worker reads the very bytes held here (no copy),
    // and they are still here to hand to another worker if this one is terminated.
    const request: PoolRequest = { id: entry.id, task: entry.task };
    slot.posted.push(entry);
    slot.worker.postMessage(request);
    slot.timer ??= setTimeout(() => watch(slot), Math.min(timeoutMs, MAX_DELAY)).unref();
  };

  /** Hands waiting documents to the workers with the fewest in hand. */
  const dispatch = () => {
    while (waiting.length > 0) {
      let best: Slot | null = null;
      for (const s of slots) if (!s.dead && s.posted.length < PREFETCH && (best === null || s.posted.length < best.posted.length)) best = s;
      if (best === null) return;
      post(best, waiting.shift()!);
    }
  };

  const answered = (slot: Slot, m: PoolResponse) => {
    // A worker answers in the order it was given its documents.
    const i = slot.posted.findIndex((e) => e.id === m.id);
    if (i < 0) return;
    const [entry] = slot.posted.splice(i, 1);
    entry.resolve(m.result);
    dispatch();
  };

  /** The watchdog of one worker: fires at the earliest moment its current document could be over budget. */
  const watch = (slot: Slot) => {
    slot.timer = null;
    if (slot.dead || slot.posted.length === 0) return;
    const id = runningId(slot.clock);
    const running = id === null ? undefined : slot.posted.find((e) => e.id === id);
    // None of ours running (not started yet, or finished and its answer not read yet): the next
    // one gets its whole budget from now at the earliest.
    let wait = timeoutMs;
    if (running) {
      const elapsed = runningNs(slot.clock, origin);
      if (elapsed >= budgetNs) {
        // The claim fails when the worker finished the document since it was read: look again.
        if (claim(slot.clock, running.id)) {
          abort(slot, running, { ok: false, code: 'timeout', message: `parsing took longer than ${timeoutMs} ms (--timeout-ms); aborted` });
          return;
        }
        wait = 0;
      } else {
        wait = Math.ceil(Number(budgetNs - elapsed) / 1e6);
      }
    }
    slot.timer = setTimeout(() => watch(slot), Math.min(wait, MAX_DELAY)).unref();
  };

  /** Ends a worker: `victim` gets `result`, the rest it held wait for the next free worker, first in line. */
  const abort = (slot: Slot, victim: Entry | undefined, result: TaskResult) => {
    if (slot.dead) return;
    slot.dead = true;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slots.splice(slots.indexOf(slot), 1);
    slot.worker.removeAllListeners('message');
    void slot.worker.terminate();
    const rest = slot.posted.filter((e) => e !== victim);
    slot.posted = [];
    victim?.resolve(result);
    waiting.unshift(...rest);
    // (A closed pool has no live slot, so it never gets here.)
    if (broken === null) start();
    // No worker left and none to come (the pool is broken): what this one held must not wait forever.
    else if (slots.length === 0) failWaiting(broken);
    dispatch();
  };

  const failWaiting = (message: string) => {
    for (const e of waiting.splice(0)) e.resolve({ ok: false, code: 'internal', message });
  };

  const died = (slot: Slot) => {
    if (slot.dead || closed) return;
    const reason = `worker failed: ${slot.failure ?? 'it exited'}`;
    if (!hasStarted(slot.clock)) {
      // It never started a document (its start-up failed): so would every other worker.
      broken = reason;
      waiting.unshift(...slot.posted.splice(0));
      failWaiting(reason);
    }
    // The document it was parsing, if any: one it had finished is handed on, not blamed.
    const id = runningId(slot.clock);
    abort(slot, slot.posted.find((e) => e.id === id), { ok: false, code: 'internal', message: reason });
  };

  for (let i = 0; i < threads; i++) start();

  return {
    concurrency: threads,
    sharedInput: true,
    parse(task) {
      if (broken !== null || closed) return Promise.resolve({ ok: false, code: 'internal', message: broken ?? CLOSED });
      const bytes = inSharedMemory(task.bytes);
      return new Promise<TaskResult>((resolve) => {
        waiting.push({ id: ++nextId, task: { ...task, bytes }, resolve });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const s of slots) {
        s.dead = true;
        if (s.timer) clearTimeout(s.timer);
        waiting.push(...s.posted.splice(0));
      }
      // Settled, not left pending: an await on one of them must not hang.
      failWaiting(CLOSED);
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}
