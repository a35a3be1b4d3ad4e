/** Reading one input's bytes, with errors that say what went wrong in plain words. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { NoticeInputError } from '../errors.js';

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file (or a broken symbolic link)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
};

/** Why reading failed, in plain words (the system's message when there is none for its code). */
export function readErrorReason(e: unknown): string {
  return REASONS[(e as NodeJS.ErrnoException)?.code ?? ''] ?? (e as Error)?.message ?? String(e);
}

/**
 * Reads a file, refusing it before reading when it is larger than maxBytes; `shared`: into shared
 * memory (a document for the worker pool, which then holds no copy of its own). The calls are
 * synchronous: for a document of a few kilobytes, four system calls on the main thread cost
 * far less than four round trips through libuv's thread pool and their promises, and the main
 * thread has nothing else to do meanwhile (workers parse on their own threads).
 */
export async function readInputFile(file: string, maxBytes: number, shared = false): Promise<Uint8Array> {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const st = fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    if (st.size > maxBytes) {
      throw new NoticeInputError('too-large', `input is ${st.size} bytes, above the limit of ${maxBytes} (--max-bytes)`);
    }
    return readAll(fd, st.size, shared);
  } catch (e) {
    if (e instanceof NoticeInputError) throw e;
    throw new Error(readErrorReason(e));
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

const PROBE = new Uint8Array(1);

/** The whole file, in a buffer of its own (or shared memory); `size` from fstat. */
function readAll(fd: number, size: number, shared: boolean): Uint8Array {
  const alloc = (n: number) => new Uint8Array(shared ? new SharedArrayBuffer(n) : new ArrayBuffer(n));
  let buf = alloc(size);
  let n = 0;
  for (;;) {
    if (n === buf.length) {
      // At the size fstat gave (or past it, for a file still growing): is there more?
      if (readSync(fd, PROBE, 0, 1, null) === 0) return buf;
      const bigger = alloc(buf.length * 2 + 65536);
      bigger.set(buf);
      bigger[n++] = PROBE[0];
      buf = bigger;
    }
    const got = readSync(fd, buf, n, buf.length - n, null);
    if (got === 0) return shared ? buf.subarray(0, n) : buf.slice(0, n);
    n += got;
  }
}
