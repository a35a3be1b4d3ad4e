import { DocumentContext } from '../../src/context.js';
import { identityMap } from '../../src/normalize/offset-map.js';
import { makePartialDate } from '../../src/dates/partial-date.js';
import { directives } from '../../src/directives/index.js';
import type { Directive } from '../../src/record/schema.js';

/** Runs the directives stage alone over an already normalised text. */
export function run(text: string, year: number | null = null): DocumentContext {
  const raw = { bytes: new TextEncoder().encode(text), decoded: text, encoding: 'utf-8', format: 'text' as const };
  const ctx = new DocumentContext(raw, text, identityMap(text.length));
  if (year !== null) {
    ctx.findings.document.date = makePartialDate(`năm ${year}`, { start: 0, end: 0 }, { year, month: null, day: null });
  }
  directives(ctx);
  return ctx;
}

/** The tree as "id marker" lines, indented by depth: easy to compare with the document's shape. */
export function shape(ds: readonly Directive[], depth = 0): string[] {
  return ds.flatMap((d) => [`${'  '.repeat(depth)}${d.id} ${d.marker ?? '¶'}`, ...shape(d.children, depth + 1)]);
}

/** Every directive, depth first. */
export function all(ds: readonly Directive[]): Directive[] {
  return ds.flatMap((d) => [d, ...all(d.children)]);
}
