import { expect, it } from 'vitest';
import { parseNotice } from '../../src/index.js';
import { DocumentContext } from '../../src/context.js';
import { identityMap } from '../../src/normalize/offset-map.js';
import type { Directive, NoticeDocument } from '../../src/record/schema.js';
import { agencies } from '../../src/agencies/index.js';
import { references } from '../../src/references/index.js';

/** A context over already-normalised text, with optional header findings and directives. */
export function contextOf(text: string, doc: Partial<NoticeDocument> = {}, directives: Directive[] = []): DocumentContext {
  const raw = { bytes: new TextEncoder().encode(text), decoded: text, encoding: 'utf-8', format: 'text' as const };
  const ctx = new DocumentContext(raw, text, identityMap(text.length));
  Object.assign(ctx.findings.document, doc);
  ctx.findings.directives = directives;
  return ctx;
}

/** Runs the agencies and references stages over a text. */
export function run(text: string, doc: Partial<NoticeDocument> = {}, directives: Directive[] = []): DocumentContext {
  const ctx = contextOf(text, doc, directives);
  agencies(ctx);
  references(ctx);
  return ctx;
}

/** A directive covering the whole of `text` from `start`. */
export function directive(text: string, id: string, start = 0, end = text.length): Directive {
  return { id, marker: null, heading: null, text: text.slice(start, end), span: { start, end }, children: [], agencies: [], deadlines: [] };
}

/** Agency names of a text. */
export function names(text: string, doc: Partial<NoticeDocument> = {}): string[] {
  return run(text, doc).findings.agencies.map((a) => a.name);
}

/** Table test: each text (run through the whole pipeline) gives an agency `name` whose first mention is `mention`. */
export function itFindsMentions(table: [string, string, string][]): void {
  it.each(table)('%s -> %s (%s)', (text, name, mention) => {
    const a = parseNotice(text).agencies.find((x) => x.name === name);
    expect(a?.mentions[0].text).toBe(mention);
  });
}

/** Negative table test: no agency `name` in each text. */
export function itFindsNot(negatives: [string, string][]): void {
  it.each(negatives)('%s is not %s', (text, name) => {
    expect(names(text)).not.toContain(name);
  });
}

/** Table test on the agencies stage alone: each text gives an agency `name` whose first mention is `mention`. */
export function itFindsFirstMention(table: [string, string, string][]): void {
  it.each(table)('%s -> %s', (text, name, mention) => {
    const got = run(text).findings.agencies;
    expect(got.find((x) => x.name === name)?.mentions[0].text, JSON.stringify(got.map((x) => x.name))).toBe(mention);
  });
}
