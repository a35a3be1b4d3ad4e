// Markdown layout: markers deleted from the source (exact offsets), list markers kept, tables
// to one cell per line, HTML inside markdown stripped; the fast path equals remark.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { liteTrusted, markdown, markdownEdits, markdownFull, simpleBlockEdits } from '../../../src/normalize/layout/markdown.js';
import { markdownParts } from '../../../src/normalize/layout/markdown-parts.js';
import { applyEdits } from '../../../src/normalize/layout/edits.js';
import { liteMarkdownEdits } from '../../../src/normalize/layout/markdown-lite.js';
import { NAMED_STEPS, runSteps } from '../../../src/normalize/index.js';
import { runStep } from '../helpers.js';

const md = (s: string) => runStep(markdown, s, 'markdown').text;
const full = (s: string) => runStep(markdownFull, s, 'markdown').text;

describe('markdown markers', () => {
  it.each([
    ['# QUYẾT ĐỊNH', 'QUYẾT ĐỊNH'],
    ['## Nơi nhận: ##', 'Nơi nhận:'],
    ['#', ''],
    ['**THÔNG BÁO**', 'THÔNG BÁO'],
    ['*Hà Nội, ngày 15 tháng 11 năm 2025*', 'Hà Nội, ngày 15 tháng 11 năm 2025'],
    ['__a__ and _b_', 'a and b'],
    ['a \\* b', 'a * b'],
    ['A &amp; B', 'A & B'],
    ['Tiêu đề\n------', 'Tiêu đề'],
    ['Tiêu đề\n======', 'Tiêu đề'],
    ['a\n\n---\n\nb', 'a\n\n\n\nb'],
    ['**KT. CHỦ TỊCH **', 'KT. CHỦ TỊCH '],
    ['** **', ''],
  ])('%j -> %j', (input, expected) => {
    expect(md(input)).toBe(expected);
    expect(full(input)).toBe(expected);
  });

  it('keeps list markers, and writes "*" bullets as "-"', () => {
    const src = '1. Công tác thông tin:\n\n- Tăng cường;\n+ Rà soát;\n* Báo cáo.';
    expect(md(src)).toBe('1. Công tác thông tin:\n\n- Tăng cường;\n+ Rà soát;\n- Báo cáo.');
  });

  it('a line break inside bold is a soft wrap (one printed line)', () => {
    expect(md('**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(md('*Hà Nội, ngày 15\ntháng 11 năm 2025*')).toBe('Hà Nội, ngày 15 tháng 11 năm 2025');
    expect(md('**3.\nSở Tài chính:**')).toBe('3. Sở Tài chính:');
    expect(md('*Nơi\nnhận:*')).toBe('Nơi nhận:');
  });

  it('but not after a signing authority, nor before a marker or a field', () => {
    expect(md('**KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG**')).toBe('KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG');
    expect(md('**KT. BỘ TRƯỞNG,\nCHỦ NHIỆM**')).toBe('KT. BỘ TRƯỞNG, CHỦ NHIỆM');
    expect(md('**Nơi nhận:\n- Như trên;**')).toBe('Nơi nhận:\n- Như trên;');
  });

  it('hard breaks stay line breaks', () => {
    expect(md('**TL. CHỦ TỊCH**  \n**KT. CHÁNH VĂN PHÒNG**')).toBe('TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG');
  });

  it('lines of nothing but markers go away with their line break', () => {
    expect(md('**ỦY BAN NHÂN DÂN\n**\nTHÀNH PHỐ HỒ CHÍ MINH')).toBe('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH');
    expect(md('a\n\n* *\n\nb')).toBe('a\n\n\nb');
  });

  it('a pipe table becomes one cell per line', () => {
    const src = [
      '| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
      '|---|---|',
      '| THÀNH PHỐ HÀ NỘI | Độc lập - Tự do - Hạnh phúc |',
      '| Số: 68 /2024/QĐ-UBND | |',
      '| | Hà Nội, ngày 05 tháng 12 năm 2024 |',
    ].join('\n');
    expect(md(src)).toBe(
      'ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ HÀ NỘI\nĐộc lập - Tự do - Hạnh phúc\nSố: 68 /2024/QĐ-UBND\nHà Nội, ngày 05 tháng 12 năm 2024',
    );
  });

  it('strips HTML blocks inside markdown, keeping their text', () => {
    const src = '<p align="right">\nTM. ỦY BAN NHÂN DÂN  <br/>\nKT. CHỦ TỊCH  <br/>\n<img src="x.png" alt="Red Stamp"/><br/>\n<b>Nguyễn Mạnh Quyền</b>\n</p>';
    const out = md(src);
    expect(out).not.toMatch(/<|>/);
    expect(out).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(out).toContain('Nguyễn Mạnh Quyền');
    expect(out).not.toContain('Red Stamp');
  });

  it('links keep their text, images and code fences go', () => {
    expect(md('Xem [Công văn 12](http://x.vn/a) nhé')).toBe('Xem Công văn 12 nhé');
    expect(md('a ![ảnh](x.png) b')).toBe('a  b');
    expect(md('```\nmã\n```')).toBe('mã');
    expect(md('dùng `code` ở đây')).toBe('dùng code ở đây');
    expect(md('> trích dẫn\n> tiếp')).toBe('trích dẫn\ntiếp');
  });

  it('keeps offsets exact: every kept letter maps to the same letter in the source', () => {
    const src = '# QUYẾT ĐỊNH\n\n**Điều 1.** Ban hành *kèm theo* Quyết định này.\n\n| a | b |\n|---|---|\n| c | d |';
    const r = runStep(markdown, src, 'markdown');
    for (let i = 0; i < r.text.length; i++) {
      const ch = r.text[i];
      if (/\p{L}/u.test(ch)) expect(src[r.map!.toInput(i)]).toBe(ch);
    }
  });

  it('does nothing for other formats', () => {
    expect(markdown('**a**', { format: 'text', note: () => {} })).toBeNull();
  });
});

describe('fast path (markdown-lite) = remark', () => {
  const fullSteps = NAMED_STEPS.map(([n, s]) => (n === 'markdown' ? markdownFull : s));
  const same = (src: string) => expect(runSteps(src, 'markdown').text).toBe(runSteps(src, 'markdown', fullSteps).text);

  const root = path.resolve(import.meta.dirname, '../../../fixtures');
  const files = [
    ...readdirSync(root).filter((f) => f.endsWith('.txt')).map((f) => path.join(root, f)),
    ...readdirSync(path.join(root, 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => path.join(root, 'corpus', f)),
  ];
  it.each(files.map((f) => [path.relative(root, f), f]))('%s', (_name, f) => {
    same(readFileSync(f, 'utf8'));
  });

  it('takes the fast path on the markdown-ish corpus, and leaves tables and HTML to remark', () => {
    expect(liteMarkdownEdits(readFileSync(path.join(root, 'corpus/006.txt'), 'utf8'))).not.toBeNull();
    expect(liteMarkdownEdits(readFileSync(path.join(root, 'corpus/046.txt'), 'utf8'))).toBeNull();
    expect(liteMarkdownEdits('| a | b |\n|---|---|')).toBeNull();
    expect(liteMarkdownEdits('[a](b)')).toBeNull();
  });

  // Generated documents from the constructs the fast path handles.
  const word = fc.constantFrom('Ủy ban', 'nhân dân', 'tỉnh', 'THÔNG BÁO', 'Số: 12/TB', 'Hà Nội,', 'ngày', '5K', '(để b/c);', 'a_b', '(*)', 'và', 'CỘNG HÒA', 'Nơi nhận:', '1.', '-');
  const inline = fc.array(
    fc.oneof(
      word,
      word.map((w) => `**${w}**`),
      word.map((w) => `*${w}*`),
      word.map((w) => `_${w}_`),
      fc.constantFrom('**', '*', '_', '__', '***', '\\*', '&amp;', '&nbsp;', '** **'),
    ),
    { minLength: 1, maxLength: 8 },
  );
  const line = fc.oneof(
    { weight: 5, arbitrary: inline.map((ws) => ws.join(' ')) },
    { weight: 1, arbitrary: inline.map((ws) => `# ${ws.join(' ')}`) },
    { weight: 1, arbitrary: inline.map((ws) => `- ${ws.join(' ')}`) },
    { weight: 1, arbitrary: inline.map((ws) => `* ${ws.join(' ')}`) },
    { weight: 1, arbitrary: inline.map((ws) => `2. ${ws.join(' ')}`) },
    { weight: 1, arbitrary: fc.constantFrom('', '', '|', '-------', '===', '** **', '* *', '---', '#') },
    { weight: 1, arbitrary: inline.map((ws) => `${ws.join(' ')}  `) },
  );
  it('on generated markdown-ish documents', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (ls) => {
        const src = ls.join('\n');
        if (liteMarkdownEdits(src) === null) return;
        same(src);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  // Code spans (codeSpans): the fast path takes single-backtick spans on one line; the pieces
  // put markup inside and around them, and constructs that may claim a backtick first.
  it('with code spans, on generated documents: the same text and offsets as remark', () => {
    const span = fc.constantFrom('`x`', '`<img ...>`', '`*a*`', '`**b**`', '`a_b`', '`[a](b)`', '`&amp;`', '` `', '`~~x~~`', '`![a]`', '`# h`', '`\\`', '`<b>`', '`](`', '`_`', '`*`', '`- a`');
    const piece = fc.oneof(
      { weight: 4, arbitrary: span },
      // The words of the test above but "(*)" (whose stray "*" the fast path already reads
      // otherwise than remark in some lines with "**": liteTrusted keeps it out of parts).
      { weight: 3, arbitrary: fc.constantFrom('Ủy ban', 'nhân dân', 'THÔNG BÁO', 'Số: 12/TB', 'Hà Nội,', '5K', '(để b/c);', 'a_b', 'CỘNG HÒA', 'Nơi nhận:', '1.', '-') },
      {
        weight: 2,
        arbitrary: fc.constantFrom('*', '**', '_', '__', '\\`', '`', '``', '`a', 'b`', '<b>', '</b>', '[a](b)', '](', 'http://a.vn', 'www.x', 'a@b.vn', '&amp;', '(', ')', ',', '.'),
      },
    );
    const glue = fc.constantFrom(' ', '', '', '\n', '  \n');
    const inlineSpans = fc.array(fc.tuple(piece, glue), { minLength: 1, maxLength: 8 }).map((xs) => xs.map(([p, g]) => p + g).join(''));
    const emph = fc.tuple(fc.constantFrom('*', '**', '_', ''), inlineSpans).map(([d, t]) => d + t + d);
    const lineSpans = fc.oneof(
      { weight: 5, arbitrary: emph },
      { weight: 1, arbitrary: emph.map((t) => `# ${t}`) },
      { weight: 1, arbitrary: emph.map((t) => `- ${t}`) },
      { weight: 1, arbitrary: emph.map((t) => `* ${t}`) },
      { weight: 1, arbitrary: fc.constantFrom('', '---', '===', '| a |', '> q') },
    );
    let lite = 0;
    fc.assert(
      fc.property(fc.array(lineSpans, { minLength: 1, maxLength: 6 }), (ls) => {
        const src = ls.join('\n');
        if (!src.includes('`') || liteMarkdownEdits(src) === null) return;
        lite++;
        const a = runStep(markdown, src, 'markdown');
        const b = runStep(markdownFull, src, 'markdown');
        expect(a.text).toBe(b.text);
        if (a.map && b.map) for (let i = 0; i <= a.text.length; i++) expect(a.map.toInput(i)).toBe(b.map.toInput(i));
        expect(runSteps(src, 'markdown').text).toBe(runSteps(src, 'markdown', fullSteps).text);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) * 3 },
    );
    // The property is not vacuous: many of the documents take the fast path.
    expect(lite).toBeGreaterThan(30);
  });

  it.each([
    ['*Bạn thay thế hình dấu đỏ ở phần `<img ...>` nếu cần.*', true],
    ['dùng `code` và `<img ...>` ở đây', true],
    ['`a`*b*`c`', true],
    ['`a', false],
    ['`a\nb`', false],
    ['``a``', false],
    ['\\`a`', false],
    ['`a` http://x.vn', false],
    ['`a` WWW.x.vn', false],
    ['`a` _a@b.vn x_', false],
    ['<a title="`">`', false],
    ['[a](`b`)', false],
    ['`a` [b](c)', false],
    ['`[a](b)` c', true],
    ['`a`\n> q', false],
  ])('code spans: the fast path takes %j: %s', (src, want) => {
    expect(liteMarkdownEdits(src) !== null).toBe(want);
    expect(md(src)).toBe(full(src));
  });

  // Documents cut into parts at blank lines (markdownParts): remark on the parts that need it.
  const remarkOnly = fc.constantFrom(
    '| a | b |\n|---|---|\n| c | **d** |',
    '| ỦY BAN | CỘNG HÒA |\n|---|---|\n| Số: 1 | |\n| | Hà Nội |',
    '<p align="right">\nTM. ỦY BAN  <br/>\n<b>Tên</b>\n</p>',
    '<div>\n*x*\n</div>',
    'dùng `code` và `<img ...>` ở đây',
    '*Bạn thay thế `<img ...>` nếu cần.*',
    'Xem [Công văn](http://x.vn) nhé',
    'a ![ảnh](x.png) b',
    '> trích dẫn\n> tiếp',
    '> a\nlazy',
    '<b>đậm</b> và <i>nghiêng</i>',
    '    thụt lề',
    '-\n\n  foo',
    '- a\n\n  b',
    '- a\n\n- b',
    '1. a\n\n   - b\n\n     c',
    '-',
    '* ',
    '- \n-',
    '-\n-',
    '1.',
    '2. a\n---\nb',
    '- a\nlazy *b*\n- c',
    '**a\nb**',
    '*a\n\nb*',
    '# h #',
    'a\n===',
    '***',
    '- ***',
    '- # h',
    '1) a\n2) b',
    '+ a',
    '&nbsp;&amp;&#123;&#x41;',
    '\\* \\_ \\#',
    '<span>x</span>',
    '</p>',
    '<br/>',
    '| x |',
    'a | b\n--|--',
    '[x]',
    '[^1]',
    'a\\\nb',
    'www.x.vn và http://a.b',
    '~~gạch~~',
    '\t tab',
    'a  \nb',
    'Tiêu đề\n---',
  );
  const block = fc.oneof(
    { weight: 3, arbitrary: fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('\n')) },
    { weight: 2, arbitrary: remarkOnly },
  );
  const sep = fc.constantFrom('\n\n', '\n\n\n', '\n', '\n  \n', '\n\n  ', '\n\t\n');
  it('a document the fast path does not take whole: by parts (markdownParts) = remark on the whole document', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(block, sep), { minLength: 1, maxLength: 8 }), (bs) => {
        const src = bs.map(([b, s]) => b + s).join('');
        if (liteMarkdownEdits(src) !== null) return;
        const a = runStep(markdown, src, 'markdown');
        const b = runStep(markdownFull, src, 'markdown');
        expect(a.text).toBe(b.text);
        if (a.map && b.map) for (let i = 0; i <= a.text.length; i++) expect(a.map.toInput(i)).toBe(b.map.toInput(i));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it('cuts a flat document before a line opening at its first column after blank lines', () => {
    const src = '| a | b |\n|---|---|\n\n# QUYẾT ĐỊNH\n**x**\n\n- a\n- b\n\n  c\n\nd';
    expect(markdownParts(src).map(([s, e]) => src.slice(s, e))).toEqual(['| a | b |\n|---|---|\n\n', '# QUYẾT ĐỊNH\n**x**\n\n', '- a\n- b\n\n  c\n\n', 'd']);
  });

  it.each([
    ['**Điều 1.** Ban hành kèm theo', true],
    ['*Căn cứ Luật;  \nLuật sửa đổi;*', true],
    ['### Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.', true],
    ['a\\*b', false],
    ['a_b', false],
    ['- # h', false],
    ['- - a', false],
    ['-       x', false],
    ['#*-*', false],
    ['***x***', false],
    ['(*) ghi chú', false],
  ])('trusts the fast path with %j: %s', (part, want) => {
    expect(liteTrusted(part)).toBe(want);
  });

  it('a simple table or HTML block part gets remark\'s edits without remark', () => {
    const applied = (p: string, es: { start: number; end: number; text: string }[]) => {
      const r = applyEdits(p, es);
      return r ? [r.text, Array.from({ length: r.text.length + 1 }, (_, i) => r.map.toInput(i))] : [p];
    };
    const cell = fc.array(fc.constantFrom('Ủy ban', 'Số: 68', '/2024/QĐ-UBND', '', ' ', '  ', '1.', '- x', '# h', '*', '_', '`', '\\', '&amp;', '<b>', 'www.x', '|', '\t'), { maxLength: 3 }).map((xs) => xs.join(''));
    const row = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cs) => '|' + cs.join('|') + '|');
    const delim = fc.array(fc.constantFrom('---', ':--', '--:', ' - ', '', 'x'), { minLength: 1, maxLength: 4 }).map((cs) => '|' + cs.join('|') + '|');
    const table = fc.tuple(row, delim, fc.array(row, { maxLength: 3 }), fc.constantFrom('', ' ')).map(([h, d, b, t]) => [h, d, ...b].join('\n') + t);
    const html = fc.tuple(fc.constantFrom('<p align="right">', '<div>', '</div>', '<span>', '<p'), fc.array(fc.constantFrom('TM. ỦY BAN  <br/>', '<b>Tên</b>', '*x*', '- a', '', '  '), { maxLength: 4 })).map(([o, ls]) => [o, ...ls].join('\n'));
    fc.assert(
      fc.property(fc.oneof(table, html), fc.constantFrom('\n\n', '', '\n'), (b, sep) => {
        const p = b + sep;
        const edits = simpleBlockEdits(p);
        if (edits !== null) expect(applied(p, edits)).toEqual(applied(p, markdownEdits(p)));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
    const src = '| ỦY BAN | CỘNG HÒA |\n|---|---|\n| Số: 68 | |\n\n';
    expect(simpleBlockEdits(src)).not.toBeNull();
    expect(simpleBlockEdits('<p align="right">\nTM. ỦY BAN  <br/>\n</p>\n\n')).not.toBeNull();
  });
});

