/**
 * The batch pool (src/batch/pool.ts) with scripted workers: node:worker_threads' Worker is
 * replaced by a fake whose start-up failures, deaths and answers the test decides, so the
 * bookkeeping around them (which document is blamed, which are handed on) is checked exactly.
 * The real workers are exercised by test/batch/cli-batch.test.ts (fault injection).
 */
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stampDone, stampStart, type Clock } from '../../src/batch/clock.js';
import type { PoolRequest, WorkerData } from '../../src/batch/pool.js';
import type { TaskResult } from '../../src/batch/task.js';

class FakeWorker extends EventEmitter {
  static all: FakeWorker[] = [];
  readonly clock: Clock;
  readonly origin: bigint;
  readonly inbox: PoolRequest[] = [];
  terminated = false;
  constructor(_url: URL, opts: { workerData: WorkerData }) {
    super();
    this.clock = opts.workerData.clock;
    this.origin = opts.workerData.origin;
    FakeWorker.all.push(this);
  }
  postMessage(m: PoolRequest): void {
    this.inbox.push(m);
  }
  terminate(): Promise<number> {
    if (!this.terminated) {
      this.terminated = true;
      setImmediate(() => this.emit('exit', 1));
    }
    return Promise.resolve(1);
  }
  /** Starts the next document posted to it (as worker.ts stamps the clock). */
  startNext(): PoolRequest {
    const m = this.inbox.shift()!;
    stampStart(this.clock, this.origin, m.id);
    return m;
  }
  /** Finishes the document it parsed (as worker.ts does before it posts the answer). */
  finish(m: PoolRequest): void {
    stampDone(this.clock, m.id);
  }
  answer(m: PoolRequest): void {
    this.emit('message', { id: m.id, result: { ok: true, line: new Uint8Array([0x7b, 0x7d, 0x0a]) } });
  }
  /** Dies on its own (out of memory, say). */
  die(message: string): void {
    this.emit('error', new Error(message));
    this.emit('exit', 1);
  }
}

vi.mock('node:worker_threads', () => ({ Worker: FakeWorker }));
const { poolParser } = await import('../../src/batch/pool.js');

const task = (n: number) => ({ bytes: new Uint8Array([0x41 + n]), path: `doc-${n}` });
const tick = () => new Promise((r) => setImmediate(r));

/** Settled results by index, or 'pending'; waits a few turns of the event loop first. */
async function outcomes(ps: Promise<TaskResult>[]): Promise<(string | 'pending')[]> {
  const seen: (string | 'pending')[] = ps.map(() => 'pending');
  ps.forEach((p, i) => void p.then((r) => (seen[i] = r.ok ? 'ok' : r.code)));
  for (let i = 0; i < 5; i++) await tick();
  return seen;
}

afterEach(() => {
  FakeWorker.all = [];
  vi.restoreAllMocks();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Moves the wall clock (Date.now) by `ms` from now on, as an NTP step or a suspend would. */
function jumpWallClock(ms: number): void {
  const now = Date.now.bind(Date);
  vi.spyOn(Date, 'now').mockImplementation(() => now() + ms);
}

describe('pool bookkeeping', () => {
  it.each([
    // A worker that dies parsing doc-0 is blamed for doc-0 only; doc-1 and doc-2 go on.
    ['blames a dying worker for the document it started only, and hands the next one on', false, ['doc-1', 'doc-2'], ['internal', 'ok', 'ok']],
    // One that had finished doc-0 (its answer not read yet) is blamed for nothing.
    ['hands on, not blames, a document the worker had finished before it died', true, ['doc-0', 'doc-1'], ['ok', 'ok', 'ok']],
  ])('%s', async (_name, finished, handedOn, expected) => {
    const pool = await poolParser(1, 60_000);
    const ps = [0, 1, 2].map((n) => pool.parse(task(n)));
    const [w] = FakeWorker.all;
    expect(w.inbox.map((m) => m.task.path)).toEqual(['doc-0', 'doc-1']);
    const m = w.startNext();
    if (finished) w.finish(m);
    w.die('out of memory');
    await tick();
    const [, w2] = FakeWorker.all;
    expect(w2.inbox.map((m) => m.task.path)).toEqual(handedOn);
    while (w2.inbox.length > 0) w2.answer(w2.startNext());
    expect(await outcomes(ps)).toEqual(expected);
    await pool.close();
  });

  it('fails, not strands, the documents a worker held when no worker will replace it', async () => {
    // Two workers; the first fails at start-up (the pool is then broken: no new workers), the
    // second dies on its first document while it holds a second one.
    const pool = await poolParser(2, 60_000);
    const ps = [0, 1, 2, 3].map((n) => pool.parse(task(n)));
    const [w1, w2] = FakeWorker.all;
    w1.die('cannot load the engine');
    await tick();
    expect(w2.inbox).toHaveLength(2);
    w2.startNext();
    w2.die('out of memory');
    await tick();
    expect(await outcomes(ps)).not.toContain('pending');
    await pool.close();
  });

  it('close() settles the documents still queued or in hand, and later parse() calls', async () => {
    const pool = await poolParser(1, 60_000);
    const ps = [0, 1, 2].map((n) => pool.parse(task(n)));
    FakeWorker.all[0].startNext();
    await pool.close();
    ps.push(pool.parse(task(3)));
    const seen = await outcomes(ps);
    expect(seen).not.toContain('pending');
    expect(seen).not.toContain('ok');
  });
});

describe('the documents the pool holds', () => {
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

  it('shares a document with its worker instead of keeping a copy of its own, and hands the same bytes on', async () => {
    const pool = await poolParser(1, 60_000);
    const mine = new Uint8Array(new SharedArrayBuffer(6));
    mine.set(new TextEncoder().encode('Số 1'));
    const ps = [pool.parse({ bytes: mine, path: 'shared' }), pool.parse(task(1))];
    const [w] = FakeWorker.all;
    const posted = w.inbox[0].task.bytes;
    expect(posted.buffer).toBeInstanceOf(SharedArrayBuffer);
    // The worker sees the very memory the caller read the document into: one copy in all.
    mine[0] = 0x73;
    expect(text(posted)).toBe('số 1');
    // A document in memory of its own is moved to shared memory once, as it is posted.
    expect(w.inbox[1].task.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(text(w.inbox[1].task.bytes)).toBe('B');
    w.startNext();
    w.die('out of memory');
    await tick();
    const [, w2] = FakeWorker.all;
    // The one queued behind the dead worker's document is handed on, bytes intact.
    expect(w2.inbox.map((m) => text(m.task.bytes))).toEqual(['B']);
    w2.answer(w2.startNext());
    expect(await outcomes(ps)).toEqual(['internal', 'ok']);
    await pool.close();
  });
});

describe('the watchdog', () => {
  /** One document handed to a pool of one worker with budget `ms`. */
  const oneDocument = async (ms: number) => {
    const pool = await poolParser(1, ms);
    return { pool, p: pool.parse(task(0)), w: FakeWorker.all[0] };
  };

  it('times out a document over budget although the wall clock went back an hour', async () => {
    const { pool, p, w } = await oneDocument(200);
    w.startNext();
    jumpWallClock(-3600_000);
    await sleep(600);
    expect(await outcomes([p])).toEqual(['timeout']);
    await pool.close();
  });

  it('does not time out a document within budget when the wall clock jumps an hour ahead', async () => {
    const { pool, p, w } = await oneDocument(1000);
    await sleep(500);
    // Started half-way into the first watch: at 1000 ms it has run 500 ms of its 1000.
    const m = w.startNext();
    jumpWallClock(3600_000);
    await sleep(600);
    w.finish(m);
    w.answer(m);
    expect(await outcomes([p])).toEqual(['ok']);
    await pool.close();
  });

  it('never reports a finished document as timed out, however late the main thread hears of it', async () => {
    const { pool, p, w } = await oneDocument(100);
    const m = w.startNext();
    // Finished within budget; its answer reaches the main thread only after the budget (a
    // main thread busy elsewhere: the watchdog's timer runs before the worker's message).
    w.finish(m);
    await sleep(300);
    w.answer(m);
    expect(await outcomes([p])).toEqual(['ok']);
    expect(w.terminated).toBe(false);
    await pool.close();
  });
});
