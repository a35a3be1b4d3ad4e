#!/usr/bin/env node
// Regression corpus report (issue #8): parses every fixtures/**/*.{txt,md,html} with the built
// library, counts what was extracted per field and per diagnostic code (per file and in total),
// times it, and compares with the committed baseline fixtures/corpus-report.json: what was
// gained and lost, per field and per file. A change that loses extractions shows up in review.
//
//   npm run build && npm run corpus-report             compare with the baseline (exit 0)
//   npm run corpus-report -- --strict                  exit 1 when anything was lost
//   npm run corpus-report -- --update                  rewrite the baseline from this run
//   options: --baseline FILE (default fixtures/corpus-report.json), --quiet (totals only),
//            --glob PATTERN (the documents, default fixtures/**/*.{txt,md,html})
//
// Counts, not gold values: the gold comparison is `vn-notice check fixtures`. The baseline must
// be regenerated (--update) when a stage lands and its gains are reviewed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fg from 'fast-glob';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const opts = { update: false, strict: false, quiet: false, baseline: path.join(ROOT, 'fixtures/corpus-report.json'), glob: 'fixtures/**/*.{txt,md,html}' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--update') opts.update = true;
    else if (a === '--strict') opts.strict = true;
    else if (a === '--quiet' || a === '-q') opts.quiet = true;
    else if (a === '--baseline') opts.baseline = path.resolve(argv[++i] ?? '');
    else if (a === '--glob') opts.glob = argv[++i] ?? opts.glob;
    else if (a === '--help' || a === '-h') {
      console.log('usage: corpus-report [--update] [--strict] [--quiet] [--baseline FILE] [--glob PATTERN]');
      process.exit(0);
    } else {
      console.error(`corpus-report: unknown option ${a}`);
      process.exit(2);
    }
  }
  return opts;
}

/** Fields counted per file. "Presence" fields are 0 or 1; the others are counts. */
const FIELDS = [
  'document.type',
  'document.number',
  'document.issuer',
  'document.place',
  'document.date',
  'document.title',
  'meeting',
  'meeting.date',
  'meeting.location',
  'presiders',
  'presiders.positions',
  'directives',
  'directives.total',
  'directives.headings',
  'directives.agencies',
  'directives.deadlines',
  'agencies',
  'agencies.mentions',
  'references',
  'references.dates',
  'recipients',
  'recipients.agencies',
  'signer',
  'signer.name',
  'signer.position',
  'signer.authorities',
];

function walkDirectives(list, visit) {
  for (const d of list) {
    visit(d);
    walkDirectives(d.children ?? [], visit);
  }
}

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const has = (v) => (v === null || v === undefined ? 0 : 1);

/** What one record extracted, as counts per field. */
export function countRecord(r) {
  const all = [];
  walkDirectives(r.directives ?? [], (d) => all.push(d));
  return {
    'document.type': has(r.document?.type),
    'document.number': has(r.document?.number),
    'document.issuer': has(r.document?.issuer),
    'document.place': has(r.document?.place),
    'document.date': has(r.document?.date),
    'document.title': has(r.document?.title),
    meeting: has(r.meeting),
    'meeting.date': has(r.meeting?.date),
    'meeting.location': has(r.meeting?.location),
    presiders: r.presiders?.length ?? 0,
    'presiders.positions': sum((r.presiders ?? []).map((p) => p.positions?.length ?? 0)),
    directives: r.directives?.length ?? 0,
    'directives.total': all.length,
    'directives.headings': all.filter((d) => d.heading).length,
    'directives.agencies': sum(all.map((d) => d.agencies?.length ?? 0)),
    'directives.deadlines': sum(all.map((d) => d.deadlines?.length ?? 0)),
    agencies: r.agencies?.length ?? 0,
    'agencies.mentions': sum((r.agencies ?? []).map((a) => a.mentions?.length ?? 0)),
    references: r.references?.length ?? 0,
    'references.dates': (r.references ?? []).filter((x) => x.date).length,
    recipients: r.recipients?.length ?? 0,
    'recipients.agencies': sum((r.recipients ?? []).map((x) => x.agencies?.length ?? 0)),
    signer: has(r.signer),
    'signer.name': has(r.signer?.name),
    'signer.position': has(r.signer?.position),
    'signer.authorities': r.signer?.authorities?.length ?? 0,
  };
}

/** The single values, so that a change (not only a loss) shows up. */
function valuesOf(r) {
  const d = r.document ?? {};
  const cut = (s) => (typeof s === 'string' && s.length > 120 ? s.slice(0, 117) + '...' : s);
  return {
    'document.type': d.type ? d.type.code ?? d.type.name : null,
    'document.number': d.number?.raw ?? null,
    'document.issuer': d.issuer ? [d.issuer.parent, d.issuer.name].filter(Boolean).join(' / ') : null,
    'document.place': d.place?.name ?? null,
    'document.date': d.date ? d.date.iso ?? d.date.text : null,
    'document.title': cut(d.title?.text ?? null),
    'meeting.date': r.meeting?.date ? r.meeting.date.iso ?? r.meeting.date.text : null,
    'meeting.location': cut(r.meeting?.location ?? null),
    presiders: (r.presiders ?? []).map((p) => p.name).join('; ') || null,
    'directives.ids': cut(
      (() => {
        const ids = [];
        walkDirectives(r.directives ?? [], (x) => ids.push(x.id));
        return ids.join(' ') || null;
      })(),
    ),
    'signer.name': r.signer?.name ?? null,
  };
}

function diagnosticCounts(r) {
  const out = {};
  for (const d of r.diagnostics ?? []) out[d.code] = (out[d.code] ?? 0) + 1;
  return sortKeys(out);
}

function sortKeys(o) {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

async function run(opts) {
  const dist = path.join(ROOT, 'dist/index.js');
  if (!existsSync(dist)) {
    console.error('corpus-report: dist/index.js is missing: run `npm run build` first');
    process.exit(2);
  }
  const { parseNotice, NoticeInputError } = await import(pathToFileURL(dist).href);
  // Documents only: the notes beside them (README.md, NOTES.md, SOURCES.md, ...) are left out.
  const files = (await fg(opts.glob, { cwd: ROOT, onlyFiles: true }))
    .filter((f) => !/^[A-Z][A-Z_-]*\.md$/.test(path.basename(f)))
    .sort();
  const report = { generated: new Date().toISOString().slice(0, 10), files: {}, totals: {}, diagnostics: {}, errors: 0, timeMs: 0 };
  // One untimed parse first, so that the first file's time is not the library's start-up.
  if (files.length > 0) {
    try {
      parseNotice(readFileSync(path.join(ROOT, files[0])));
    } catch {
      // timed below
    }
  }
  const started = performance.now();
  for (const rel of files) {
    const bytes = readFileSync(path.join(ROOT, rel));
    const t0 = performance.now();
    let entry;
    try {
      const record = parseNotice(bytes, { path: rel });
      entry = { counts: countRecord(record), values: valuesOf(record), diagnostics: diagnosticCounts(record) };
    } catch (e) {
      const code = e instanceof NoticeInputError ? e.code : 'crash';
      entry = { error: `${code}: ${e?.message ?? String(e)}` };
    }
    entry.timeMs = Math.round((performance.now() - t0) * 10) / 10;
    report.files[rel] = entry;
  }
  report.timeMs = Math.round(performance.now() - started);
  for (const f of FIELDS) report.totals[f] = sum(Object.values(report.files).map((e) => e.counts?.[f] ?? 0));
  const diag = {};
  for (const e of Object.values(report.files)) for (const [code, n] of Object.entries(e.diagnostics ?? {})) diag[code] = (diag[code] ?? 0) + n;
  report.diagnostics = sortKeys(diag);
  report.errors = Object.values(report.files).filter((e) => e.error).length;
  return report;
}

const sign = (n) => (n > 0 ? `+${n}` : String(n));

/** Compares a run with the baseline: per field (totals) and per file. Returns the number of losses. */
function compare(base, cur, quiet) {
  let losses = 0;
  let gains = 0;
  const lines = [];
  // Totals per field.
  const fieldRows = [];
  for (const f of FIELDS) {
    const b = base.totals?.[f] ?? 0;
    const c = cur.totals[f];
    if (b !== c) fieldRows.push(`  ${f.padEnd(24)} ${String(b).padStart(5)} -> ${String(c).padStart(5)}  (${sign(c - b)})`);
  }
  lines.push(fieldRows.length ? 'Per field (totals), changed:' : 'Per field (totals): no change.');
  lines.push(...fieldRows);
  // Per file.
  const fileRows = [];
  const names = [...new Set([...Object.keys(base.files ?? {}), ...Object.keys(cur.files)])].sort();
  for (const name of names) {
    const b = base.files?.[name];
    const c = cur.files[name];
    const rows = [];
    if (!b) {
      rows.push('    new file (not in the baseline)');
    } else if (!c) {
      rows.push('    gone (in the baseline, not in fixtures/ now)');
    } else {
      if (b.error && !c.error) rows.push(`    GAINED a record (was ${b.error})`), gains++;
      if (!b.error && c.error) rows.push(`    LOST its record: ${c.error}`), losses++;
      for (const f of FIELDS) {
        const bv = b.counts?.[f] ?? 0;
        const cv = c.counts?.[f] ?? 0;
        if (cv < bv) {
          losses += bv - cv;
          rows.push(`    lost   ${f}: ${bv} -> ${cv}`);
        } else if (cv > bv) {
          gains += cv - bv;
          rows.push(`    gained ${f}: ${bv} -> ${cv}`);
        }
      }
      for (const k of Object.keys({ ...(b.values ?? {}), ...(c.values ?? {}) })) {
        const bv = b.values?.[k] ?? null;
        const cv = c.values?.[k] ?? null;
        if (bv !== null && cv !== null && bv !== cv) rows.push(`    changed ${k}: ${JSON.stringify(bv)} -> ${JSON.stringify(cv)}`);
      }
      const codes = [...new Set([...Object.keys(b.diagnostics ?? {}), ...Object.keys(c.diagnostics ?? {})])].sort();
      for (const code of codes) {
        const bn = b.diagnostics?.[code] ?? 0;
        const cn = c.diagnostics?.[code] ?? 0;
        if (bn !== cn) rows.push(`    diagnostic ${code}: ${bn} -> ${cn}`);
      }
    }
    if (rows.length) fileRows.push(`  ${name}`, ...rows);
  }
  if (!quiet) {
    lines.push(fileRows.length ? 'Per file, changed:' : 'Per file: no change.');
    lines.push(...fileRows);
  }
  // Diagnostic codes (totals).
  const codes = [...new Set([...Object.keys(base.diagnostics ?? {}), ...Object.keys(cur.diagnostics)])].sort();
  const codeRows = codes
    .filter((c) => (base.diagnostics?.[c] ?? 0) !== (cur.diagnostics[c] ?? 0))
    .map((c) => `  ${c.padEnd(40)} ${String(base.diagnostics?.[c] ?? 0).padStart(5)} -> ${String(cur.diagnostics[c] ?? 0).padStart(5)}`);
  lines.push(codeRows.length ? 'Diagnostics per code, changed:' : 'Diagnostics per code: no change.');
  lines.push(...codeRows);
  lines.push(`Against the baseline of ${base.generated ?? '?'}: ${gains} gained, ${losses} lost; time ${base.timeMs ?? '?'} ms -> ${cur.timeMs} ms.`);
  return { losses, gains, text: lines.join('\n') };
}

function printSummary(report) {
  const n = Object.keys(report.files).length;
  console.log(`corpus-report: ${n} documents, ${report.errors} refused, ${report.timeMs} ms`);
  console.log('Per field (documents with it, or total count):');
  for (const f of FIELDS) console.log(`  ${f.padEnd(24)} ${String(report.totals[f]).padStart(5)}`);
  console.log('Diagnostics per code:');
  const codes = Object.entries(report.diagnostics);
  if (codes.length === 0) console.log('  (none)');
  for (const [c, k] of codes) console.log(`  ${c.padEnd(40)} ${String(k).padStart(5)}`);
}

const opts = parseArgs(process.argv.slice(2));
const report = await run(opts);
printSummary(report);
const baseline = existsSync(opts.baseline) ? JSON.parse(readFileSync(opts.baseline, 'utf8')) : null;
let losses = 0;
if (baseline) {
  const c = compare(baseline, report, opts.quiet);
  losses = c.losses;
  console.log('');
  console.log(c.text);
} else {
  console.log(`\nNo baseline at ${path.relative(ROOT, opts.baseline)}: run with --update to write one.`);
}
if (opts.update) {
  writeFileSync(opts.baseline, JSON.stringify(report, null, 2) + '\n');
  console.log(`wrote ${path.relative(ROOT, opts.baseline) || opts.baseline}`);
}
if (opts.strict && losses > 0) {
  console.error(`corpus-report --strict: ${losses} extraction(s) lost against the baseline`);
  process.exit(1);
}
