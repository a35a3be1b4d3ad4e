/**
 * The invariants every parse must keep, whatever the input (issue #8). Each check returns a list
 * of violations (empty when all is well) rather than throwing, so that a property failure says
 * every broken rule at once, with where in the record it happened.
 *
 * They assert invariants only, never content: the stages are being built in parallel and what
 * they extract changes every day.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { NoticeInputError, NoticeRecordSchema, normalize, parseNotice, type NoticeRecord } from '../../../src/index.js';

import { ROOT } from './env.js';

export { ROOT } from './env.js';

/** The input error codes parseNotice may throw (src/errors.ts InputErrorCode). */
export const INPUT_ERROR_CODES = ['empty', 'binary', 'pdf', 'zip', 'ole', 'too-large', 'encoding'] as const;

/** The exported JSON Schema, validated with ajv (draft 2020-12), strict: an unknown keyword is an error. */
const jsonSchema = JSON.parse(readFileSync(path.join(ROOT, 'schema/record.schema.json'), 'utf8'));
// ajv's CJS build exposes the class as default (and as default.default under some interop).
type AjvCtor = new (opts: { allErrors: boolean; strict: boolean }) => import('ajv/dist/2020.js').default;
const AjvClass = ((Ajv2020 as unknown as { default?: AjvCtor }).default ?? Ajv2020) as unknown as AjvCtor;
const ajv = new AjvClass({ allErrors: true, strict: true });
export const validateJsonSchema = ajv.compile(jsonSchema);

export type Outcome =
  | { kind: 'record'; record: NoticeRecord; json: string }
  | { kind: 'input-error'; error: NoticeInputError }
  | { kind: 'crash'; error: unknown };

/** Parses and classifies the outcome: a record, a typed input error, or anything else (a crash). */
export function parseOutcome(input: string | Uint8Array): Outcome {
  try {
    const record = parseNotice(input);
    return { kind: 'record', record, json: JSON.stringify(record) };
  } catch (error) {
    if (error instanceof NoticeInputError && (INPUT_ERROR_CODES as readonly string[]).includes(error.code)) {
      return { kind: 'input-error', error };
    }
    return { kind: 'crash', error };
  }
}

function describeError(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}\n${e.stack?.split('\n').slice(1, 6).join('\n') ?? ''}`;
  return String(e);
}

const isSpan = (v: unknown): v is { start: number; end: number } =>
  typeof v === 'object' && v !== null && typeof (v as { start?: unknown }).start === 'number' && typeof (v as { end?: unknown }).end === 'number';

const isPartialDate = (o: Record<string, unknown>) => 'iso' in o && 'year' in o && 'month' in o && 'day' in o && typeof o.text === 'string';

/** Every `{start, end}` anywhere in the record, and the object that owns it (as `span`), with its path. */
export function collectSpans(record: unknown): { path: string; span: { start: number; end: number }; owner: Record<string, unknown> | null }[] {
  const out: { path: string; span: { start: number; end: number }; owner: Record<string, unknown> | null }[] = [];
  const walk = (v: unknown, p: string, parent: Record<string, unknown> | null, key: string) => {
    if (typeof v !== 'object' || v === null) return;
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${p}[${i}]`, null, String(i)));
      return;
    }
    if (isSpan(v)) out.push({ path: p, span: v, owner: key === 'span' ? parent : null });
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      if (p === '' && k === 'text') continue; // the text itself
      walk(o[k], p ? `${p}.${k}` : k, o, k);
    }
  };
  walk(record, '', null, '');
  return out;
}

/** Spans are in bounds and slice to their value's evidence. */
export function checkSpans(record: NoticeRecord): string[] {
  const problems: string[] = [];
  const text = record.text;
  for (const { path: p, span, owner } of collectSpans(record)) {
    const { start, end } = span;
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
      problems.push(`${p}: span {${start}, ${end}} is outside 0 <= start <= end <= text.length (${text.length})`);
      continue;
    }
    if (!owner || !p.endsWith('.span')) continue;
    const slice = text.slice(start, end);
    const ownerPath = p.slice(0, -'.span'.length);
    // Evidence is exact (CONVENTIONS.md): a date's and a mention's text is the slice itself.
    if (isPartialDate(owner)) {
      if (slice !== owner.text) problems.push(`${ownerPath}: date text ${JSON.stringify(owner.text)} but its span slices ${JSON.stringify(slice)}`);
    } else if (/^agencies\[\d+\]\.mentions\[\d+\]$/.test(ownerPath)) {
      if (slice !== owner.text) problems.push(`${ownerPath}: mention text ${JSON.stringify(owner.text)} but its span slices ${JSON.stringify(slice)}`);
    } else if (start === end) {
      problems.push(`${ownerPath}: empty span {${start}, ${end}}: a value needs evidence`);
    }
  }
  return problems;
}

/** The raw input's lines as the user sees them: split on \n, as src/normalize/offset-map.ts LineIndex does. */
export function rawLineLengths(input: string | Uint8Array, encoding: string): number[] {
  if (typeof input === 'string') return input.split('\n').map((l) => l.length);
  const enc = encoding.toLowerCase();
  if (enc === 'utf-8' || enc === 'utf8' || enc === 'utf-16le' || enc === 'utf-16be') {
    // TextDecoder drops one leading BOM, like the decoder does.
    return new TextDecoder(enc.replace('utf8', 'utf-8')).decode(input).split('\n').map((l) => l.length);
  }
  // A legacy single-byte code page (windows-1258, tcvn3, vni, viscii, ...): lines end at 0x0A
  // whatever the page, and a byte decodes to at most one UTF-16 unit (NFC only shortens), so the
  // byte length of a line bounds its decoded length.
  const lengths: number[] = [];
  let start = 0;
  for (let i = input.indexOf(0x0a); i !== -1; i = input.indexOf(0x0a, i + 1)) {
    lengths.push(i - start);
    start = i + 1;
  }
  lengths.push(input.length - start);
  return lengths;
}

/** Every diagnostic points at an existing line and column of the raw input. */
export function checkDiagnostics(input: string | Uint8Array, record: NoticeRecord): string[] {
  const problems: string[] = [];
  if (record.diagnostics.length === 0) return problems;
  const lines = rawLineLengths(input, record.source.encoding);
  record.diagnostics.forEach((d, i) => {
    const where = `diagnostics[${i}] (${d.code} at ${d.line}:${d.column})`;
    if (!Number.isInteger(d.line) || d.line < 1 || d.line > lines.length) {
      problems.push(`${where}: line outside 1..${lines.length}`);
    } else if (!Number.isInteger(d.column) || d.column < 1 || d.column > lines[d.line - 1] + 1) {
      problems.push(`${where}: column outside 1..${lines[d.line - 1] + 1} (line length + 1)`);
    }
  });
  return problems;
}

/**
 * normalize(normalize(x).text).text === normalize(x).text
 *
 * The second pass sniffs the format of the normalised text again. For an HTML page that is not
 * quite fair (a page's text may hold "**" or "# " that the second pass then reads as markdown),
 * so for HTML input the second pass is also allowed to be run as plain text.
 */
export function checkNormalizeIdempotent(input: string | Uint8Array): string[] {
  let first: ReturnType<typeof normalize>;
  try {
    first = normalize(input);
  } catch (e) {
    if (e instanceof NoticeInputError) return []; // not a document: nothing to normalise
    return [`normalize threw ${describeError(e)}`];
  }
  const once = first.text;
  if (once === '') return []; // normalize("") refuses the empty input, as it should
  let twice: string;
  try {
    twice = normalize(once).text;
    if (twice !== once && first.raw.format === 'html') twice = normalize(once, { format: 'text' }).text;
  } catch (e) {
    return [`normalize(normalize(x).text) threw ${describeError(e)} on ${JSON.stringify(once.slice(0, 200))}`];
  }
  if (twice === once) return [];
  let i = 0;
  while (i < once.length && once[i] === twice[i]) i++;
  return [
    `normalize is not idempotent (${first.raw.format}): first difference at ${i}: once ${JSON.stringify(once.slice(Math.max(0, i - 20), i + 40))} vs twice ${JSON.stringify(twice.slice(Math.max(0, i - 20), i + 40))}`,
  ];
}

/** True when text has something the input guard does not count as blank, and no control bytes it may call binary. */
export function looksLikeText(input: string): boolean {
  return /[^\s]/.test(input) && !/[\x00-\x08\x0e-\x1f\x7f]/.test(input) && !/^(?:%PDF-|PK\u0003\u0004|\u00d0\u00cf)/.test(input);
}

export interface CheckOptions {
  /** The input is real text (a document or a mutation of one): it must yield a record, not an input error. */
  mustParse?: boolean;
  /** Also check normalize's idempotence (costs one more normalisation pass). */
  idempotence?: boolean;
}

/**
 * Runs every invariant on one input. Returns the violations; [] when all hold.
 * Parses twice (determinism), validates with zod and ajv, walks spans and diagnostics.
 */
export function checkInput(input: string | Uint8Array, opts: CheckOptions = {}): string[] {
  const copy = typeof input === 'string' ? input : input.slice();
  const first = parseOutcome(input);
  if (typeof input !== 'string' && Buffer.compare(Buffer.from(input), Buffer.from(copy as Uint8Array)) !== 0) {
    return ['parseNotice modified its input buffer'];
  }
  if (first.kind === 'crash') return [`parseNotice threw something other than a typed NoticeInputError: ${describeError(first.error)}`];
  const second = parseOutcome(copy);
  const problems: string[] = [];
  if (first.kind === 'input-error') {
    if (opts.mustParse) problems.push(`a text document was refused as input: ${first.error.code}: ${first.error.message}`);
    if (second.kind !== 'input-error' || second.error.code !== first.error.code) problems.push('not deterministic: the same input gave a different outcome');
    return problems;
  }
  if (second.kind !== 'record' || second.json !== first.json) {
    problems.push('not deterministic: the same input gave different JSON');
  }
  const { record } = first;
  const zod = NoticeRecordSchema.safeParse(record);
  if (!zod.success) problems.push(`zod: ${zod.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  // Validate the JSON form, as a consumer of the output sees it.
  if (!validateJsonSchema(JSON.parse(first.json))) {
    problems.push(`JSON Schema (ajv): ${(validateJsonSchema.errors ?? []).map((e: { instancePath: string; message?: string; params: unknown }) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`).join('; ')}`);
  }
  problems.push(...checkSpans(record));
  problems.push(...checkDiagnostics(input, record));
  const failed = record.diagnostics.filter((d) => d.code === 'internal/stage-failed');
  for (const d of failed) problems.push(`a stage threw (caught by the pipeline): ${d.message}`);
  if (opts.idempotence) problems.push(...checkNormalizeIdempotent(input));
  return problems;
}

/** A short, printable description of an input for failure messages. */
export function showInput(input: string | Uint8Array): string {
  if (typeof input === 'string') {
    return input.length > 300 ? `string(${input.length}) ${JSON.stringify(input.slice(0, 300))}…` : `string ${JSON.stringify(input)}`;
  }
  const hex = Buffer.from(input.subarray(0, 120)).toString('hex');
  return `bytes(${input.length}) ${hex}${input.length > 120 ? '…' : ''}`;
}
