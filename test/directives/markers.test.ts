import { describe, expect, it } from 'vitest';
import { isInitial, isSuccessor, parseMarker, type MarkerMatch } from '../../src/directives/markers.js';

function parse(line: string): MarkerMatch | null {
  return parseMarker(line, 0, line.length);
}

describe('marker grammar', () => {
  it.each([
    ['I. ĐÁNH GIÁ CHUNG', 'roman', 'I.', 'I', 1],
    ['II. NHIỆM VỤ, GIẢI PHÁP', 'roman', 'II.', 'II', 2],
    ['XIV. Tổ chức thực hiện', 'roman', 'XIV.', 'XIV', 14],
    ['l. Đánh giá chung', 'roman', 'l.', 'I', 1], // OCR "I."
    ['1. Công tác thông tin, truyền thông:', 'arabic.', '1.', '1', 1],
    ['12. Sở Y tế', 'arabic.', '12.', '12', 12],
    ['105. Sở Y tế', 'arabic.', '105.', '105', 105],
    ['3) Sở Tài chính', 'arabic)', '3)', '3', 3],
    ['1/ Tổ chức, quán triệt', 'arabic/', '1/', '1', 1],
    ['(2) Về triển khai Chương trình', 'paren', '(2)', '2', 2],
    ['1.1. Giao phòng Nông nghiệp', 'decimal', '1.1.', '1.1', 1],
    ['2.3 Đối với việc giải quyết', 'decimal', '2.3', '2.3', 3],
    ['3.l. Giao Văn phòng', 'decimal', '3.l.', '3.1', 1], // OCR "3.1."
    ['5.7, Giao phòng Kinh tế', 'decimal', '5.7,', '5.7', 7], // OCR "5.7."
    ['a) Tổ chức theo dõi chặt chẽ', 'letter)', 'a)', 'a', 1],
    ['đ) Chủ động bố trí lực lượng', 'letter)', 'đ)', 'đ', 5],
    ['e) Tiếp tục', 'letter)', 'e)', 'e', 6],
    ['g) Tiếp tục', 'letter)', 'g)', 'g', 7], // no "f" in a Vietnamese list
    ['b. Tăng cường', 'letter.', 'b.', 'b', 2],
    ['Điều 1. Công bố kèm theo', 'dieu', 'Điều 1.', '1', 1],
    ['Điều 12: Hiệu lực', 'dieu', 'Điều 12:', '12', 12],
    ['ĐIỀU 2. Quyết định này', 'dieu', 'Điều 2.', '2', 2],
    ['- Thường xuyên kiểm tra', 'bullet-', '-', '-', 0],
    ['+ Bệnh dại (từ chó, mèo)', 'bullet+', '+', '+', 0],
    ['• Đang truy cập', 'bullet•', '•', '•', 0],
    ['- tăng cường kiểm tra', 'bullet-', '-', '-', 0], // a small letter may follow a bullet
    ['– Khẩn trương triển khai', 'bullet-', '-', '-', 0], // an en dash the normaliser has not unified yet
    ['c/ Tổ chức thực hiện', 'letter/', 'c/', 'c', 3],
  ])('%s', (line, kind, printed, label, value) => {
    const m = parse(line);
    expect(m).not.toBeNull();
    expect(m).toMatchObject({ kind, printed, label, value });
  });

  it('reads past leftover bold markup to the text', () => {
    const line = '**Điều 1. **Công bố';
    const m = parseMarker(line, 2, line.length)!;
    expect(m.printed).toBe('Điều 1.');
    expect(line.slice(m.restStart)).toBe('Công bố');
  });

  it('accepts a marker alone on its line (text on the next line)', () => {
    const m = parse('1.');
    expect(m?.printed).toBe('1.');
    expect(m?.restUpper).toBeNull();
  });

  it('accepts "1.Tăng" without a space when a capital follows', () => {
    expect(parse('1.Tăng cường')?.label).toBe('1');
  });

  describe('not markers', () => {
    it.each([
      ['2.074 ca dương tính', 'a number with a thousands dot'],
      ['1.000 người', 'a number with a thousands dot'],
      ['24/24h', 'a time'],
      ['15/8/2025 là hạn', 'a date'],
      ['-Sở Y tế', 'a hyphen glued to a word'],
      ['--------', 'a rule'],
      ['- - Trưởng Công an', 'a doubled dash'],
      ['+>', 'OCR noise'],
      ['0. Không', 'a zero'],
      ['l.kiểm tra', 'an "l." with a small letter after it'],
      ['a.b.c', 'an abbreviation'],
      ['a. kiểm tra', '"a." needs a capital after it'],
      ['Điều kiện làm việc', 'the word "Điều" without a number'],
      ['Theo Mục 1. của Kế hoạch', 'a number inside a sentence'],
      ['2025 là năm', 'a year'],
      ['1.5triệu', 'a decimal glued to a word'],
      ['631/TB-VPCP', 'a document number'],
      ['đ/c Nguyễn Văn A', '"đồng chí" abbreviated'],
      ['18/11/2025', 'a date'],
    ])('%s (%s)', (line) => {
      expect(parse(line)).toBeNull();
    });
  });
});

describe('sequence', () => {
  const m = (line: string) => parse(line)!;
  it.each([
    ['1. A', '2. B', true],
    ['1. A', '3. B', false],
    ['a) A', 'b) B', true],
    ['d) A', 'đ) B', true],
    ['đ) A', 'e) B', true],
    ['e) A', 'g) B', true], // Vietnamese order skips f
    ['e) A', 'f) B', true], // a list that uses the Latin order
    ['I. A', 'II. B', true],
    ['III. A', 'IV. B', true],
    ['1.1. A', '1.2. B', true],
    ['1.3. A', '2.1. B', true],
    ['2. A', '2. B', false],
  ])('%s then %s: %s', (a, b, ok) => {
    expect(isSuccessor(m(a), m(b))).toBe(ok);
  });

  it('allows a skipped number only with slack', () => {
    expect(isSuccessor(m('2. A'), m('5. B'))).toBe(false);
    expect(isSuccessor(m('2. A'), m('5. B'), 2)).toBe(true);
  });

  it.each([
    ['1. A', true],
    ['a) A', true],
    ['I. A', true],
    ['Điều 1. A', true],
    ['- A', true],
    ['2. A', false],
    ['b) A', false],
  ])('%s opens a list: %s', (line, ok) => {
    expect(isInitial(m(line))).toBe(ok);
  });
});
