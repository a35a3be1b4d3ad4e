/**
 * Runs in a child process (node --import tsx): reads case names on stdin, one a line, parses each
 * pathological input and prints one JSON line per case. A separate process, so that a runaway
 * parse can be killed at the time bound instead of freezing the test runner; a long-lived one,
 * so that the library loads once rather than once per case.
 */
import { createInterface } from 'node:readline';
import { parseNotice } from '../../../src/index.js';
import { PATHOLOGICAL } from './pathological-inputs.js';

function run(name: string): Record<string, unknown> {
  const make = PATHOLOGICAL[name];
  if (!make) return { name, ok: false, error: `no such case: ${name}` };
  const input = make();
  const started = performance.now();
  try {
    const record = parseNotice(input);
    const ms = performance.now() - started;
    const failed = record.diagnostics.filter((d) => d.code === 'internal/stage-failed').map((d) => d.message);
    return { name, ok: true, ms, inputLength: input.length, textLength: record.text.length, directives: record.directives.length, diagnostics: record.diagnostics.length, failed };
  } catch (e) {
    return { name, ok: false, ms: performance.now() - started, error: `${(e as Error).name}: ${(e as Error).message}` };
  }
}

process.stdout.write(JSON.stringify({ ready: true }) + '\n');
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line) continue;
  process.stdout.write(JSON.stringify(run(line)) + '\n');
}
