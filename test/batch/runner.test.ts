/**
 * The batch runner (src/batch/runner.ts) with a scripted parser: which documents it reads, and
 * when, against its byte budget.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Parser } from '../../src/batch/parser.js';
import { createProgress } from '../../src/batch/progress.js';
import { runBatch } from '../../src/batch/runner.js';
import type { Job } from '../../src/batch/sources.js';

const DOC_BYTES = 1000;
const DOCS = 20;

function files(): { dir: string; paths: string[] } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vn-runner-'));
  mkdirSync(path.join(dir, 'in'));
  const paths = Array.from({ length: DOCS }, (_, i) => {
    const p = path.join(dir, 'in', `doc-${String(i).padStart(2, '0')}.txt`);
    writeFileSync(p, 'x'.repeat(DOC_BYTES));
    return p;
  });
  return { dir, paths };
}

async function* jobs(paths: string[]): AsyncGenerator<Job> {
  for (const p of paths) yield { display: p, file: p, relative: path.basename(p) };
}

/** A parser that takes 5 ms a document and records the most bytes it was handed at once. */
function slowParser(): Parser & { maxInHand: number } {
  let inHand = 0;
  const parser = {
    concurrency: 1,
    maxInHand: 0,
    async parse(task: { bytes: Uint8Array }) {
      inHand += task.bytes.length;
      parser.maxInHand = Math.max(parser.maxInHand, inHand);
      await new Promise((r) => setTimeout(r, 5));
      inHand -= task.bytes.length;
      return { ok: true as const, line: new TextEncoder().encode('{}\n') };
    },
    async close() {},
  };
  return parser;
}

describe('the byte budget', () => {
  // 2,500 bytes: two documents of 1,000 fit, a third does not. The window (16 documents) would
  // let far more be read at once.
  const BUDGET = 2500;

  it.each([
    ['with --out-dir', false],
    // --skip-existing looks for each output (asynchronously) before reading: every document
    // of the window gets past that before any is read.
    ['with --out-dir --skip-existing', true],
  ])('bounds the documents read and not yet written, before reading them (%s)', async (_name, skipExisting) => {
    const { dir, paths } = files();
    const parser = slowParser();
    const summary = await runBatch(
      jobs(paths),
      { format: 'ndjson', outDir: path.join(dir, 'out'), skipExisting, maxBytes: 1e6, maxHeldBytes: BUDGET },
      { parser, progress: createProgress(false), onError: () => {}, pretty: (s) => s },
    );
    expect(summary.records).toBe(DOCS);
    // At most the budget, and never fewer than one document (the oldest always goes on).
    expect(parser.maxInHand).toBeLessThanOrEqual(BUDGET);
    expect(parser.maxInHand).toBeGreaterThanOrEqual(DOC_BYTES);
  });
});

describe('documents for the worker pool', () => {
  it('are read into shared memory when the parser shares them (no second copy in the pool)', async () => {
    const { dir, paths } = files();
    const seen: boolean[] = [];
    const parser: Parser = {
      concurrency: 1,
      sharedInput: true,
      async parse(task) {
        seen.push(task.bytes.buffer instanceof SharedArrayBuffer && task.bytes.length === DOC_BYTES);
        return { ok: true, line: new TextEncoder().encode('{}\n') };
      },
      async close() {},
    };
    await runBatch(jobs(paths.slice(0, 3)), { format: 'ndjson', outDir: path.join(dir, 'out'), maxBytes: 1e6 }, { parser, progress: createProgress(false), onError: () => {}, pretty: (s) => s });
    expect(seen).toEqual([true, true, true]);
  });
});
