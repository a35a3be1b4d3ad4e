// The floor: the least any tool must do per document. Reads every file under a directory,
// decodes UTF-8, NFC-normalises, and writes one JSON line per document to stdout.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const dir = process.argv[2];
const files = (await readdir(dir)).sort();
let bytes = 0;
const out = process.stdout;
for (const f of files) {
  const buf = await readFile(path.join(dir, f));
  bytes += buf.length;
  const text = new TextDecoder('utf-8').decode(buf).normalize('NFC');
  const line = JSON.stringify({ path: f, text }) + '\n';
  if (!out.write(line)) await new Promise((r) => out.once('drain', r));
}
process.stderr.write(JSON.stringify({ bytes, files: files.length, peakRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
