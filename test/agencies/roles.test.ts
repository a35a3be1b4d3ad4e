import { describe, expect, it } from 'vitest';
import type { Directive } from '../../src/record/schema.js';
import { directive, run } from './helpers.js';

/** Roles in one directive spanning the whole text. */
function roles(text: string, heading: string | null = null): [string, string][] {
  const d: Directive = { ...directive(text, '1'), heading };
  const ctx = run(text, {}, [d]);
  return ctx.findings.directives[0].agencies.map((a) => [a.name, a.role]);
}

describe('lead', () => {
  const table: [string, [string, string][]][] = [
    ['11. Đối với kiến nghị giao Sở Tài chính chủ trì, phối hợp với Sở Y tế để tham mưu, báo cáo UBND tỉnh.', [
      ['Sở Tài chính', 'lead'],
      ['Sở Y tế', 'support'],
      ['Ủy ban nhân dân tỉnh', 'mentioned'],
    ]],
    ['6. Sở Y tế chủ trì, hướng dẫn các địa phương.', [['Sở Y tế', 'lead']]],
    ['Đề nghị Ủy ban nhân dân tỉnh Đắk Lắk chủ trì, phối hợp với Bộ Xây dựng để làm rõ.', [
      ['Ủy ban nhân dân tỉnh Đắk Lắk', 'lead'],
      ['Bộ Xây dựng', 'support'],
    ]],
    ['5. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế hướng dẫn.', [
      ['Sở Giáo dục và Đào tạo', 'lead'],
      ['Sở Y tế', 'support'],
    ]],
    ['5. Các Bộ: Quốc phòng, Công an chủ động chỉ đạo các đơn vị.', [
      ['Bộ Quốc phòng', 'lead'],
      ['Bộ Công an', 'lead'],
    ]],
    ['8. Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam kịp thời thông tin.', [
      ['Đài Truyền hình Việt Nam', 'lead'],
      ['Đài Tiếng nói Việt Nam', 'lead'],
      ['Thông tấn xã Việt Nam', 'lead'],
    ]],
    ['6. Chủ tịch UBND các xã, thị trấn tích cực tuyên truyền.', [['Ủy ban nhân dân các xã, thị trấn', 'lead']]],
    ['Giao đồng chí Tống Thanh Hải - Phó Chủ tịch UBND tỉnh chỉ đạo Sở Tài chính, Sở Y tế tham mưu UBND tỉnh.', [
      ['Ủy ban nhân dân tỉnh', 'mentioned'],
      ['Sở Tài chính', 'lead'],
      ['Sở Y tế', 'lead'],
    ]],
    ['9. Văn phòng Chính phủ theo dõi, đôn đốc; kịp thời báo cáo Thủ tướng Chính phủ.', [
      ['Văn phòng Chính phủ', 'lead'],
      ['Chính phủ', 'mentioned'],
    ]],
    ['Sau khi phương án được thông qua, Bộ Tài chính khẩn trương báo cáo Thủ tướng Chính phủ.', [
      ['Bộ Tài chính', 'lead'],
      ['Chính phủ', 'mentioned'],
    ]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
  it('a "Giao Sở Y tế:" heading makes the body lead of the item', () => {
    const text = '5. Giao Sở Y tế:\nKhảo sát khả năng mở rộng khu điều trị.';
    expect(roles(text, 'Giao Sở Y tế')).toEqual([['Sở Y tế', 'lead']]);
  });
  it('the strongest role wins, one entry per agency, in order of first mention', () => {
    const text = 'Bộ Nông nghiệp và Môi trường khẩn trương chủ trì, phối hợp với Bộ Tài chính. Bộ Tài chính khẩn trương hoàn thiện dự thảo.';
    expect(roles(text)).toEqual([
      ['Bộ Nông nghiệp và Môi trường', 'lead'],
      ['Bộ Tài chính', 'lead'],
    ]);
  });
});

describe('mentioned, not lead', () => {
  const table: [string, [string, string][]][] = [
    ['- Tăng cường bảo vệ vùng xanh theo hướng dẫn của Sở Y tế tại Công văn số 3326/SYT-NVYD.', [['Sở Y tế', 'mentioned']]],
    ['- Thường xuyên báo cáo với lãnh đạo UBND tỉnh.', [['Ủy ban nhân dân tỉnh', 'mentioned']]],
    ['Ban Thường vụ Tỉnh ủy Đắk Lắk đã kịp thời chỉ đạo triển khai.', [['Ban Thường vụ Tỉnh ủy Đắk Lắk', 'mentioned']]],
    ['- Đề xuất Ban chỉ đạo phòng thủ dân sự quốc gia xem xét.', [['Ban Chỉ đạo phòng thủ dân sự quốc gia', 'mentioned']]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});

describe('directives are walked recursively and own only their span', () => {
  it('a child sees only its own mentions', () => {
    const text = '2. Bộ Nông nghiệp và Môi trường:\na) Chỉ đạo cơ quan dự báo, báo cáo Thủ tướng Chính phủ.';
    const childStart = text.indexOf('a)');
    const parent: Directive = { ...directive(text, '2', 0, childStart - 1), heading: 'Bộ Nông nghiệp và Môi trường' };
    parent.children = [directive(text, '2.a', childStart)];
    const ctx = run(text, {}, [parent]);
    expect(ctx.findings.directives[0].agencies).toEqual([{ name: 'Bộ Nông nghiệp và Môi trường', role: 'lead' }]);
    expect(ctx.findings.directives[0].children[0].agencies).toEqual([{ name: 'Chính phủ', role: 'mentioned' }]);
  });
});
