// markdown-lite: the ATX closing sequence read from the line end, and needsFullParser's
// constructs tried where they can start. Both replaced regexes recheck did not call safe; the
// old regexes are kept here as the reference the code must agree with.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FULL_PARSER_CHARS, atxContentEnd, needsFullParser } from '../../../src/normalize/layout/markdown-lite.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

/** The regexes before (quadratic on a run of tabs before "#"; polynomial per recheck). */
const OLD_ATX_CLOSE = /[ \t]+#+[ \t]*$/;
const OLD_ONLY_HASHES = /^#+[ \t]*$/;
const OLD_NEEDS_FULL_PARSER =
  /`|~~|^[ \t]{0,3}>|^(?: {4}|\t)[ \t]*\S|!\[|\]\(|\]\[|\[\^|^[ \t]{0,3}\[[^\]\n]{1,200}\]:|<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?=[\s/>])|<[A-Za-z][A-Za-z0-9+.-]{1,31}:|<[!?]|<[A-Za-z0-9._%+-]{1,64}@|(?:https?:\/\/|www\.)[^\s]{0,200}[*_]/m;

/** Where the old code ended a heading's content [0, s.length) (before trimming its blanks). */
function oldAtxEnd(s: string): number {
  const close = OLD_ATX_CLOSE.exec(s);
  if (close) return close.index;
  return OLD_ONLY_HASHES.test(s) ? 0 : s.length;
}

const oldNeedsFull = (s: string) => FULL_PARSER_CHARS.test(s) && OLD_NEEDS_FULL_PARSER.test(s);

describe('atxContentEnd (the closing "#" sequence of an ATX heading)', () => {
  it.each([
    ['Tiêu đề', 7],
    ['Tiêu đề #', 7],
    ['Tiêu đề ##  ', 7],
    ['Tiêu đề\t#\t', 7],
    ['Tiêu đề  \t ###', 7],
    ['Tiêu đề#', 8], // no blank before: not a closing sequence
    ['Tiêu đề # x', 11],
    ['a # # #', 5], // only the last run of "#" closes
    ['#', 0],
    ['### ', 0],
    ['', 0],
    ['C# #', 2],
    ['\t#\t#', 2],
  ])('%j ends at %i', (s, end) => {
    expect(atxContentEnd(s, 0, s.length)).toBe(end);
    expect(oldAtxEnd(s)).toBe(end);
  });

  it('reads inside a larger text: [cs, end) only', () => {
    const text = 'x\n# Tiêu đề ##\ny';
    expect(atxContentEnd(text, 4, 14)).toBe(11);
    expect(atxContentEnd('## #', 3, 4)).toBe(3); // the content is "#" alone
  });

  it('agrees with the old regexes on generated lines', () => {
    const s = fc.array(fc.constantFrom('#', ' ', '\t', 'a', 'Đ', '\\', '*'), { maxLength: 14 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(s, (x) => {
        expect(atxContentEnd(x, 0, x.length)).toBe(oldAtxEnd(x));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('needsFullParser (constructs left to remark)', () => {
  it.each([
    ['`code`', true],
    ['a ~~b~~', true],
    ['a ~b~', false],
    ['> trích dẫn', true],
    ['   > trích dẫn', true],
    ['    > code', true],
    ['a\n> b', true],
    ['a\r> b', true],
    ['a\u2028> b', true],
    ['a > b', false],
    ['    code', true],
    ['\tcode', true],
    ['a\n\t  x', true],
    ['a\n    ', false], // an indented blank line is no code
    ['![ảnh](a.png)', true],
    ['[a](b)', true],
    ['a](b', false], // "](" alone: none of FULL_PARSER_CHARS
    ['a](b <', true],
    ['[a][b]', true],
    ['[^1]', true],
    ['[nhãn]: http://x', true],
    ['   [nhãn]: x', true],
    ['a [nhãn]: x', false],
    ['[]: x', false],
    ['<p>', true],
    ['</b>', true],
    ['<br/>', true],
    ['<ab:c>', true], // an autolink scheme has two characters or more
    ['<a:b>', false],
    ['<!-- x -->', true],
    ['<?xml', true],
    ['<x@y.vn>', true],
    ['a < b', false],
    ['<1>', false],
    ['<p', false],
    ['http://a.vn/x_y', true],
    ['https://a.vn/*', true],
    ['www.a.vn/_', true],
    ['http://a.vn/x y_', false],
    ['https://a.vn', false],
    ['www.a.vn', false],
    ['http:a_', false],
    [`http://${'a'.repeat(200)}_`, true],
    [`http://${'a'.repeat(201)}_`, false],
    ['- mục\n1. mục\n**đậm**', false],
  ])('%j -> %s', (s, expected) => {
    expect(needsFullParser(s)).toBe(expected);
    expect(oldNeedsFull(s)).toBe(expected);
  });

  it('agrees with the old regex on generated documents', () => {
    const piece = fc.constantFrom(
      ...'aĐ *_-#1.:/@ ',
      '\n', '\n', '\r', '\u2028', '\u2029', '    ', '\t', '> ', '`', '~', '~~', '!', '[', ']', '(', '^', '![a](b)', '](', '][', '[^1]', '[ref]: x', '[x]:',
      '<', '<p>', '</b>', '<a:b>', '<!--', '<?', '<x@y>', 'http://a*', 'https://b_', 'www.b_', 'www.', 'https:', 'http://', '**B**',
    );
    const md = fc.array(piece, { maxLength: 30 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(md, (s) => {
        expect(needsFullParser(s)).toBe(oldNeedsFull(s));
      }),
      { numRuns: RUNS * 5 },
    );
  });
});
