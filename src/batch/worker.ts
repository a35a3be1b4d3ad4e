/** Piscina worker entry: parses one document per call. */
import { move, transferableSymbol, valueSymbol } from 'piscina';
import type { ParseTask, TaskResult } from './task.js';

// The pipeline comes through ./engine.js, which the bundle keeps as a file of its own.
const { runTask } = await import('./engine.js');

/**
 * Fault injection for the reliability tests only: with VN_NOTICE_FAULT_INJECT=hang, a document
 * containing HANG_MARKER never finishes, so the tests can prove --timeout-ms aborts it.
 */
export const HANG_MARKER = '<<vn-notice:hang>>';
const injectHang = process.env.VN_NOTICE_FAULT_INJECT === 'hang';

export default function parseInWorker(task: ParseTask): TaskResult {
  if (injectHang && Buffer.from(task.bytes).includes(HANG_MARKER)) {
    for (;;) {
      // spin until the pool terminates this worker
    }
  }
  const result = runTask(task);
  if (!result.ok) return result;
  // The record's bytes are transferred to the main thread, not copied.
  return move({ [transferableSymbol]: result.line.buffer, [valueSymbol]: result } as never) as unknown as TaskResult;
}
