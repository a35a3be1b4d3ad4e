/**
 * A pool worker (see pool.ts): parses the documents posted to it, one at a time, in the order
 * posted. It stamps the start and the end of each one in the shared clock (clock.ts), so the
 * main thread's watchdog counts --timeout-ms from the moment parsing starts, and never takes a
 * finished document for a running one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { stampDone, stampStart } from './clock.js';
import type { PoolRequest, PoolResponse, WorkerData } from './pool.js';

// The pipeline comes through ./engine.js, which the bundle keeps as a file of its own.
const { runTask } = await import('./engine.js');

/**
 * Fault injection for the reliability tests only. With VN_NOTICE_FAULT_INJECT set (to "hang"),
 * a document containing HANG_MARKER never finishes, one containing `<<vn-notice:sleep:MS>>`
 * takes MS milliseconds longer, and one containing EXIT_MARKER ends its worker, so the tests can
 * prove how --timeout-ms and a failing worker are handled.
 */
export const HANG_MARKER = '<<vn-notice:hang>>';
export const EXIT_MARKER = '<<vn-notice:exit>>';
const injectFaults = !!process.env.VN_NOTICE_FAULT_INJECT;

function injectFault(bytes: Uint8Array): void {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (text.includes(HANG_MARKER)) {
    for (;;) {
      // spin until the watchdog terminates this worker
    }
  }
  if (text.includes(EXIT_MARKER)) process.exit(3);
  const sleep = /<<vn-notice:sleep:(\d{1,6})>>/.exec(text);
  if (sleep) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(sleep[1]));
}

/** Serves the pool: parses each document posted, in the order posted. */
function serve(port: NonNullable<typeof parentPort>, { clock, origin }: WorkerData): void {
  port.on('message', ({ id, task }: PoolRequest) => {
    stampStart(clock, origin, id);
    if (injectFaults) injectFault(task.bytes);
    const result = runTask(task);
    stampDone(clock, id);
    const response: PoolResponse = { id, result };
    // The record's bytes are transferred to the main thread, not copied.
    port.postMessage(response, result.ok ? [result.line.buffer as ArrayBuffer] : []);
  });
}

// Imported outside a worker thread (the tests import every module to collect its regexes):
// there is no pool to serve.
if (parentPort !== null) serve(parentPort, workerData as WorkerData);
