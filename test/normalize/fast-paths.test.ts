// The normaliser's fast paths give the same answers as the patterns they stand in for: character
// tables and memoised one-character tests, prefilters before anchored patterns, sticky scans in
// place of matchAll, hand-written tail tests in place of $-anchored patterns.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseOf, isTrimSpace, memoCharPredicate } from '../../src/normalize/text/char-table.js';
import { COMPILED_ANCHORS, KINH_GUI_ANYWHERE, MOTTO_ANYWHERE, NOI_NHAN_AT_START, SO_AT_START, execAnchor } from '../../src/vocabulary/anchors.js';
import {
  AUTHORITY_START,
  DATELINE_START,
  KINH_GUI_AT_START,
  MOTTO_AT_START,
  PLACE_DATE_START,
  VV_START,
  matchesAt,
  opensAnchor,
  startsWithAnchorField,
  startsWithHeaderField,
} from '../../src/normalize/layout/lines.js';
import { KINH_GUI_STICKY, MOTTO_STICKY, TRAILING_CAPS, endsWithCaps } from '../../src/normalize/layout/columns.js';
import { INLINE_STICKY } from '../../src/normalize/text/anchors.js';
import { REMARK_PROBES } from '../../src/normalize/layout/chrome.js';
import { CONVERTER_REMARK_WORD } from '../../src/normalize/layout/chrome-lexicon.js';
import { firstCharPattern } from '../../src/normalize/text/first-chars.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

/** Characters that matter to the patterns: anchor letters in both cases and every tone, junk, spaces, marks, astral letters. */
const chars = fc.constantFrom(
  ...'SsſNnVvKkKCcĐđDdðÐTtQqHhMmGgIiOoUuAaEeYy',
  ...'ốỐộỘơƠớỚờỜởỞỡỠợỢôÔòÒóÓỏỎõÕọỌ',
  ...'ạẠảẢãÃàÀáÁâÂấẤầẦẩẨẫẪậẬăĂắẮằẰẳẲẵẴặẶ',
  ...'íÍìÌỉỈĩĨịỊưƯứỨừỪửỬữỮựỰúÚùÙủỦũŨụỤêÊếẾềỀểỂễỄệỆ',
  ...":;.,'‘`´-/}])| \t0123456789",
  '\u0301',
  '\u0323',
  '\u00a0',
  '\u2003',
  '𝐀',
  '𝐚',
  'x',
  'X',
);
/** Pieces of the anchors as printed, damaged or not. */
const pieces = fc.constantFrom(
  'Số:', 'Sổ:', 'S6:', 'Số 12/TB', 'số: 4', 'Nơi nhận:', 'NƠI NHẬN:', "'Vơi nhận:", 'Noi nhận;', 'Nơi nhận', 'Kính gửi:', 'Kinh gưi:', 'KÍNH GỬI:',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỌNG HOÀ XÃ HỌI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Doc lap-Tu do-Hanh phuc', 'ĐẢNG CỘNG SẢN VIỆT NAM',
  'THÔNG BÁO', 'THONG BAO', 'QUYẾT ĐỊNH', 'CÔNG ĐIỆN KHẨN', 'V/v', 'Hà Nội, ngày 5', 'KT. CHỦ TỊCH', 'TL. BỘ TRƯỞNG', 'Thứ bảy, 06/02', 'Chủ nhật, 3/2',
  'UBND', 'ỦY BAN', 'nhân dân', '- Lưu: VT.', 'CHÁNH VĂN PHÒNG', '𝐀𝐁',
);
const line = fc.array(fc.oneof(chars, pieces), { maxLength: 14 }).map((xs) => xs.join(''));

describe('character tables', () => {
  it('isTrimSpace is what String.prototype.trim removes', () => {
    const bad: number[] = [];
    for (let c = 0; c < 0x10000; c++) if ((String.fromCharCode(c).trim() === '') !== isTrimSpace(c)) bad.push(c);
    expect(bad).toEqual([]);
  });

  it('caseOf is what toLowerCase/toUpperCase say of the character', () => {
    const bad: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const want = ch.toLowerCase() === ch.toUpperCase() ? 0 : ch === ch.toLowerCase() ? 1 : 2;
      if (caseOf(c) !== want) bad.push(c);
    }
    expect(bad).toEqual([]);
  });

  it('memoCharPredicate answers as the predicate, and "may be" for surrogates', () => {
    const p = memoCharPredicate((ch) => /^\p{Lu}$/u.test(ch));
    expect([p(0x41), p(0x61), p(0x1ec6), p(0x1ec7), p(0xd835), p(0xdc00)]).toEqual([true, false, true, false, true, true]);
  });
});

describe('anchor first characters', () => {
  it('a line-start anchor only matches a line whose first character passes its first-character test', () => {
    fc.assert(
      fc.property(line, (s) => {
        for (const a of COMPILED_ANCHORS) {
          if (a.scope === 'header-inline') continue;
          if (a.re.test(s)) expect(opensAnchor(a)(s.charCodeAt(0))).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('matchesAt finds what matchAll finds (mottos, Kính gửi, inline anchors)', () => {
    const pairs: [RegExp, RegExp, (c: number) => boolean][] = [
      [MOTTO_ANYWHERE, MOTTO_STICKY, (c) => COMPILED_ANCHORS.filter((a) => a.scope === 'header-inline').some((a) => opensAnchor(a)(c))],
      [KINH_GUI_ANYWHERE, KINH_GUI_STICKY, opensAnchor(COMPILED_ANCHORS.find((a) => a.id === 'kinh-gui')!)],
      ...[...INLINE_STICKY].map(([a, sticky]): [RegExp, RegExp, (c: number) => boolean] => [a.re, sticky, opensAnchor(a)]),
    ];
    const shape = (ms: RegExpExecArray[] | RegExpMatchArray[]) => ms.map((m) => [m.index, m[0], JSON.stringify(m.groups ?? null)]);
    fc.assert(
      fc.property(line, (s) => {
        for (const [global, sticky, opens] of pairs) {
          global.lastIndex = 0;
          expect(shape(matchesAt(s, sticky, opens))).toEqual(shape([...s.matchAll(global)]));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('startsWithHeaderField and startsWithAnchorField answer as their patterns', () => {
    const anchorField = (s: string) =>
      !!execAnchor(SO_AT_START, s) ||
      VV_START.test(s) ||
      !!execAnchor(NOI_NHAN_AT_START, s) ||
      !!execAnchor(KINH_GUI_AT_START, s) ||
      !!execAnchor(MOTTO_AT_START, s) ||
      AUTHORITY_START.test(s);
    const headerField = (s: string) => anchorField(s) || PLACE_DATE_START.test(s) || DATELINE_START.test(s);
    fc.assert(
      fc.property(line, (s) => {
        expect(startsWithAnchorField(s)).toBe(anchorField(s));
        expect(startsWithHeaderField(s)).toBe(headerField(s));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('columns: a signer position ending a recipient line', () => {
  it('endsWithCaps is TRAILING_CAPS.test', () => {
    const tail = fc.array(fc.constantFrom('A', 'B', 'Ủ', 'Đ', 'a', 'đ', '.', ',', ' ', '\t', '\u0301', 'x', '1', '𝐀', '-'), { maxLength: 32 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.oneof(tail, line), (s) => {
        expect(endsWithCaps(s)).toBe(TRAILING_CAPS.test(s));
      }),
      { numRuns: RUNS * 5 },
    );
    for (const s of ['- Lưu: VT.', 'CHỦ TỊCH  ', 'CHỦ TỊCH    ', 'x' + 'A'.repeat(30), 'AB' + '.'.repeat(20), 'AB' + '.'.repeat(21), ' 𝐀𝐁']) {
      expect(endsWithCaps(s)).toBe(TRAILING_CAPS.test(s));
    }
  });
});

describe('chrome', () => {
  it('a line names the converter only if it holds a REMARK_PROBES character: no other character lower-cases to it', () => {
    if (REMARK_PROBES.length === 0) return;
    const letter = REMARK_PROBES[0].toLowerCase();
    expect(CONVERTER_REMARK_WORD.includes(letter)).toBe(true);
    const producers: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const ch = String.fromCodePoint(cp);
      if (ch.toLowerCase().includes(letter)) producers.push(ch);
    }
    expect(producers.sort()).toEqual([...REMARK_PROBES].sort());
  });
});

describe('first characters read from a pattern', () => {
  it.each([
    [/^(?:#{1,6}[ \t]{1,3})?(?:Tin|Xem thêm)$/iu, '^(?:#|T|X)'],
    [/^[ \t]*\|[^\n]*\|/, '^(?:[ \\t]|\\|)'],
    [/^(?<label>Số|Người)[ \t]{0,3}:/iu, '^(?:S|N)'],
    [/^(?=x)ab/, '^(?:a)'],
    [/^(?:\d{1,3}|\(\d\))[.)]/u, '^(?:\\d|\\()'],
  ])('%s opens with %s', (re, want) => {
    expect(firstCharPattern(re)?.source).toBe(want);
  });

  it('a backreference that can come first opens with anything', () => {
    expect(firstCharPattern(/^(a?)\1b/)?.source).toBe('^(?:a|[^]|b)');
    expect(firstCharPattern(/^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/)?.source).toBe('^(?:[ \\t]|[-*_])');
  });

  it.each([/ab/, /^a|b/, /^a?/, /^x/m, /^(?=a)/])('%s gets no first-character test', (re) => {
    expect(firstCharPattern(re)).toBeNull();
  });

  it('a match of a prefiltered pattern always opens with an allowed character', async () => {
    const mods = await Promise.all([
      import('../../src/normalize/layout/chrome.js'),
      import('../../src/normalize/layout/lines.js'),
      import('../../src/normalize/layout/furniture.js'),
      import('../../src/normalize/layout/residue.js'),
    ]);
    const res = mods.flatMap((m) => Object.values(m)).filter((v): v is RegExp => v instanceof RegExp && !v.global && !v.sticky);
    const firsts = res.map((re) => [re, firstCharPattern(re)] as const).filter(([, f]) => f !== null);
    expect(firsts.length).toBeGreaterThan(20);
    const text = fc.oneof(line, fc.constantFrom('# Tin liên quan', '[img]', '| a | b |', '--- PAGE BREAK ---', 'Trang 2', '- 3 -', 'Số hiệu: 12', 'Đăng nhập', '© 2024', '(*) Trên đây là thông tin'));
    fc.assert(
      fc.property(text, (s) => {
        for (const [re, f] of firsts) if (re.test(s)) expect(f!.test(s[0]) || (s.charCodeAt(0) >= 0xd800 && s.charCodeAt(0) < 0xe000)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('markdown fast path', () => {
  it('needsFullParser is FULL_PARSER_CHARS.test && NEEDS_FULL_PARSER.test', async () => {
    const { FULL_PARSER_CHARS, needsFullParser } = await import('../../src/normalize/layout/markdown-lite.js');
    // The one regex needsFullParser replaced (recheck did not call it safe), as the reference
    // (its indented code corrected: a tab after up to three spaces, a no-break space as content).
    const NEEDS_FULL_PARSER =
      /`|~~|^[ \t]{0,3}>|^(?: {0,3}\t| {4})[ \t]*[^ \t\n\r]|!\[|\]\(|\]\[|\[\^|^[ \t]{0,3}\[[^\]\n]{1,200}\]:|<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?=[\s/>])|<[A-Za-z][A-Za-z0-9+.-]{1,31}:|<[!?]|<[A-Za-z0-9._%+-]{1,64}@|(?:https?:\/\/|www\.)[^\s]{0,200}[*_]/m;
    const md = fc
      .array(
        fc.oneof(
          chars,
          fc.constantFrom('\n', '\n', '\n\n', '    ', '\t', '> ', '`', '``', '~~', '![a](b)', '](', '][', '[^1]', '[ref]: x', '<p>', '</b>', '<a:b>', '<!--', '<x@y>', 'http://a*', 'www.b_', 'https:', '\u2028', '\r', '**B**', '*i*', '- ', '1. ', '# H', '|'),
        ),
        { maxLength: 30 },
      )
      .map((xs) => xs.join(''));
    fc.assert(
      fc.property(md, (s) => {
        expect(needsFullParser(s)).toBe(FULL_PARSER_CHARS.test(s) && NEEDS_FULL_PARSER.test(s));
      }),
      { numRuns: RUNS * 5 },
    );
  });
});

describe('UTF-8 decoding', () => {
  it('decodeUtf8Strict is TextDecoder fatal decoding (null where it throws)', async () => {
    const { decodeUtf8Strict, decodeValidUtf8 } = await import('../../src/normalize/decode/utf8.js');
    const fatal = new TextDecoder('utf-8', { fatal: true });
    const reference = (b: Uint8Array) => {
      try {
        return fatal.decode(b);
      } catch {
        return null;
      }
    };
    const enc = new TextEncoder();
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 8 }).map((s) => [...enc.encode(s)]),
      fc.constantFrom([0xef, 0xbb, 0xbf], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf4, 0x90, 0x80, 0x80], [0xe1, 0xba], [0xf0, 0x9f, 0x98, 0x80], [0x80], [0xff], [0]),
      fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (ps) => {
        const b = Uint8Array.from(ps.flat());
        const r = reference(b);
        expect(decodeUtf8Strict(b)).toBe(r);
        // The loop used without ICU, on valid UTF-8 without a leading BOM.
        if (r !== null && !(b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)) expect(decodeValidUtf8(b)).toBe(r);
      }),
      { numRuns: RUNS * 5 },
    );
    for (const b of [[], [0xef, 0xbb, 0xbf], [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41], [0x41, 0xef, 0xbb, 0xbf]]) {
      expect(decodeUtf8Strict(Uint8Array.from(b))).toBe(reference(Uint8Array.from(b)));
    }
  });
});

describe('encoding scores', () => {
  it('NOT_WORD holds exactly the code units WORD does not take', async () => {
    const { NOT_WORD, WORD } = await import('../../src/normalize/decode/score.js');
    const one = new RegExp(`^${WORD.source}$`, 'u');
    const bad: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      if ((NOT_WORD[c] === 1) === one.test(String.fromCharCode(c))) bad.push(c);
    }
    expect(bad).toEqual([]);
  });

  it('scoreText reads words as the WORD pattern does', async () => {
    const { scoreText, scoreTextByPattern } = await import('../../src/normalize/decode/score.js');
    const unit = fc.oneof(
      chars,
      pieces,
      fc.constantFrom('Ã´', 'Ä‘', 'Æ°á»', 'Ho\u0300a', '©', '°', '\u0000', '\uFFFD', '𝐀𝐁', '\uD835', '\uDC00', '«', '»', '—', 'a'.repeat(70), 'ệ'.repeat(65), '\u2028'),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }).map((xs) => xs.join('')), fc.constantFrom(3, 48, 400), (s, max) => {
        expect(scoreText(s, max)).toEqual(scoreTextByPattern(s, max));
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

describe('white space', () => {
  it('spaces reads SPACE_RUN by hand: the same text and map as with the pattern', async () => {
    const { spaces, SPACE_RUN } = await import('../../src/normalize/text/spaces.js');
    const { TextBuilder } = await import('../../src/normalize/offset-map.js');
    // The step as first written, with the pattern.
    const reference = (text: string) => {
      const b = new TextBuilder(text);
      let last = 0;
      let changed = false;
      const put = (start: number, end: number, rep: string) => {
        if (text.slice(start, end) === rep) return;
        b.keep(last, start);
        b.replace(start, end, rep);
        last = end;
        changed = true;
      };
      let lead = 0;
      while (lead < text.length && (text[lead] === ' ' || text[lead] === '\t')) lead++;
      if (lead > 0 && lead < text.length && text[lead] !== '\n') put(0, lead, '');
      for (const m of text.matchAll(SPACE_RUN)) {
        if (m.index < last) continue;
        const s = m[0];
        const end = m.index + s.length;
        let rep: string;
        if (s.includes('\n')) {
          let nl = 0;
          for (const ch of s) if (ch === '\n') nl++;
          rep = nl >= 2 ? '\n\n' : '\n';
        } else rep = end === text.length ? '' : ' ';
        put(m.index, end, rep);
      }
      if (!changed) return null;
      b.keep(last, text.length);
      return b.build();
    };
    const ws = fc.array(fc.constantFrom(' ', ' ', '\t', '\n', 'a', 'ệ', '\r', '\u00a0', '\f'), { maxLength: 30 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.oneof(ws, line), (s) => {
        const a = spaces(s, { format: 'text', note: () => {} });
        const b = reference(s);
        expect(a?.text ?? null).toBe(b?.text ?? null);
        if (a && b) for (let i = 0; i <= a.text.length; i++) expect(a.map.toInput(i)).toBe(b.map.toInput(i));
      }),
      { numRuns: RUNS * 5 },
    );
  });
});

describe('residue', () => {
  it('maybeRule is MAYBE_RULE.test and trailingRuleAt is TRAILING_RULE.exec(s)?.index', async () => {
    const { MAYBE_RULE, TRAILING_RULE, maybeRule, trailingRuleAt } = await import('../../src/normalize/layout/residue.js');
    const s = fc.array(fc.constantFrom('-', '=', '_', '*', '~', ' ', ' ', '\t', 'a', 'Đ', '|', '\n'), { maxLength: 40 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.oneof(s, line), (x) => {
        expect(maybeRule(x)).toBe(MAYBE_RULE.test(x));
        if (!x.includes('\n')) expect(trailingRuleAt(x)).toBe(TRAILING_RULE.exec(x)?.index ?? -1);
      }),
      { numRuns: RUNS * 5 },
    );
    expect(trailingRuleAt('VĂN PHÒNG' + ' '.repeat(25) + '-----  ')).toBe(TRAILING_RULE.exec('VĂN PHÒNG' + ' '.repeat(25) + '-----  ')!.index);
  });
});

describe('line table and pattern sets', () => {
  it('lineTable gives the lines splitLines gives', async () => {
    const { lineTable, splitLines } = await import('../../src/normalize/layout/lines.js');
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', '\n', '\n\n', 'Số', '\r'), { maxLength: 60 }).map((xs) => xs.join('')), (s) => {
        const t = lineTable(s);
        const lines = splitLines(s);
        expect(t.count).toBe(lines.length);
        for (let k = 0; k < t.count; k++) expect([t.start(k), t.end(k)]).toEqual([lines[k].start, lines[k].end]);
      }),
      { numRuns: RUNS },
    );
    // Longer than the first scratch buffer.
    const long = 'x\n'.repeat(5000);
    expect(lineTable(long).count).toBe(5001);
    expect(lineTable(long).end(4999)).toBe(long.length - 1);
  });

  it('StickySet finds what matchesAt finds for each of its patterns', async () => {
    const { StickySet } = await import('../../src/normalize/layout/lines.js');
    const { INLINE_ANCHOR_SET } = await import('../../src/normalize/text/anchors.js');
    const { INSIDE_SET } = await import('../../src/normalize/layout/columns.js');
    const sets: InstanceType<typeof StickySet>[] = [INLINE_ANCHOR_SET, INSIDE_SET];
    const unit = fc.oneof(chars, pieces, fc.constantFrom('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Kính gửi:', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'aĐộc lập - Tự do - Hạnh phúc'));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }).map((xs) => xs.join('')), (s) => {
        for (const set of sets) {
          const all = set.matches(s);
          set.patterns.forEach((p, j) => {
            expect(all[j].map((m) => [m.index, m[0]])).toEqual(matchesAt(s, p.sticky, p.opens).map((m) => [m.index, m[0]]));
          });
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('census of the second round', () => {
  it('a step the census leaves out returns null on the text', async () => {
    const { stepsUnchanging } = await import('../../src/normalize/census.js');
    const { NAMED_STEPS } = await import('../../src/normalize/index.js');
    const unit = fc.oneof(
      chars,
      pieces,
      fc.constantFrom('hoà', 'Hoà', 'thuỷ', 'khoẻ', 'Uỷ', 'oá', 'uý', 'quý', 'o\u0300a', '\r', '\r\n', '\u00a0', '\u2013', '“', 'Ð', '\u200b', '\u2028', '\u0301', 'ā', 'Ω', '\uFB01'),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }).map((xs) => xs.join('')), (s) => {
        const skip = stepsUnchanging(s);
        for (const [name, step] of NAMED_STEPS) if (skip.has(name)) expect(step(s, { format: 'text', note: () => {} })).toBeNull();
      }),
      { numRuns: RUNS * 2 },
    );
    expect([...stepsUnchanging('Hòa bình')].sort()).toEqual(['line-endings', 'nfc', 'tones', 'unicode']);
    expect(stepsUnchanging('hoà').has('tones')).toBe(false);
  });

  it('the census says where each trigger occurs, as the steps\' own scans find it', async () => {
    const { charCensus, knownCensus } = await import('../../src/normalize/census.js');
    const { MAYBE_NOT_NFC, SPECIAL_TABLE, nextOpenRhyme } = await import('../../src/normalize/text/char-classes.js');
    const { indexOfAny } = await import('../../src/normalize/text/char-table.js');
    const unit = fc.oneof(chars, pieces, fc.constantFrom('hoà', 'Hoà', 'thuỷ', 'oá', 'uý', 'quý', 'o\u0300a', '\r', '\u00a0', '“', '\u200b', '\u0301', 'Ω'));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }).map((xs) => xs.join('')), (s) => {
        const c = charCensus(s);
        expect(knownCensus(s)).toBe(c);
        expect(c.firstCr).toBe(s.indexOf('\r'));
        expect(c.firstNfc).toBe(indexOfAny(s, MAYBE_NOT_NFC));
        expect(c.firstSpecial).toBe(indexOfAny(s, SPECIAL_TABLE));
        expect(c.firstTone).toBe(nextOpenRhyme(s, 1));
        const specials: number[] = [];
        for (let i = indexOfAny(s, SPECIAL_TABLE); i !== -1; i = indexOfAny(s, SPECIAL_TABLE, i + 1)) specials.push(i);
        expect(c.specials).toEqual(specials);
        const rhymes: number[] = [];
        for (let i = nextOpenRhyme(s, 1); i !== -1; i = nextOpenRhyme(s, i + 1)) rhymes.push(i);
        expect(c.rhymes).toEqual(rhymes);
        expect(knownCensus(s + 'x')).toBeNull();
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('unicode records the open rhymes of its output only as nextOpenRhyme finds them', async () => {
    const { charCensus, knownOpenRhymes, rememberOpenRhymes } = await import('../../src/normalize/census.js');
    const { unicodeChars } = await import('../../src/normalize/text/unicode.js');
    const { nextOpenRhyme } = await import('../../src/normalize/text/char-classes.js');
    const { tones } = await import('../../src/normalize/text/tones.js');
    const env = { format: 'text' as const, note: () => {} };
    const unit = fc.oneof(
      chars,
      fc.constantFrom('o', 'u', 'O', 'U', 'à', 'é', 'ỳ', 'Ý', 'h', 'hoà', 'thuỷ', 'quý', '\u00ad', '\u200b', '\u200d', '\ufeff', '\u0000', '\u001f', '\u007f', 'Ð', 'ð', '\u00a0', '\u2013', '“', '\u2028', '\u000b', ' ', '\n'),
    );
    let empty = 0;
    let listed = 0;
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }).map((xs) => xs.join('')), (s) => {
        charCensus(s);
        const out = unicodeChars(s, env);
        if (out === null) return;
        const known = knownOpenRhymes(out.text);
        if (known === null) return;
        const rhymes: number[] = [];
        for (let i = nextOpenRhyme(out.text, 1); i !== -1; i = nextOpenRhyme(out.text, i + 1)) rhymes.push(i);
        expect(known).toEqual(rhymes);
        if (rhymes.length === 0) {
          empty++;
          expect(knownOpenRhymes(out.text)).toEqual([]);
          expect(tones(out.text, env)).toBeNull();
        } else listed++;
        // tones gives the same text and map with the recorded list as with its own scan.
        const a = tones(out.text, env);
        rememberOpenRhymes('\u0000', []);
        expect(knownOpenRhymes(out.text)).toBeNull();
        const c = tones(out.text, env);
        expect(a?.text ?? null).toBe(c?.text ?? null);
        if (a && c) for (let i = 0; i <= a.text.length; i++) expect(a.map.toInput(i)).toBe(c.map.toInput(i));
      }),
      { numRuns: RUNS * 5 },
    );
    expect(empty).toBeGreaterThan(0);
    expect(listed).toBeGreaterThan(0);
    // A deletion that joins the vowels: not recorded.
    charCensus('ho\u200bà');
    expect(knownOpenRhymes(unicodeChars('ho\u200bà', env)!.text)).toBeNull();
    // A deletion that closes the syllable: the rhyme is left out.
    charCensus('hoà\u200bn ');
    expect(knownOpenRhymes(unicodeChars('hoà\u200bn ', env)!.text)).toEqual([]);
    charCensus('\u00adhoà\u00a0');
    expect(knownOpenRhymes(unicodeChars('\u00adhoà\u00a0', env)!.text)).toEqual([2]);
  });

  it('the census bits as first written', async () => {
    const { stepsUnchanging } = await import('../../src/normalize/census.js');
    expect(stepsUnchanging('hoà').has('tones')).toBe(false);
    expect(stepsUnchanging('a\r\nb').has('line-endings')).toBe(false);
  });
});

describe('input guard', () => {
  it('countBinaryControls counts the control bytes a byte loop counts, at any alignment', async () => {
    const { countBinaryControls } = await import('../../src/normalize/input-guard.js');
    const text = new Set([0x02, 0x05, 0x06, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x14, 0x19, 0x1b, 0x1e]);
    const reference = (b: Uint8Array) => b.reduce((n, x) => n + (x > 0 && x < 0x20 && !text.has(x) ? 1 : 0), 0);
    const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x0a, 0x20, 0x1f, 0x01, 0x80, 0xe1, 0x9f));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 40 }), fc.integer({ min: 0, max: 3 }), (xs, skip) => {
        const whole = Uint8Array.from([0, 0, 0, ...xs]);
        const b = whole.subarray(skip);
        expect(countBinaryControls(b)).toBe(reference(b));
      }),
      { numRuns: RUNS * 5 },
    );
  });
});

describe('steps fixed after a run', () => {
  it('white space and trim change nothing after white space, unwrap and trim', async () => {
    const { FIXED_AFTER_A_RUN, NAMED_STEPS } = await import('../../src/normalize/index.js');
    const step = (name: string) => NAMED_STEPS.find(([n]) => n === name)![1];
    const env = { format: 'text' as const, note: () => {} };
    const run = (s: string, name: string) => step(name)(s, env)?.text ?? s;
    const unit = fc.oneof(
      chars,
      fc.constantFrom(' ', '  ', '\t', '\n', '\n\n', '\n\n\n', ' \n ', '\f', '\r', '\u000b', '\u00a0', '\u3000', '- ', '1. ', 'Số: 5', 'a', 'Hà Nội, ngày', 'THÔNG BÁO', '.', ',', ':'),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }).map((xs) => xs.join('')), (s) => {
        const out = run(run(run(s, 'spaces'), 'unwrap'), 'trim');
        for (const name of FIXED_AFTER_A_RUN) expect(step(name)(out, env)).toBeNull();
      }),
      { numRuns: RUNS * 5 },
    );
    expect(FIXED_AFTER_A_RUN).toEqual(['spaces', 'trim']);
  });
});

describe('format sniffing', () => {
  it('sniffFormat answers as the patterns alone', async () => {
    const F = await import('../../src/normalize/format.js');
    const reference = (text: string) => {
      const head = text.slice(0, 20000);
      const markdownish = F.MARKDOWN_SIGNS.test(head) || F.MARKDOWN_BOLD_EDGE.test(head) || F.MARKDOWN_TABLE_DELIMITER.test(head);
      if (F.HTML_PAGE.test(head)) return 'html';
      if (!markdownish && F.HTML_SIGNS.test(head) && (head.match(F.HTML_TAG)?.length ?? 0) >= 3) return 'html';
      if (markdownish) return 'markdown';
      return 'text';
    };
    const unit = fc.oneof(chars, pieces, fc.constantFrom('\n', '**', '# ', '|', '| a |', '|---|', '<p>', '<html>', '<!doctype html>', '<br>', '<div>', '- **', '**X', 'X**'));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }).map((xs) => xs.join('')), (s) => {
        expect(F.sniffFormat(s)).toBe(reference(s));
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

describe('the census steps after a run, without a census', () => {
  it('carryDirty leaves out only offsets whose window is a copy of an input window outside the input dirty offsets', async () => {
    const { TextBuilder, carryDirty, composeMaps } = await import('../../src/normalize/offset-map.js');
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'd', '\n', ' '), { minLength: 0, maxLength: 40 }).map((xs) => xs.join(''));
    // A random rewrite of s: cut points, each piece kept, replaced, deleted, or with an insert before it.
    const rewrite = (s: string, ops: number[]) => {
      const b = new TextBuilder(s);
      let p = 0;
      for (let k = 0; p < s.length; k++) {
        const op = ops.length ? ops[k % ops.length] : 0;
        const len = 1 + (op % 4);
        const e = Math.min(s.length, p + len);
        const kind = (op >> 2) % 4;
        if (kind === 0) b.keep(p, e);
        else if (kind === 1) b.replace(p, e, 'xy'.slice(0, op % 3));
        else if (kind === 2) b.insert(p, 'z').keep(p, e);
        p = e;
      }
      return b.build();
    };
    const inDirty = (d: readonly number[], x: number) => {
      for (let j = 0; j < d.length; j += 2) if (x >= d[j] && x < d[j + 1]) return true;
      return false;
    };
    const check = (input: string, output: string, map: { toInput(o: number): number }, dIn: readonly number[], dOut: readonly number[], left: number, right: number) => {
      for (let j = 2; j < dOut.length; j += 2) expect(dOut[j]).toBeGreaterThan(dOut[j - 1]);
      for (let p = 0; p < output.length; p++) {
        if (inDirty(dOut, p)) continue;
        const q = map.toInput(p);
        expect(inDirty(dIn, q)).toBe(false);
        expect(p - left >= 0 && p + right < output.length && q - left >= 0 && q + right < input.length).toBe(true);
        expect(output.slice(p - left, p + right + 1)).toBe(input.slice(q - left, q + right + 1));
      }
    };
    fc.assert(
      fc.property(text, fc.array(fc.nat(63), { maxLength: 12 }), fc.array(fc.nat(63), { maxLength: 12 }), fc.array(fc.nat(40), { maxLength: 6 }), fc.nat(6), fc.nat(2), (s, ops1, ops2, cuts, left, right) => {
        const sorted = [...new Set(cuts)].sort((a, b) => a - b);
        const dIn = sorted.length % 2 ? sorted.slice(0, -1) : sorted;
        const one = rewrite(s, ops1);
        const d1 = carryDirty(one.map, dIn, left, right)!;
        check(s, one.text, one.map, dIn, d1, left, right);
        const two = rewrite(one.text, ops2);
        const both = composeMaps([two.map, one.map]);
        check(s, two.text, both, dIn, carryDirty(both, dIn, left, right)!, left, right);
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('tones finds nothing to do on its own output', async () => {
    const { tones } = await import('../../src/normalize/text/tones.js');
    const env = { format: 'text' as const, note: () => {} };
    const unit = fc.oneof(chars, fc.constantFrom('hoà', 'Hoà', 'thuỷ', 'khoẻ', 'Uỷ', 'oá', 'uý', 'quý', 'ngoà', 'nghoè', 'oàoà', 'uỳuỳ', 'x', ' ', '\n'));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }).map((xs) => xs.join('')), (s) => {
        const once = tones(s, env);
        if (once !== null) expect(tones(once.text, env)).toBeNull();
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('carriedUnchanging: after edits of the tones output, the census steps it names return null', async () => {
    const { TextBuilder, carryDirty } = await import('../../src/normalize/offset-map.js');
    const { carriedUnchanging, charCensus } = await import('../../src/normalize/census.js');
    const { NAMED_STEPS } = await import('../../src/normalize/index.js');
    const { unicodeChars } = await import('../../src/normalize/text/unicode.js');
    const { RHYME_WINDOW, rewritesRhymeAt, tones } = await import('../../src/normalize/text/tones.js');
    const env = { format: 'text' as const, note: () => {} };
    const census = NAMED_STEPS.filter(([name]) => ['line-endings', 'nfc', 'unicode', 'tones'].includes(name));
    const unit = fc.constantFrom('h', 'o', 'u', 'O', 'à', 'á', 'ẹ', 'ỳ', 'ý', 'a', 'y', 'q', 'ng', 'th', 'hoà', 'thuỷ', 'quý', ' ', '\n', '\u00a0', '\u200b', '“', '-', '1');
    const inserts = ['o', 'u', 'à', 'ỳ', 'h', ' ', '\n', '\r', '\u00a0', '\u0301', 'x', ''];
    let told = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }).map((xs) => xs.join('')), fc.array(fc.nat(255), { maxLength: 16 }), (s, ops) => {
        const c = charCensus(s);
        if (c.firstCr !== -1 || c.firstNfc !== -1) return;
        const u = unicodeChars(s, env)?.text ?? s;
        const t = tones(u, env)?.text ?? u;
        // A later step's edits: pieces kept, deleted, replaced or inserted before.
        const b = new TextBuilder(t);
        let p = 0;
        for (let k = 0; p < t.length; k++) {
          const op = ops.length ? ops[k % ops.length] : 0;
          const e = Math.min(t.length, p + 1 + (op % 3));
          const kind = (op >> 2) % 4;
          const ins = inserts[(op >> 4) % inserts.length];
          if (kind === 0 || kind === 3) b.keep(p, e);
          else if (kind === 1) b.replace(p, e, ins);
          else b.insert(p, ins).keep(p, e);
          p = e;
        }
        const out = b.build();
        const known = carriedUnchanging(out.text, carryDirty(out.map, [], RHYME_WINDOW.left, RHYME_WINDOW.right)!, rewritesRhymeAt);
        if (known === null) {
          if (census.some(([, step]) => step(out.text, env) !== null)) refused++;
          return;
        }
        told++;
        for (const [name, step] of census) if (known.has(name)) expect(step(out.text, env)).toBeNull();
      }),
      { numRuns: RUNS * 5 },
    );
    expect(told).toBeGreaterThan(RUNS / 2);
    expect(refused).toBeGreaterThan(RUNS / 20);
  });

  it('the census steps a run of the steps names as unchanging return null on its output', async () => {
    const { NAMED_STEPS, runSteps } = await import('../../src/normalize/index.js');
    const env = { format: 'text' as const, note: () => {} };
    const unit = fc.oneof(
      chars,
      pieces,
      fc.constantFrom('hoà', 'Hoà', 'thuỷ', 'khoẻ', 'quý', 'o', 'u', 'à', 'ỳ', '\n', '\n', '\n\n', '  ', '-\n', 'Trang 2', '---', '**', '# ', '- ', '1. ', '|', '\r', '\u00a0', '\u200b', '“', '\u2013', 'o\u0300a', 'Ω', '\u0301'),
    );
    let told = 0;
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }).map((xs) => xs.join('')), fc.constantFrom('text' as const, 'markdown' as const), (s, format) => {
        const r = runSteps(s, format);
        if (r.unchanging === null) return;
        told++;
        for (const [name, step] of NAMED_STEPS) if (r.unchanging.has(name)) expect(step(r.text, env)).toBeNull();
      }),
      { numRuns: RUNS * 2 },
    );
    expect(told).toBeGreaterThan(RUNS / 4);
  });
});
