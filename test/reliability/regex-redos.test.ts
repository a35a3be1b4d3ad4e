/**
 * No runaway regex (issue #8): every RegExp the project compiles is checked with recheck
 * (offline: the native binary from recheck-linux-x64, else the jar, else recheck's pure JS).
 *
 * The regexes are collected, not listed: every module under src/ is imported and its exports
 * are walked recursively (RegExp, LazyRegExp, arrays, plain objects, Maps, Sets). docs/helpers/stage-brief.md
 * requires every regex to be built at module load and exported, so a new module's regexes are
 * picked up without touching this test.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fg from 'fast-glob';
import { checkSync, type Diagnostics } from 'recheck';
import { describe, expect, it } from 'vitest';
import { LONG_RUN, ROOT } from './support/env.js';
import { LazyRegExp } from '../../src/vocabulary/lazy-regexp.js';

/** The collector must find at least this many distinct regexes: it found 338 on 2026-11-22 (from 127 modules); the margin allows regexes to be merged. */
const MIN_REGEXES = 250;

/**
 * Per-regex time for recheck (ms). The automaton checker goes first: it is exact, deterministic
 * and fast even on the big generated tries (recheck's 'auto' sends those to its fuzzer, which
 * can take a minute). It cannot handle backreferences and may give up on a huge automaton;
 * then the fuzz checker decides. A regex neither can decide in time is reported, not passed.
 */
const AUTOMATON_TIMEOUT_MS = LONG_RUN ? 10_000 : 1_500;
const FUZZ_TIMEOUT_MS = LONG_RUN ? 60_000 : 20_000;

/**
 * Verdicts are cached per regex (source, flags, recheck version) in node_modules/.cache, so a
 * rerun only checks new or changed regexes; a fresh clone (CI) checks them all. 'unknown'
 * (undecided) is never cached. `npm run fuzz` (FUZZ_RUNS set) and RECHECK_CACHE=0 check all.
 */
const CACHE_FILE = path.join(ROOT, 'node_modules/.cache/vn-notice/recheck-verdicts.json');
const RECHECK_VERSION: string = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/recheck/package.json'), 'utf8')).version;
const useCache = !LONG_RUN && process.env.RECHECK_CACHE !== '0';

/** A verdict as cached: 'safe', or the description of what recheck found. */
type Verdict = { status: 'safe' } | { status: 'vulnerable'; summary: string; attack: string; checker: string };

function loadCache(): Map<string, Verdict> {
  if (!useCache) return new Map();
  try {
    const c = JSON.parse(readFileSync(CACHE_FILE, 'utf8'));
    return new Map(c.version === RECHECK_VERSION && c.verdicts ? Object.entries(c.verdicts) : []);
  } catch {
    return new Map();
  }
}

function saveCache(verdicts: Map<string, Verdict>): void {
  if (!useCache) return;
  try {
    mkdirSync(path.dirname(CACHE_FILE), { recursive: true });
    writeFileSync(CACHE_FILE, JSON.stringify({ version: RECHECK_VERSION, verdicts: Object.fromEntries(verdicts) }));
  } catch {
    // a read-only node_modules only costs time
  }
}

/** recheck's verdict on one regex: automaton checker first, the fuzzer when it cannot decide. */
export function recheckRegex(re: RegExp): Diagnostics {
  const exact = checkSync(re.source, re.flags, { checker: 'automaton', timeout: AUTOMATON_TIMEOUT_MS });
  if (exact.status !== 'unknown') return exact;
  return checkSync(re.source, re.flags, { checker: 'fuzz', timeout: FUZZ_TIMEOUT_MS });
}

/**
 * Regexes recheck reports as vulnerable (or cannot decide), tolerated until their owner fixes
 * them, so that the suite stays green meanwhile. Key: where the regex is exported, as the
 * collector names it ("src/module.ts: EXPORT" or "src/module.ts: LIST[2].re"); value: why it is
 * here. Every entry needs a comment with the attack recheck found and the owner. A regex that
 * becomes safe is reported on the console as a stale entry to remove (not a failure, so that
 * the owner's fix does not turn the suite red).
 */
const ALLOWLIST: ReadonlyMap<string, string> = new Map<string, string>([
  // Empty: markdown-lite's ATX_CLOSE and NEEDS_FULL_PARSER and header's INLINE_MARKUP, the last
  // entries, were rewritten as code around sticky patterns tried only where a match can start
  // (their attacks are cases of pathological.test.ts).
]);

interface Found {
  regex: RegExp;
  /** "src/dates/partial-date.ts: DATE_SCANNER", "src/x.ts: PATTERNS[3].re", ... */
  where: string[];
}

const isPlainObject = (v: object) => {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** Walks an exported value for RegExps; `where` names the path to each. */
function walk(value: unknown, where: string, seen: WeakSet<object>, out: (re: RegExp, where: string) => void): void {
  if (typeof value !== 'object' || value === null) return;
  if (seen.has(value)) return;
  seen.add(value);
  if (value instanceof RegExp) {
    out(value, where);
    return;
  }
  if (value instanceof LazyRegExp) {
    out(new RegExp(value.source, value.flags), where); // what its first use builds
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, `${where}[${i}]`, seen, out));
    return;
  }
  if (value instanceof Map) {
    let i = 0;
    for (const [k, v] of value) {
      walk(k, `${where}.keys[${i}]`, seen, out);
      walk(v, `${where}.get(${typeof k === 'string' ? JSON.stringify(k) : i})`, seen, out);
      i++;
    }
    return;
  }
  if (value instanceof Set) {
    let i = 0;
    for (const v of value) walk(v, `${where}.values[${i++}]`, seen, out);
    return;
  }
  if (!isPlainObject(value)) return; // class instances (zod schemas, pools) are not vocabulary
  for (const key of Object.keys(value)) {
    const desc = Object.getOwnPropertyDescriptor(value, key);
    if (!desc || !('value' in desc)) continue; // no getters: reading must not run code
    walk(desc.value, `${where}.${key}`, seen, out);
  }
}

async function collectRegexes(): Promise<{ modules: string[]; failedImports: string[]; regexes: Map<string, Found> }> {
  const modules = (await fg('src/**/*.ts', { cwd: ROOT, ignore: ['**/*.d.ts'] })).sort();
  const regexes = new Map<string, Found>();
  const failedImports: string[] = [];
  const seen = new WeakSet<object>();
  for (const rel of modules) {
    let mod: Record<string, unknown>;
    try {
      mod = await import(pathToFileURL(path.join(ROOT, rel)).href);
    } catch (e) {
      failedImports.push(`${rel}: ${(e as Error).message}`);
      continue;
    }
    for (const name of Object.keys(mod)) {
      walk(mod[name], `${rel}: ${name}`, seen, (re, where) => {
        const key = `/${re.source}/${re.flags}`;
        const f = regexes.get(key);
        if (f) f.where.push(where);
        else regexes.set(key, { regex: re, where: [where] });
      });
    }
  }
  return { modules, failedImports, regexes };
}

function toVerdict(d: Diagnostics): Verdict | null {
  if (d.status === 'safe') return { status: 'safe' };
  if (d.status === 'vulnerable') return { status: 'vulnerable', summary: d.complexity.summary, attack: d.attack.pattern, checker: d.checker };
  return null;
}

function describeUnsafe(key: string, found: Found, d: Verdict | Diagnostics): string {
  const where = found.where.slice(0, 3).join(', ') + (found.where.length > 3 ? ` (+${found.where.length - 3} more)` : '');
  const shortKey = key.length > 200 ? `${key.slice(0, 200)}… (${key.length} chars)` : key;
  if (d.status === 'unknown') return `${where}\n    ${shortKey}\n    unknown: ${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''}`;
  const v = 'source' in d ? toVerdict(d) : d;
  if (v?.status === 'vulnerable') return `${where}\n    ${shortKey}\n    ${v.summary} (${v.checker}); attack: ${v.attack}`;
  return `${where}: ${d.status}`;
}

describe('no runaway regex (recheck over every exported regex under src/)', () => {
  it('every compiled regex is safe', async () => {
    const { modules, failedImports, regexes } = await collectRegexes();
    expect.soft(failedImports, 'modules under src/ that cannot be imported').toEqual([]);
    expect(modules.length).toBeGreaterThan(10);
    expect(regexes.size, 'the collector found too few regexes: is it still walking the exports?').toBeGreaterThanOrEqual(MIN_REGEXES);

    const unsafe: string[] = [];
    const allowedSeen = new Set<string>();
    const started = Date.now();
    const timings: [number, string][] = [];
    const cached = loadCache();
    const verdicts = new Map<string, Verdict>();
    let fromCache = 0;
    for (const [key, found] of regexes) {
      let d: Verdict | Diagnostics | undefined = cached.get(key);
      if (d) fromCache++;
      else {
        const t0 = Date.now();
        d = recheckRegex(found.regex);
        timings.push([Date.now() - t0, found.where[0]]);
      }
      const v = 'source' in d ? toVerdict(d) : d;
      if (v) verdicts.set(key, v);
      if (d.status === 'safe') continue;
      const allowed = found.where.filter((w) => ALLOWLIST.has(w));
      if (allowed.length > 0) {
        for (const w of allowed) allowedSeen.add(w);
        console.log(`allowlisted (${ALLOWLIST.get(allowed[0])}): ${describeUnsafe(key, found, d)}`);
        continue;
      }
      unsafe.push(describeUnsafe(key, found, d));
    }
    saveCache(verdicts);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `recheck: ${regexes.size} distinct regexes from ${modules.length} modules (${fromCache} verdicts from the cache) in ${seconds.toFixed(1)} s; ${allowedSeen.size} allowlisted`,
    );
    const slow = timings.sort((a, b) => b[0] - a[0]).slice(0, 5);
    console.log(`slowest: ${slow.map(([ms, w]) => `${w} ${ms} ms`).join('; ')}`);
    expect(unsafe, `regexes recheck does not call safe:\n${unsafe.join('\n')}`).toEqual([]);
    const stale = [...ALLOWLIST.keys()].filter((k) => !allowedSeen.has(k));
    if (stale.length) console.warn(`ALLOWLIST entries now safe or gone (remove them): ${stale.join('; ')}`);
  }, 600_000);
});
