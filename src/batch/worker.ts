/** Piscina worker entry: parses one document per call. */
import { runTask, type ParseTask, type TaskResult } from './task.js';

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
  return runTask(task);
}
