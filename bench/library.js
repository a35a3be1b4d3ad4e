// The library call alone: parseNotice over preloaded documents, no I/O in the timed loop.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseNotice } from '../dist/index.js';

const dir = process.argv[2];
const limit = Number(process.argv[3] ?? Infinity);
const files = (await readdir(dir)).sort().slice(0, limit);
const docs = await Promise.all(files.map((f) => readFile(path.join(dir, f))));
let bytes = 0;
let outChars = 0;
const t0 = process.hrtime.bigint();
for (let i = 0; i < docs.length; i++) {
  bytes += docs[i].length;
  outChars += JSON.stringify(parseNotice(docs[i], { path: files[i] })).length;
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
process.stdout.write(JSON.stringify({ bytes, files: docs.length, seconds, outChars, peakRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
