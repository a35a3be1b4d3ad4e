/** Piscina worker entry: parses one document per call. */
import { runTask, type ParseTask, type TaskResult } from './task.js';

export default function parseInWorker(task: ParseTask): TaskResult {
  return runTask(task);
}
