/**
 * THE pipeline: the stages in the order they run. Normalising happens first (it makes the
 * context); each later stage reads the text and earlier findings and adds its own.
 */
import { DocumentContext, type ParseOptions, type Stage } from './context.js';
import { normalize } from './normalize/index.js';
import { header } from './header/index.js';
import { meeting } from './meeting/index.js';
import { directives } from './directives/index.js';
import { agencies } from './agencies/index.js';
import { references } from './references/index.js';
import { recipients, signer } from './closing/index.js';

export const STAGES: readonly (readonly [name: string, stage: Stage])[] = [
  ['header', header],
  ['meeting', meeting],
  ['directives', directives],
  ['agencies', agencies],
  ['references', references],
  ['recipients', recipients],
  ['signer', signer],
];

/** Normalises the input and runs every stage over it. */
export function runPipeline(input: string | Uint8Array, options: ParseOptions = {}): DocumentContext {
  const n = normalize(input, options);
  const ctx = new DocumentContext(n.raw, n.text, n.map, options);
  for (const note of n.notes) ctx.reportRaw(note.code, note.severity, note.message, note.rawOffset);
  for (const [name, stage] of STAGES) {
    try {
      stage(ctx);
    } catch (err) {
      // A stage must not throw; if one does, the record still comes out, with the failure said.
      ctx.report('internal/stage-failed', 'error', `stage ${name} failed: ${(err as Error)?.message ?? String(err)}`);
    }
  }
  return ctx;
}
