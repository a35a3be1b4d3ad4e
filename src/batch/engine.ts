/**
 * Everything the CLI needs only once it parses: the pipeline (without the zod schema). The CLI
 * and the worker load it lazily (`await import('../batch/engine.js')`), so `--help`, `schema`
 * and the main thread of a batch never build the stages' tables; the bundle makes it a file of
 * its own (dist/bundle/engine.cjs), shared by the in-process parser, `check`, `normalize` and
 * the workers.
 */
export { runTask } from './task.js';
export { parseNotice } from '../parse.js';
export { normalize } from '../normalize/index.js';
