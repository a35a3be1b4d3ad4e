// Builds the benchmark corpus from fixtures/: N documents with small variations, and a stream
// of form-feed separated documents (for the large-input run; written to stdout, never to disk).
import { mkdir, readFile, readdir, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;

export async function loadSeeds() {
  const dirs = [path.join(ROOT, 'fixtures'), path.join(ROOT, 'fixtures/corpus')];
  const seeds = [];
  for (const d of dirs) {
    for (const f of (await readdir(d)).sort()) if (f.endsWith('.txt')) seeds.push(await readFile(path.join(d, f), 'utf8'));
  }
  return seeds;
}

/** A small, deterministic variation of a seed: other numbers, days and a shuffled pair of paragraphs. */
export function vary(seed, i) {
  let s = seed.replace(/\b(\d{1,4})\/(TB|KH|CV|QĐ|CT|CĐ|UBND|VPCP)/g, (_m, _n, code) => `${(i * 37) % 9000 + 1}/${code}`);
  s = s.replace(/ngày (\d{1,2})\/(\d{1,2})\/(\d{4})/g, (_m, _d, mo, y) => `ngày ${(i % 28) + 1}/${mo}/${y}`);
  const paras = s.split('\n\n');
  if (paras.length > 6) {
    const a = 2 + (i % (paras.length - 4));
    [paras[a], paras[a + 1]] = [paras[a + 1], paras[a]];
  }
  return paras.join('\n\n') + `\n\n(bản ${i})\n`;
}

export async function buildDocs(dir, n) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const seeds = await loadSeeds();
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const text = vary(seeds[i % seeds.length], i);
    bytes += Buffer.byteLength(text);
    await writeFile(path.join(dir, `doc-${String(i).padStart(6, '0')}.txt`), text);
  }
  return bytes;
}

/** Writes about `mb` megabytes of form-feed separated documents to a stream. */
export async function streamConcatenated(out, mb) {
  const seeds = await loadSeeds();
  const target = mb * 1e6;
  let written = 0;
  for (let i = 0; written < target; i++) {
    const chunk = vary(seeds[i % seeds.length], i) + '\f';
    written += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
  }
  return written;
}

if (process.argv[2] === 'stream') {
  await streamConcatenated(process.stdout, Number(process.argv[3] ?? 100));
}
