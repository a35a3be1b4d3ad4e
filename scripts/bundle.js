// Bundles the compiled CLI and batch worker into single files (dist/bundle/), so a cold start
// loads two files instead of several hundred modules: this is what keeps one-document runs
// within the 150 ms target. The library entry (dist/index.js) stays unbundled for importers.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
  // ESM bundles of CommonJS dependencies need a require() of their own.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

// piscina stays external: it locates its own worker script on disk, and is loaded only for batches.
await build({ ...common, entryPoints: { cli: 'dist/cli/main.js', worker: 'dist/batch/worker.js' }, outdir: 'dist/bundle', external: ['piscina'] });
