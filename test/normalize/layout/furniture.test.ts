// Page furniture: page-break markers, bare page numbers, running headers; the cut paragraph joins again.
import { describe, expect, it } from 'vitest';
import { furniture } from '../../../src/normalize/layout/furniture.js';
import { norm, runStep } from '../helpers.js';

describe('furniture', () => {
  it('drops a page number in the middle of a paragraph and joins it again', () => {
    expect(norm('khẩn trương kiện toàn Ban\n2\nquản lý, Ban chỉ đạo xây dựng chương trình.')).toBe(
      'khẩn trương kiện toàn Ban quản lý, Ban chỉ đạo xây dựng chương trình.',
    );
    expect(norm('chưa được giải\n\n1\n\nquyết kịp thời.')).toBe('chưa được giải quyết kịp thời.');
  });

  it.each([
    'đôn đốc công tác\n\n\n--- PAGE BREAK ---\n\nchéo trong kế hoạch',
    'đôn đốc công tác\n\fchéo trong kế hoạch',
    'đôn đốc công tác\n\f\nchéo trong kế hoạch',
    'đôn đốc công tác\n<!-- PAGE BREAK -->\nchéo trong kế hoạch',
    'đôn đốc công tác\n- 2 -\nchéo trong kế hoạch',
    'đôn đốc công tác\nTrang 2/5\nchéo trong kế hoạch',
  ])('page break %j', (input) => {
    expect(norm(input)).toBe('đôn đốc công tác chéo trong kế hoạch');
  });

  it('drops running headers repeated after each break', () => {
    const page = (n: number, body: string) => `CÔNG VĂN SỐ 12/UBND-VX\n${body}\n${n}\n`;
    const text = page(1, 'Thực hiện chỉ đạo của tỉnh, các cơ quan triển') + page(2, 'khai ngay các nội dung sau đây trong') + page(3, 'tháng 12 năm 2025.');
    const out = norm(text);
    expect(out).not.toContain('CÔNG VĂN SỐ 12');
    expect(out).toBe('Thực hiện chỉ đạo của tỉnh, các cơ quan triển khai ngay các nội dung sau đây trong tháng 12 năm 2025.');
  });

  it('keeps numbers that are not a page sequence', () => {
    const r = runStep(furniture, 'Tổng số văn bản:\n63\nđã cập nhật');
    expect(r.text).toContain('63');
  });

  it('takes every page number of several documents in one file in one pass (numbering restarts)', () => {
    // Found by the fuzz: corpus/011 (pages "1", "2") repeated five times kept the fifth copy's
    // numbers after one normalize (each round took one copy's), and the next normalize dropped them.
    const doc = 'chưa được giải\n\n1\n\nquyết kịp thời.\n\ntrách nhiệm của\n\n2\n\ncác cấp.';
    const copies = Array.from({ length: 6 }, () => doc).join('\n\n');
    const once = runStep(furniture, copies).text;
    expect(once).not.toMatch(/^[12]$/mu);
    // Two copies repeat their lines after every page break: that is no running header.
    expect(once).toBe(Array.from({ length: 6 }, () => 'chưa được giải\nquyết kịp thời.\n\ntrách nhiệm của\ncác cấp.').join('\n\n'));
    expect(runStep(furniture, once).text).toBe(once);
    expect(norm(copies)).toBe(norm(norm(copies)));
  });

  it('notes what it dropped', () => {
    const r = runStep(furniture, 'a\n--- PAGE BREAK ---\nb\n2\nc');
    expect(r.notes[0].code).toBe('normalize/page-furniture');
    expect(r.notes[0].message).toMatch(/1 page-break marker/);
  });

  it('does nothing without furniture', () => {
    expect(furniture('Thông báo\n\nKết luận', { format: 'text', note: () => {} })).toBeNull();
  });
});
