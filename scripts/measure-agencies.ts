/**
 * Precision and recall of the agencies stage (by canonical name, per document) and of the
 * references stage (by number), against the expected records written by people reading the
 * documents: fixtures/*.json and fixtures/corpus/*.json (those that have the key).
 *
 * Run: npx tsx scripts/measure-agencies.ts [--verbose] [FILTER]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { runPipeline } from '../src/pipeline.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const verbose = process.argv.includes('--verbose');
const filter = process.argv.slice(2).find((a) => !a.startsWith('--'));

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const agencyT = tally();
const refT = tally();
const roleT = tally();

function compareSets(expected: string[], actual: string[], t: Tally): { missing: string[]; extra: string[] } {
  const exp = new Map<string, number>();
  for (const e of expected) exp.set(e, (exp.get(e) ?? 0) + 1);
  const extra: string[] = [];
  for (const a of actual) {
    const n = exp.get(a) ?? 0;
    if (n > 0) {
      exp.set(a, n - 1);
      t.tp++;
    } else {
      extra.push(a);
      t.fp++;
    }
  }
  const missing: string[] = [];
  for (const [k, n] of exp) for (let i = 0; i < n; i++) missing.push(k);
  t.fn += missing.length;
  return { missing, extra };
}

interface Dir {
  id: string;
  agencies?: { name: string; role: string }[];
  children?: Dir[];
}
function flatRoles(ds: Dir[] | undefined, out: string[] = []): string[] {
  for (const d of ds ?? []) {
    for (const a of d.agencies ?? []) out.push(`${d.id}:${a.name}:${a.role}`);
    flatRoles(d.children, out);
  }
  return out;
}

const dirs = [path.join(root, 'fixtures'), path.join(root, 'fixtures', 'corpus')];
const rows: string[] = [];
for (const dir of dirs) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const base = f.slice(0, -5);
    const src = ['.txt', '.md', '.html'].map((e) => path.join(dir, base + e)).find((p) => existsSync(p));
    if (!src) continue;
    const rel = path.relative(path.join(root, 'fixtures'), path.join(dir, base));
    if (filter && !rel.includes(filter)) continue;
    let gold = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
    if (gold.$sameAs) gold = JSON.parse(readFileSync(path.join(dir, gold.$sameAs), 'utf8'));
    const ctx = runPipeline(readFileSync(src), { path: src });
    const out: string[] = [];
    if (Array.isArray(gold.agencies)) {
      const { missing, extra } = compareSets(
        gold.agencies.map((a: { name: string }) => a.name),
        ctx.findings.agencies.map((a) => a.name),
        agencyT,
      );
      out.push(`agencies -${missing.length} +${extra.length}`);
      if (verbose) {
        for (const m of missing) out.push(`    missing: ${m}`);
        for (const e of extra) out.push(`    extra:   ${e}`);
        const byName = new Map(ctx.findings.agencies.map((a) => [a.name, a]));
        for (const g of gold.agencies as { name: string; mentions: (string | { text: string })[] }[]) {
          const a = byName.get(g.name);
          if (!a) continue;
          const exp = g.mentions.map((m) => (typeof m === 'string' ? m : m.text));
          const act = a.mentions.map((m) => m.text);
          if (JSON.stringify(exp) !== JSON.stringify(act)) out.push(`    mentions of ${g.name}: expected ${JSON.stringify(exp)} got ${JSON.stringify(act)}`);
        }
      }
    }
    if (Array.isArray(gold.references)) {
      const { missing, extra } = compareSets(
        gold.references.map((r: { number: string }) => r.number),
        ctx.findings.references.map((r) => r.number),
        refT,
      );
      out.push(`references -${missing.length} +${extra.length}`);
      if (verbose) {
        for (const m of missing) out.push(`    missing ref: ${m}`);
        for (const e of extra) out.push(`    extra ref:   ${e}`);
      }
    }
    if (Array.isArray(gold.directives) && ctx.findings.directives.length > 0) {
      const { missing, extra } = compareSets(flatRoles(gold.directives), flatRoles(ctx.findings.directives as Dir[]), roleT);
      out.push(`roles -${missing.length} +${extra.length}`);
      if (verbose) {
        for (const m of missing) out.push(`    missing role: ${m}`);
        for (const e of extra) out.push(`    extra role:   ${e}`);
      }
    }
    rows.push(`${rel}: ${out.join(', ')}`);
  }
}
const pr = (t: Tally) => {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return `precision ${(100 * p).toFixed(1)}% recall ${(100 * r).toFixed(1)}% (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
};
console.log(rows.join('\n'));
console.log(`\nagencies (canonical name per document): ${pr(agencyT)}`);
console.log(`references (number per document):       ${pr(refT)}`);
console.log(`directive roles (id:name:role):         ${pr(roleT)}`);
