#!/usr/bin/env node
// Loads the compiled CLI: the bundle (dist/bundle/cli.cjs with its V8 code cache, see
// scripts/bundle.js: a fast start) when the build made one, else the plain tsc output.
// CommonJS (bin/package.json): an ES module entry point costs about 4 ms more to start.
'use strict';
const { existsSync } = require('node:fs');
const path = require('node:path');
const v8 = require('node:v8');

// Node compiles its own modules with a code cache made under the default V8 flags, which it
// cannot use once a flag below is set: the built-in modules a run loads (the CLI, the engine and
// what they require: commander, iconv-lite) are loaded first, with
// their cache (about 14 ms less CPU for one document). Only speed depends on this list.
for (const m of ['vm', 'module', 'child_process', 'fs/promises', 'os', 'readline', 'tty', 'stream', 'crypto']) require(`node:${m}`);

// Set before any code is loaded: the code caches are made under the same flags (scripts/bundle.js
// runs this file), and V8 rejects a cache made under other flags.
// - V8 first compiles a regex to bytecode and recompiles it to machine code once it runs again;
//   the pipeline's vocabulary regexes all run many times per document, so compiling them once,
//   directly, saves about a third of a one-document run's parsing time.
// - A batch leaves a lot of short-lived garbage in the old generation, which V8 lets grow to
//   several times the live data before collecting it; growing it by at most 25% keeps each
//   worker's heap near its live size (about 30 MB), so memory stays flat.
// (--no-concurrent-recompilation is set by src/batch/pool.ts, only when the workers fill the cores.)
v8.setFlagsFromString('--no-regexp-tier-up');
v8.setFlagsFromString('--heap-growing-percent=25');

// The event loop ran empty before the command finished: it never will, and its output is
// incomplete. Not exit 0 (process.exit, as for EPIPE, does not come here); 13 as Node gives an
// unsettled top-level await (what this file had when it was an ES module).
let settled = false;
process.once('beforeExit', () => {
  if (settled) return;
  process.exitCode = 13;
  process.stderr.write('vn-notice: internal error: the command never finished (please report)\n');
});

const loader = path.join(__dirname, '../dist/bundle/load.cjs');
(existsSync(loader) ? Promise.resolve(require(loader).load('cli')) : import('../dist/cli/main.js'))
  .then((cli) => cli.main(process.argv))
  .then((code) => {
    settled = true;
    process.exitCode = code;
    // The command is done: exit now, without tearing down the heap and the code (~1.5 ms of a
    // one-document run), unless output is still queued (stdout is asynchronous on some systems).
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
  });
