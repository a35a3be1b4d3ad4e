/**
 * Fixture comparison (docs/CONVENTIONS.md, "Fixtures"): an expected file is a partial record
 * written by reading the document. Only the keys it has are compared; arrays must match in
 * length; "BEGINNING … END" matches by prefix and suffix; mentions may be plain strings; an actual
 * string's runs of white space compare as one space (evidence is the exact slice, line breaks kept).
 */
import type { NoticeRecord } from '../record/schema.js';

export interface Mismatch {
  path: string;
  expected: unknown;
  actual: unknown;
}

/** U+2026 between spaces: the elision mark of an abbreviated expected string. */
export const ELISION = ' \u2026 ';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Runs of white space: a value's evidence may cross a line break where the gold has a space. */
export const WHITE_SPACE_RUN = /\s+/gu;

function matchString(rawExpected: string, rawActual: unknown): boolean {
  if (typeof rawActual !== 'string') return false;
  if (rawExpected === rawActual) return true;
  const actual = rawActual.replace(WHITE_SPACE_RUN, ' ');
  const expected = rawExpected.replace(WHITE_SPACE_RUN, ' ');
  if (expected === actual) return true;
  const i = expected.indexOf(ELISION);
  if (i === -1) return false;
  const head = expected.slice(0, i);
  const tail = expected.slice(i + ELISION.length);
  return actual.length >= head.length + tail.length && actual.startsWith(head) && actual.endsWith(tail);
}

/**
 * Lists of agencies are compared by name, not by position: one agency missed early in a list
 * must show as that one agency, not as every later agency being wrong. Their order (first
 * mention first) is checked separately, as `PATH.order`.
 */
function isKeyedList(path: string, expected: unknown[]): boolean {
  return /(^|\.)agencies$/.test(path) && expected.every((e) => isObject(e) && typeof e.name === 'string');
}

function compareKeyed(expected: Record<string, unknown>[], actual: unknown[], path: string): Mismatch[] {
  const out: Mismatch[] = [];
  const byName = new Map<string, Record<string, unknown>>();
  for (const a of actual) if (isObject(a) && typeof a.name === 'string' && !byName.has(a.name)) byName.set(a.name, a);
  const expectedNames = new Set(expected.map((e) => e.name as string));
  for (const e of expected) {
    const name = e.name as string;
    const a = byName.get(name);
    if (!a) out.push({ path: `${path}{${name}}`, expected: e, actual: undefined });
    else out.push(...compareExpected(e, a, `${path}{${name}}`));
  }
  for (const [name, a] of byName) if (!expectedNames.has(name)) out.push({ path: `${path}{${name}}`, expected: undefined, actual: a });
  const common = expected.map((e) => e.name as string).filter((n) => byName.has(n));
  const actualOrder = [...byName.keys()].filter((n) => expectedNames.has(n));
  if (common.join('\u0000') !== actualOrder.join('\u0000')) out.push({ path: `${path}.order`, expected: common, actual: actualOrder });
  return out;
}

export function compareExpected(expected: unknown, actual: unknown, path = ''): Mismatch[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [{ path, expected, actual }];
    if (isKeyedList(path, expected)) return compareKeyed(expected as Record<string, unknown>[], actual, path);
    const out: Mismatch[] = [];
    const texts = /(^|\.)mentions$/.test(path) && expected.every((e) => typeof e === 'string');
    const act = texts ? actual.map((a) => (isObject(a) ? a.text : a)) : actual;
    if (expected.length !== act.length) {
      out.push({ path: `${path}.length`, expected: expected.length, actual: act.length });
    }
    const n = Math.min(expected.length, act.length);
    for (let i = 0; i < n; i++) out.push(...compareExpected(expected[i], act[i], `${path}[${i}]`));
    return out;
  }
  if (isObject(expected)) {
    if (!isObject(actual)) return [{ path, expected, actual }];
    const out: Mismatch[] = [];
    for (const key of Object.keys(expected)) {
      if (key.startsWith('$')) continue;
      out.push(...compareExpected(expected[key], actual[key], path ? `${path}.${key}` : key));
    }
    return out;
  }
  if (typeof expected === 'string') return matchString(expected, actual) ? [] : [{ path, expected, actual }];
  return Object.is(expected, actual) ? [] : [{ path, expected, actual }];
}

/** The record as a fixture holds it: no normalised text, no spans, no hashes, mentions as text. */
export function fixtureView(record: NoticeRecord): Record<string, unknown> {
  const strip = (v: unknown, key = ''): unknown => {
    if (Array.isArray(v)) {
      if (key === 'mentions') return v.map((m) => (isObject(m) ? m.text : m));
      return v.map((x) => strip(x));
    }
    if (isObject(v)) {
      const o: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        if (k === 'span') continue;
        o[k] = strip(x, k);
      }
      return o;
    }
    return v;
  };
  const { text: _text, diagnostics: _diagnostics, source, schemaVersion: _v, ...rest } = record;
  return { source: { format: source.format }, ...(strip(rest) as Record<string, unknown>) };
}
