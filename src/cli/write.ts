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

/** `vn-notice ... | head` closes the pipe early: that is not an error. */
export function exitQuietlyOnEpipe(): void {
  const onError = (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  };
  process.stdout.on('error', onError);
  process.stderr.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
}
