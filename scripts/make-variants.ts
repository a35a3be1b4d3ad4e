/**
 * Writes fixtures/variants/: each sample fixtures/00*.txt re-encoded and re-laid-out, with an
 * expected file `{"$sameAs": "../NAME.json"}` (plus `source.format` where the layout changes
 * it), so `vn-notice check fixtures/variants` shows that every variant gives the sample's values.
 *
 *   npx tsx scripts/make-variants.ts
 *
 * Variants (file NAME.VARIANT.txt unless said):
 *   utf8-bom, utf16le (with BOM), cp1258 (Windows-1258, tones as combining marks), viscii,
 *   tcvn3, vni, tcvn3-mojibake and vni-mojibake (the legacy bytes read as cp1252, saved as
 *   UTF-8), nfd, crlf, wrap70 (paragraphs hard-wrapped at 70 columns), markdown (.md: capitals
 *   lines as "## " headings or, in the signer block, **bold**; the headline as "# "), page (.html:
 *   a page with <head><title>, <script>, <style>, nav and footer chrome around a <div> with one
 *   <p> per paragraph).
 *
 * What the legacy encodings cannot hold, and what is done about it (the text stays the same
 * after normalisation, which folds these characters anyway):
 * - VISCII has no punctuation above ASCII: curly quotes become straight ones, dashes "-", NBSP a
 *   space. A sample that still has characters VISCII lacks ("…", "•") gets no VISCII variant.
 * - TCVN3 (VN3) has only the capitals Ă Â Ê Ô Ơ Ư Đ. Lines in capitals are written the way the
 *   caps font stores them: for samples 000, 002, 004 entirely lowercase (typed without Caps
 *   Lock), for 001, 003 with the ASCII and VN3 capitals kept ("THÔNG BáO", typed with Caps
 *   Lock); the decoder restores both. A toned capital inside a mixed-case line is written the
 *   old way TCVN3 typists did: "Ủy" as "Uỷ" (U + ỷ), equal to "Ủy" once tone placement is
 *   normalised. Other such capitals would be written lowercase (the script reports them).
 * - TCVN3 and VNI keep Windows punctuation (“ ” – … •, NBSP) at their cp1252 bytes, as the ANSI
 *   fonts did.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  encodeTcvn3,
  encodeVni,
  encodeViscii,
  encodeWindows1258,
  readAsCp1252,
  type Encoded,
} from '../src/normalize/decode/encode.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURES = path.join(ROOT, 'fixtures');
const OUT = path.join(FIXTURES, 'variants');

const utf8 = (s: string) => Buffer.from(s, 'utf8');

/** Punctuation VISCII lacks, folded the way the normaliser folds it anyway. */
const ASCII_PUNCT: Record<string, string> = {
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ',
};
const foldPunct = (s: string) => s.replace(/[\u201C-\u201F\u2033\u2018\u2019\u2032\u2010-\u2015\u2212\u00A0]/g, (c) => ASCII_PUNCT[c] ?? c);

const isCapsLine = (line: string) => {
  const letters = [...line].filter((c) => /\p{L}/u.test(c));
  return letters.length >= 2 && letters.every((c) => /\p{Lu}/u.test(c));
};

/** The text as a TCVN3 typist would have it (see the header). */
function tcvn3Text(text: string, lowercaseCaps: boolean): string {
  return text
    .split('\n')
    .map((line) => (isCapsLine(line) ? (lowercaseCaps ? line.toLowerCase() : line) : line.replace(/Ủy/g, 'Uỷ').replace(/ỦY/g, 'UỶ')))
    .join('\n');
}

/** Hard-wraps every line longer than `width` at spaces, never starting a line with a list marker. */
function wrap(text: string, width: number): string {
  const MARKER = /^(?:[-+•*]\s|\d{1,3}[.)]\s|[a-zđ]\)\s|[IVX]{1,5}\.\s)/u;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line.length <= width) {
      out.push(line);
      continue;
    }
    const indent = line.match(/^\s*/)![0];
    const words = line.slice(indent.length).split(' ');
    let cur = indent;
    for (const w of words) {
      const candidate = cur.trim() ? `${cur} ${w}` : cur + w;
      if (candidate.length > width && cur.trim() && !MARKER.test(`${w} `)) {
        out.push(cur);
        cur = w;
      } else {
        cur = candidate;
      }
    }
    out.push(cur);
  }
  return out.join('\n');
}

const HAS_MARKDOWN = /^\s*(?:#{1,6}\s|\*\*|\|)|\*\*\S/;
const DATE_STAMP = /\d{1,2}\/\d{1,2}\/\d{4}|\]$/;

/** The sample as markdown: see the header. Lines that already carry markdown are left alone. */
function toMarkdown(text: string): string {
  const paras = text.split(/\n{2,}/);
  let headline = false;
  const signerFrom = Math.floor(paras.length * 0.7);
  return paras
    .map((p, i) => {
      const lines = p.split('\n');
      if (lines.some((l) => HAS_MARKDOWN.test(l))) return p;
      if (lines.length === 1) {
        const l = lines[0].trim();
        if (isCapsLine(l) && l.length <= 80) return i >= signerFrom ? `**${l}**` : `## ${l}`;
        if (!headline && /^\p{Lu}/u.test(l) && l.length >= 20 && l.length <= 200 && !/[.;:]$/.test(l) && !DATE_STAMP.test(l)) {
          headline = true;
          return `# ${l}`;
        }
      }
      return lines.map((l) => (/^Nơi nhận:?$/.test(l.trim()) ? `**${l.trim()}**` : l)).join('\n');
    })
    .join('\n\n');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Inline markdown the sample already has, as HTML. */
function inlineHtml(line: string): string {
  return escapeHtml(line).replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>').replace(/\*\*/g, '');
}

/** The sample as a web page: see the header. */
function toHtml(text: string): string {
  const paras = text.split(/\n{2,}/).filter((p) => p.trim());
  const title = paras.map((p) => p.trim()).find((p) => !p.includes('\n') && p.length > 20 && !DATE_STAMP.test(p)) ?? 'Thông báo';
  const body = paras
    .map((p) => {
      const h = p.match(/^(#{1,6})\s+(.*)$/);
      if (h && !p.includes('\n')) return `<h${h[1].length}>${inlineHtml(h[2])}</h${h[1].length}>`;
      return `<p>${p.split('\n').map((l) => inlineHtml(l.trim())).join('<br>\n')}</p>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title.replace(/^#+\s*|\*\*/g, ''))}</title>
<script>window.dataLayer = window.dataLayer || []; function gtag(){ dataLayer.push(arguments); } gtag('js', new Date());</script>
<style>body { font-family: "Times New Roman", serif; } nav li { display: inline; }</style>
</head>
<body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li></ul></nav>
<div class="article-content">
${body}
</div>
<footer><p>Bản quyền thuộc Cổng Thông tin điện tử tỉnh. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p><p>Địa chỉ: 01 Đường Lê Duẩn - Điện thoại: 0262 3852 123</p></footer>
</body>
</html>
`;
}

interface Variant {
  name: string;
  ext: string;
  format?: 'markdown' | 'html';
  make(text: string, index: number): Buffer | { skip: string };
}

function legacy(encoded: Encoded, what: string): Buffer | { skip: string } {
  if (encoded.unencodable.length) return { skip: `${what} cannot hold ${encoded.unencodable.map((c) => JSON.stringify(c)).join(' ')}` };
  return Buffer.from(encoded.bytes);
}

/** Capitals TCVN3 would lose (written lowercase): reported, not skipped. */
function tcvn3Losses(text: string): string[] {
  const lost = new Set<string>();
  for (const line of text.split('\n')) {
    if (isCapsLine(line)) continue;
    for (const ch of line) if (/\p{Lu}/u.test(ch) && ch.charCodeAt(0) >= 0x80 && !'ĂÂÊÔƠƯĐ'.includes(ch)) lost.add(ch);
  }
  return [...lost];
}

const VARIANTS: Variant[] = [
  { name: 'utf8-bom', ext: 'txt', make: (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(t)]) },
  { name: 'utf16le', ext: 'txt', make: (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]) },
  { name: 'cp1258', ext: 'txt', make: (t) => legacy(encodeWindows1258(t), 'Windows-1258') },
  { name: 'viscii', ext: 'txt', make: (t) => legacy(encodeViscii(foldPunct(t)), 'VISCII') },
  { name: 'tcvn3', ext: 'txt', make: (t, i) => legacy(encodeTcvn3(tcvn3Text(t, i % 2 === 0)), 'TCVN3') },
  { name: 'vni', ext: 'txt', make: (t) => legacy(encodeVni(t), 'VNI') },
  {
    name: 'tcvn3-mojibake',
    ext: 'txt',
    make: (t, i) => {
      const b = legacy(encodeTcvn3(tcvn3Text(t, i % 2 === 0)), 'TCVN3');
      return Buffer.isBuffer(b) ? utf8(readAsCp1252(b)) : b;
    },
  },
  {
    name: 'vni-mojibake',
    ext: 'txt',
    make: (t) => {
      const b = legacy(encodeVni(t), 'VNI');
      return Buffer.isBuffer(b) ? utf8(readAsCp1252(b)) : b;
    },
  },
  { name: 'nfd', ext: 'txt', make: (t) => utf8(t.normalize('NFD')) },
  { name: 'crlf', ext: 'txt', make: (t) => utf8(t.replace(/\n/g, '\r\n')) },
  { name: 'wrap70', ext: 'txt', make: (t) => utf8(wrap(t, 70)) },
  { name: 'markdown', ext: 'md', format: 'markdown', make: (t) => utf8(toMarkdown(t)) },
  { name: 'page', ext: 'html', format: 'html', make: (t) => utf8(toHtml(t)) },
];

function main(): void {
  const samples = readdirSync(FIXTURES)
    .filter((f) => /^00\d_.*\.txt$/.test(f))
    .sort();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  let written = 0;
  samples.forEach((file, index) => {
    const base = file.replace(/\.txt$/, '');
    const text = readFileSync(path.join(FIXTURES, file), 'utf8');
    const lost = tcvn3Losses(tcvn3Text(text, index % 2 === 0));
    if (lost.length) console.log(`${base}: TCVN3 writes these capitals lowercase: ${lost.join(' ')}`);
    for (const v of VARIANTS) {
      const out = v.make(text, index);
      if (!Buffer.isBuffer(out)) {
        console.log(`${base}: no ${v.name} variant (${out.skip})`);
        continue;
      }
      const name = `${base}.${v.name}`;
      writeFileSync(path.join(OUT, `${name}.${v.ext}`), out);
      const expected: Record<string, unknown> = { $sameAs: `../${base}.json` };
      if (v.format) expected.source = { format: v.format };
      writeFileSync(path.join(OUT, `${name}.json`), JSON.stringify(expected, null, 2) + '\n');
      written++;
    }
  });
  console.log(`wrote ${written} variant pairs to ${path.relative(ROOT, OUT)}`);
}

main();
