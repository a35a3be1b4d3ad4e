#!/usr/bin/env node
// Loads the compiled CLI: the single-file bundle when the build made one (fast start), else the
// plain tsc output.
let cli;
try {
  cli = await import('../dist/bundle/cli.js');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
  cli = await import('../dist/cli/main.js');
}
process.exitCode = await cli.main(process.argv);
