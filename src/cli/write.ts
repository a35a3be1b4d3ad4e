/** Output writing: atomic files (temp file in the same directory, then rename) and a safe stdout. */
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

let tmpCounter = 0;

/** Writes `data` to `file` so that `file` is either absent, the old content, or the whole new content. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${++tmpCounter}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  }
}

/** Writes to stdout, respecting back-pressure. */
export function writeOut(chunk: string | Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

/**
 * Records that the run has failed (an input failed, a fixture mismatched): whatever happens
 * next, the process exits 1, a closed stdout included. Called as each failure is reported.
 */
export function markFailed(): void {
  process.exitCode = 1;
}

/**
 * `vn-notice ... | head` closes the pipe early: the reader has what it wants, and that alone is
 * not an error. The run stops there, quietly, and exits with what it had seen until then: 1 if
 * an input had failed (markFailed), else 0.
 */
export function exitQuietlyOnEpipe(): void {
  const onEpipe = () => process.exit(process.exitCode ?? 0);
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') onEpipe();
    throw e;
  });
  process.stderr.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') onEpipe();
  });
}
