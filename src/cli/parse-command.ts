/** `vn-notice parse [inputs...]`: records for files, directories, globs or stdin. */
import path from 'node:path';
import { parseNotice } from '../index.js';
import { NoticeInputError } from '../errors.js';
import type { NoticeRecord } from '../record/schema.js';
import { DEFAULT_MAX_BYTES } from '../context.js';
import { expandInputs, type InputItem } from './inputs.js';
import { readInputFile, readStdin } from './read.js';
import { writeFileAtomic, writeOut } from './write.js';
import { prettyRecord } from './pretty.js';
import { err as ce } from './color.js';

export interface ParseCommandOptions {
  format?: 'json' | 'ndjson' | 'pretty';
  outDir?: string;
  encoding?: string;
  maxBytes?: number;
}

export function reportFailure(display: string, reason: string): void {
  process.stderr.write(`${ce.red('error')} ${ce.bold(display)}: ${reason}\n`);
}

function failureReason(e: unknown): string {
  if (e instanceof NoticeInputError) return e.message;
  return (e as Error)?.message ?? String(e);
}

/** Returns the exit code. */
export async function parseCommand(inputs: string[], opts: ParseCommandOptions): Promise<number> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const items: InputItem[] = [];
  for await (const item of expandInputs(inputs)) items.push(item);
  const single = items.length === 1 && inputs.length <= 1 && items[0].kind !== 'missing';
  const format = opts.format ?? (single ? 'json' : 'ndjson');
  let failures = 0;
  const records: NoticeRecord[] = [];

  for (const item of items) {
    if (item.kind === 'missing') {
      reportFailure(item.display, item.reason);
      failures++;
      continue;
    }
    let record: NoticeRecord;
    try {
      const bytes = item.kind === 'stdin' ? await readStdin() : await readInputFile(item.file, maxBytes);
      record = parseNotice(bytes, { path: item.display, encoding: opts.encoding, maxBytes });
    } catch (e) {
      reportFailure(item.display, failureReason(e));
      failures++;
      continue;
    }
    if (opts.outDir) {
      const rel = item.kind === 'stdin' ? 'stdin.txt' : item.relative;
      const target = path.join(opts.outDir, rel.replace(/\.[^./\\]+$/, '') + '.json');
      await writeFileAtomic(target, JSON.stringify(record, null, 2) + '\n');
    } else if (format === 'ndjson') {
      await writeOut(JSON.stringify(record) + '\n');
    } else if (format === 'pretty') {
      await writeOut(prettyRecord(record));
    } else {
      records.push(record);
    }
  }
  if (!opts.outDir && format === 'json' && records.length > 0) {
    await writeOut(JSON.stringify(single ? records[0] : records, null, 2) + '\n');
  }
  return failures > 0 ? 1 : 0;
}
