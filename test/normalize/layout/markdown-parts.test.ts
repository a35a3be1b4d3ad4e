// A markdown document's parts (markdown-parts.ts): cut before a line at the first column after
// blank lines, never inside a fenced code block or an HTML block of kinds 1-5; a large document
// is always read by parts, never by remark whole.
import { describe, expect, it } from 'vitest';
import { LARGE_MARKDOWN, markdownParts } from '../../../src/normalize/layout/markdown-parts.js';
import { documentParts, markdown, markdownFull } from '../../../src/normalize/layout/markdown.js';
import { runStep } from '../helpers.js';

const cut = (src: string) => markdownParts(src).map(([s, e]) => src.slice(s, e));

describe('markdownParts', () => {
  it('cuts a flat document before each line at the first column after blank lines', () => {
    const src = '# A\n**x**\n\n- a\n- b\n\n  c\n\nd\n';
    expect(cut(src)).toEqual(['# A\n**x**\n\n', '- a\n- b\n\n  c\n\n', 'd\n']);
  });

  it('cuts a document with indented lines too (only before lines at the first column)', () => {
    expect(cut('    mã\n\nđoạn\n\n  thụt\n\nhết')).toEqual(['    mã\n\n', 'đoạn\n\n  thụt\n\n', 'hết']);
  });

  it('does not cut inside a fenced code block, whatever its blank lines hold', () => {
    const fenced = '```\n**a**\n\nb\n\n~~~\n\nc\n```\n';
    expect(cut(`x\n\n${fenced}\nd`)).toEqual(['x\n\n', fenced + '\n', 'd']);
  });

  it.each([
    ['a closing fence shorter than the opening', '````\na\n\n```\n\nb\n````\n\nc', ['````\na\n\n```\n\nb\n````\n\n', 'c']],
    ['a longer closing fence', '```\na\n\n`````\n\nc', ['```\na\n\n`````\n\n', 'c']],
    ['a fence of the other character', '~~~\na\n\n```\n\nb\n~~~\n\nc', ['~~~\na\n\n```\n\nb\n~~~\n\n', 'c']],
    ['a "closing" fence with text after it', '```\na\n\n``` x\n\nb\n```\n\nc', ['```\na\n\n``` x\n\nb\n```\n\n', 'c']],
    ['an opening indented by three spaces', '   ```\na\n\nb\n```\n\nc', ['   ```\na\n\nb\n```\n\n', 'c']],
  ])('fences: %s', (_name, src, want) => {
    expect(cut(src)).toEqual(want);
  });

  it('a line of backticks with a backtick after it is inline code, not a fence', () => {
    expect(cut('``` a ` b\n\nc\n\nd')).toEqual(['``` a ` b\n\n', 'c\n\n', 'd']);
  });

  it.each([
    ['a comment', '<!-- a\n\nb\n\nc -->\n\nd', ['<!-- a\n\nb\n\nc -->\n\n', 'd']],
    ['a script', '<script>\nx\n\ny\n</script>\n\nd', ['<script>\nx\n\ny\n</script>\n\n', 'd']],
    ['a processing instruction', '<?php\n\nx\n\n?>\n\nd', ['<?php\n\nx\n\n?>\n\n', 'd']],
    ['a declaration', '<!DOCTYPE\n\nhtml>\n\nd', ['<!DOCTYPE\n\nhtml>\n\n', 'd']],
    ['CDATA', '<![CDATA[\n\nx\n\n]]>\n\nd', ['<![CDATA[\n\nx\n\n]]>\n\n', 'd']],
  ])('HTML blocks running across blank lines: %s', (_name, src, want) => {
    expect(cut(src)).toEqual(want);
  });

  it('an HTML block that ends on its opening line does not hold the cuts back', () => {
    expect(cut('<!-- a -->\n\nb\n\nc')).toEqual(['<!-- a -->\n\n', 'b\n\n', 'c']);
  });
});

describe('the markdown step on a large document', () => {
  // A notice in markdown with an indented line (which sends a small document to remark whole),
  // a fenced block and a table, repeated past the size.
  const notice = [
    '**ỦY BAN NHÂN DÂN**',
    '',
    '# THÔNG BÁO',
    '',
    'Kết luận của **Chủ tịch** UBND tỉnh',
    '',
    '    Đoạn thụt lề bốn dấu cách',
    '',
    '| Số | Nội dung |',
    '|---|---|',
    '| 1 | *Sở Y tế* chủ trì |',
    '',
    '```',
    '**giữ nguyên**',
    '',
    '# cả dòng này',
    '```',
    '',
    '1. Giao **Sở Tài chính** phối hợp',
    '',
    '- Nơi nhận:',
    '- Như trên;',
    '',
  ].join('\n');
  const big = notice.repeat(Math.ceil((LARGE_MARKDOWN + 1) / notice.length));

  it('is longer than LARGE_MARKDOWN (else this test reads nothing)', () => {
    expect(big.length).toBeGreaterThan(LARGE_MARKDOWN);
  });

  it('is read by parts; the same notice alone goes to remark whole', () => {
    expect(documentParts(notice)).toBeNull();
    expect(documentParts(big)?.length).toBeGreaterThan(big.length / notice.length);
  });

  it('gives the same text as remark on the whole document', () => {
    expect(runStep(markdown, big, 'markdown').text).toBe(runStep(markdownFull, big, 'markdown').text);
  });

  it('keeps fenced code as written and strips the markers elsewhere, with offsets into the input', () => {
    const out = runStep(markdown, big, 'markdown');
    const copies = notice.length;
    expect(out.text.split('**giữ nguyên**').length - 1).toBe(big.length / copies);
    expect(out.text.split('# cả dòng này').length - 1).toBe(big.length / copies);
    expect(out.text).not.toContain('**Sở Tài chính**');
    expect(out.text).not.toContain('# THÔNG BÁO');
    // The last copy's "Sở Tài chính" maps back to where it stands in the input.
    const at = out.text.lastIndexOf('Sở Tài chính');
    expect(out.map!.toInput(at)).toBe(big.lastIndexOf('Sở Tài chính'));
  });
});
