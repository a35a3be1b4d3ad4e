/**
 * What a pool worker and the main thread's watchdog (pool.ts) share about the document the
 * worker is parsing: two 64-bit words in shared memory, written by the worker, read (and once
 * claimed) by the watchdog.
 *
 * - [STATE] the id of the document being parsed; -id once it is finished; 0 before the first;
 *   CLAIMED once the watchdog has taken the running document as timed out.
 * - [STARTED] when the worker started it: nanoseconds on the monotonic clock (hrtime, the same
 *   for every thread of the process) since the pool started. Never the wall clock, which can
 *   jump either way, and 64 bits, which do not wrap.
 *
 * The worker stores STARTED before STATE, and the watchdog reads STATE before STARTED, so the
 * start time it reads is never older than the document it names: a document is never found over
 * budget earlier than it is. The end of a document and the watchdog's claim on it are one
 * compare-and-swap each on STATE, so exactly one of them wins: a document the worker has finished
 * is never reported as timed out, however late the main thread runs its watchdog.
 */
export type Clock = BigInt64Array;

const STATE = 0;
const STARTED = 1;
const CLAIMED = -(2n ** 62n);

export function newClock(): Clock {
  return new BigInt64Array(new SharedArrayBuffer(16));
}

/** Nanoseconds since `origin` (a process.hrtime.bigint() reading) on the monotonic clock. */
export function sinceNs(origin: bigint): bigint {
  return process.hrtime.bigint() - origin;
}

/** Worker: starts document `id`. */
export function stampStart(clock: Clock, origin: bigint, id: number): void {
  Atomics.store(clock, STARTED, sinceNs(origin));
  Atomics.store(clock, STATE, BigInt(id));
}

/** Worker: has finished document `id` (unless the watchdog had claimed it first). */
export function stampDone(clock: Clock, id: number): void {
  Atomics.compareExchange(clock, STATE, BigInt(id), BigInt(-id));
}

/** The id of the document being parsed, or null when none is (not started yet, or finished). */
export function runningId(clock: Clock): number | null {
  const state = Atomics.load(clock, STATE);
  return state > 0n ? Number(state) : null;
}

/** True when the worker has started some document (it came up and took work). */
export function hasStarted(clock: Clock): boolean {
  return Atomics.load(clock, STATE) !== 0n;
}

/** Nanoseconds document `id` has run, read after runningId returned it (an underestimate at worst). */
export function runningNs(clock: Clock, origin: bigint): bigint {
  return sinceNs(origin) - Atomics.load(clock, STARTED);
}

/** Watchdog: takes document `id` as timed out; false when the worker finished it (or moved on) first. */
export function claim(clock: Clock, id: number): boolean {
  return Atomics.compareExchange(clock, STATE, BigInt(id), CLAIMED) === BigInt(id);
}
