/** Reading one input's bytes, with errors that say what went wrong in plain words. */
import { open } from 'node:fs/promises';
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

/** Reads a file, refusing it before reading when it is larger than maxBytes. */
export async function readInputFile(file: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(file, 'r');
    const st = await handle.stat();
    if (st.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    if (st.size > maxBytes) {
      throw new NoticeInputError('too-large', `input is ${st.size} bytes, above the limit of ${maxBytes} (--max-bytes)`);
    }
    return await handle.readFile();
  } catch (e) {
    if (e instanceof NoticeInputError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new Error(REASONS[code] ?? (e as Error).message);
  } finally {
    await handle?.close();
  }
}
