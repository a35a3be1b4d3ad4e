// Properties of the whole normaliser (fast-check): idempotent, offsets back into the raw input
// (in range and monotone), and no exception but NoticeInputError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { NoticeInputError } from '../../src/errors.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** Pieces of real documents, markup and noise. */
const piece = fc.constantFrom(
  'ỦY BAN NHÂN DÂN', 'TỈNH ĐẮK LẮK', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỌNG HOÀ XÃ HỌI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc', 'Độc lập - Tự do - Hanh phúc', 'Số: 125/TB-VPUBND', 'Sổ: 12/TB', 'Hà Nội, ngày 02 tháng 9 năm 2021',
  'THÔNG BÁO', 'THONG BAO', 'Kết luận của đồng chí Nguyễn Tuấn Hà', 'tại buổi làm việc với huyện Krông Búk',
  'Ngày 01/9/2021, tại trụ sở UBND huyện', 'đồng chí Nguyễn Tuấn Hà – Phó Chủ tịch', 'kết luận như sau:',
  '1.', '2. Công tác thông tin, truyền thông:', 'a)', '- Tăng cường công tác;', '+ Rà soát,', '• Đang truy cập: 1',
  'Nơi nhận:', 'Noi nhận:', "'Vơi nhận: TL. CHỦ TỊCH", '- Lưu: VT.', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'Nguyễn Đức Vinh',
  'Uỷ ban', 'hoà', 'khoẻ', 'quý', '“5K”', 'thực hiện./.', 'Bộ', 'Nông nghiệp', 'và', 'Sở', 'COVID-19', '2021', '- 2025',
  '**THÔNG BÁO**', '**KT. BỘ TRƯỞNG,', 'CHỦ NHIỆM**', '*Hà Nội, ngày 15', 'tháng 11 năm 2025*', '# QUYẾT ĐỊNH', '|', '| a | b |',
  '-------', '** **', '[img]', 'Đăng nhập', 'Bình luận', 'Hiện tại chưa có bình luận', '2', '--- PAGE BREAK ---', '\f',
  'Số hiệu:', 'Loại văn bản:', 'Người ký:', '<p>', '<br>', '&amp;', '\u00A0', '\u200B', 'Ð', '\t', '   ', '\r\n',
);
const sep = fc.constantFrom(' ', ' ', '\n', '\n', '\n\n', '', '  ', '\r\n', '\n\n\n');
const doc = fc.array(fc.tuple(piece, sep), { minLength: 1, maxLength: 40 }).map((xs) => xs.map(([p, s]) => p + s).join(''));
const format = fc.constantFrom(undefined, 'text' as const, 'markdown' as const, 'html' as const);

function tryNormalize(input: string | Uint8Array, f?: 'text' | 'markdown' | 'html') {
  try {
    return normalize(input, f ? { format: f } : {});
  } catch (e) {
    if (e instanceof NoticeInputError) return null;
    throw e;
  }
}

describe('normaliser properties', () => {
  it('is idempotent on document-like text: normalize(normalize(x).text).text === normalize(x).text', () => {
    fc.assert(
      fc.property(doc, (x) => {
        const once = tryNormalize(x);
        if (!once || once.text === '') return;
        const twice = tryNormalize(once.text);
        expect(twice?.text).toBe(once.text);
      }),
      { numRuns: RUNS },
    );
  });

  it('is idempotent on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (x) => {
        const once = tryNormalize(x);
        if (!once || once.text === '') return;
        expect(tryNormalize(once.text)?.text).toBe(once.text);
      }),
      { numRuns: RUNS },
    );
  });

  it('maps every offset back inside the raw input, monotone non-decreasing', () => {
    fc.assert(
      fc.property(fc.oneof(doc, fc.string({ unit: 'grapheme', maxLength: 200 })), format, (x, f) => {
        const n = tryNormalize(x, f);
        if (!n) return;
        const rawLength = n.raw.decoded.length;
        let prev = 0;
        for (let i = 0; i <= n.text.length; i++) {
          const o = n.map.toInput(i);
          expect(o).toBeGreaterThanOrEqual(0);
          expect(o).toBeLessThanOrEqual(rawLength);
          expect(o).toBeGreaterThanOrEqual(prev);
          prev = o;
        }
        for (const note of n.notes) {
          expect(note.rawOffset).toBeGreaterThanOrEqual(0);
          expect(note.rawOffset).toBeLessThanOrEqual(rawLength);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('throws nothing but NoticeInputError, on any bytes and any format', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), format, (b, f) => {
        tryNormalize(b, f);
      }),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), format, (s, f) => {
        tryNormalize(s, f);
      }),
      { numRuns: RUNS },
    );
  });

  it('reports no failing step on document-like text', () => {
    fc.assert(
      fc.property(doc, format, (x, f) => {
        const n = tryNormalize(x, f);
        if (!n) return;
        expect(n.notes.filter((k) => k.code === 'normalize/step-failed')).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
