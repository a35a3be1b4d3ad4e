import { describe, expect, it } from 'vitest';
import type { Directive } from '../../src/record/schema.js';
import { directive, run } from './helpers.js';

/** Roles in one directive spanning the whole text. */
function roles(text: string, heading: string | null = null): [string, string][] {
  const d: Directive = { ...directive(text, '1'), heading };
  const ctx = run(text, {}, [d]);
  return ctx.findings.directives[0].agencies.map((a) => [a.name, a.role]);
}

type RoleTable = [string, [string, string][]][];

/** Table test: each text, as one directive, gives these [name, role] pairs in order. */
function describeRoles(title: string, table: RoleTable): void {
  describe(title, () => {
    it.each(table)('%s', (text, expected) => {
      expect(roles(text)).toEqual(expected);
    });
  });
}

/**
 * Table test for lists with an item the recogniser may or may not name ("Hạt Kiểm lâm", "phòng Tài
 * nguyên môi trường"): the listed pairs are among the roles, whatever the recogniser adds.
 */
function describeRolesAmong(title: string, table: RoleTable): void {
  describe(title, () => {
    it.each(table)('%s', (text, expected) => {
      expect(roles(text)).toEqual(expect.arrayContaining(expected));
    });
  });
}

describeRoles('lead', [
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
]);

describe('lead: headings, one entry per agency', () => {
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

describeRoles('mentioned, not lead', [
  ['- Tăng cường bảo vệ vùng xanh theo hướng dẫn của Sở Y tế tại Công văn số 3326/SYT-NVYD.', [['Sở Y tế', 'mentioned']]],
  ['- Thường xuyên báo cáo với lãnh đạo UBND tỉnh.', [['Ủy ban nhân dân tỉnh', 'mentioned']]],
  ['Ban Thường vụ Tỉnh ủy Đắk Lắk đã kịp thời chỉ đạo triển khai.', [['Ban Thường vụ Tỉnh ủy Đắk Lắk', 'mentioned']]],
  ['- Đề xuất Ban chỉ đạo phòng thủ dân sự quốc gia xem xét.', [['Ban Chỉ đạo phòng thủ dân sự quốc gia', 'mentioned']]],
]);

describeRoles('lead cues before the body', [
  ['Giao Sở Y tế, Sở Tài chính chủ trì tham mưu.', [['Sở Y tế', 'lead'], ['Sở Tài chính', 'lead']]],
  ['Đề nghị Bộ Y tế hỗ trợ vắc xin.', [['Bộ Y tế', 'lead']]],
  ['- Yêu cầu Chủ tịch UBND các huyện, thị xã, thành phố chỉ đạo quyết liệt.', [['Ủy ban nhân dân các huyện, thị xã, thành phố', 'lead']]],
  ['UBND huyện chỉ đạo Phòng Tài chính - Kế hoạch rà soát.', [['Ủy ban nhân dân huyện', 'lead'], ['Phòng Tài chính - Kế hoạch', 'lead']]],
  ['Phân công Sở Nội vụ theo dõi.', [['Sở Nội vụ', 'lead']]],
  ['Đề nghị các sở, ban, ngành, UBND các huyện, thành phố triển khai thực hiện.', [['Ủy ban nhân dân các huyện, thành phố', 'lead']]],
  ['Giao các sở, ngành và UBND các huyện rà soát.', [['Ủy ban nhân dân các huyện', 'lead']]],
  ['Bí thư Tỉnh ủy yêu cầu từng đồng chí trong Ban Thường vụ Tỉnh ủy chủ động chuẩn bị.', [
    ['Tỉnh ủy', 'mentioned'],
    ['Ban Thường vụ Tỉnh ủy', 'lead'],
  ]],
]);

describeRoles('lead as the subject of the item or of a sentence', [
  ['3. Sở Y tế khẩn trương chủ trì tổ chức tiêm.', [['Sở Y tế', 'lead']]],
  ['Tăng cường kiểm tra. Sở Tài chính bố trí kinh phí.', [['Sở Tài chính', 'lead']]],
  ['Theo đó, đồng chí Bí thư, Chủ tịch UBND thị trấn phải quán triệt sâu kỹ.', [['Ủy ban nhân dân thị trấn', 'lead']]],
  ['Chánh Văn phòng UBND tỉnh, Giám đốc Sở Y tế, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này.', [
    ['Văn phòng Ủy ban nhân dân tỉnh', 'lead'],
    ['Sở Y tế', 'lead'],
    ['Sở Tài chính', 'lead'],
  ]],
  ['Sở Y tế cập nhật các ổ dịch; để Sở Giao thông vận tải chỉ đạo tổ chức vận tải hành khách.', [
    ['Sở Y tế', 'lead'],
    ['Sở Giao thông vận tải', 'lead'],
  ]],
  ['- Về kế hoạch trồng rừng, căn cứ chỉ tiêu đã đăng ký, Phòng Nông nghiệp và PTNT tham mưu.', [['Phòng Nông nghiệp và Phát triển nông thôn', 'lead']]],
  ['UBND các xã, thị trấn phát huy tinh thần trách nhiệm.', [['Ủy ban nhân dân các xã, thị trấn', 'lead']]],
  ['6. Chủ tịch UBND huyện chỉ đạo các xã rà soát.', [['Ủy ban nhân dân huyện', 'lead']]],
]);

describe('a subject\'s own level after "của" keeps it the subject', () => {
  it('"Phòng ... huyện, Trung tâm Y tế huyện tổ chức ...": a level word left after a body stays in the subject', () => {
    expect(roles('Phòng nông nghiệp và phát triển nông thôn huyện, Trung tâm Y tế huyện tổ chức tập huấn.').map((r) => r[1])).toEqual(['lead', 'lead']);
  });
  it('"Ban Chỉ đạo ... của huyện tăng cường ..." (whether or not the name takes the level)', () => {
    expect(roles('Ban Chỉ đạo phòng, chống dịch Covid-19 của huyện tăng cường kiểm tra.').map((r) => r[1])).toEqual(['lead']);
  });
});

describeRoles('labels of a plan: who leads, who helps', [
  ['1. Trách nhiệm của Sở Y tế:', [['Sở Y tế', 'lead']]],
  ['- Nhiệm vụ của UBND các huyện, thành phố: rà soát, báo cáo.', [['Ủy ban nhân dân các huyện, thành phố', 'lead']]],
  ['- Cơ quan chủ trì: Sở Y tế.\n- Cơ quan phối hợp: Sở Tài chính, Công an tỉnh.', [
    ['Sở Y tế', 'lead'],
    ['Sở Tài chính', 'support'],
    ['Công an tỉnh', 'support'],
  ]],
  ['Đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp: Sở Tư pháp.', [['Sở Nội vụ', 'lead'], ['Sở Tư pháp', 'support']]],
]);

describeRoles('support', [
  ['Sở Y tế chủ trì, phối hợp chặt chẽ với Công an tỉnh triển khai.', [['Sở Y tế', 'lead'], ['Công an tỉnh', 'support']]],
  ['- Phối hợp Chi cục Thuế, UBND các xã, thị trấn đẩy nhanh thu ngân sách.', [
    ['Chi cục Thuế', 'support'],
    ['Ủy ban nhân dân các xã, thị trấn', 'support'],
  ]],
  ['Công an tỉnh cùng Bộ Chỉ huy Quân sự tỉnh tuần tra.', [['Công an tỉnh', 'lead'], ['Bộ Chỉ huy Quân sự tỉnh', 'support']]],
  ['Sở Y tế phối hợp với các cơ quan, đơn vị liên quan và UBND các huyện triển khai.', [
    ['Sở Y tế', 'lead'],
    ['Ủy ban nhân dân các huyện', 'support'],
  ]],
  ['Giao Phòng Dân tộc chủ trì chuẩn bị Đại hội.\nUBND các xã, thị trấn phối hợp Phòng Dân tộc triệu tập đại biểu.', [
    ['Phòng Dân tộc', 'lead'],
    ['Ủy ban nhân dân các xã, thị trấn', 'support'],
  ]],
]);

describeRoles('mentioned: not lead, not support', [
  ['- Rà soát theo đề nghị của Sở Y tế.', [['Sở Y tế', 'mentioned']]],
  ['- Đề nghị tăng cường kiểm tra, UBND các xã báo cáo kết quả.', [['Ủy ban nhân dân các xã', 'mentioned']]],
  ['- Giao Sở Xây dựng hướng dẫn thực hiện, báo cáo UBND tỉnh.', [['Sở Xây dựng', 'lead'], ['Ủy ban nhân dân tỉnh', 'mentioned']]],
  ['Nhiệm vụ trọng tâm năm 2025 của UBND tỉnh là phát triển hạ tầng.', [['Ủy ban nhân dân tỉnh', 'mentioned']]],
  ['- Rà soát, bổ sung theo đề nghị Sở Y tế tại Tờ trình số 12/TTr-SYT.', [['Sở Y tế', 'mentioned']]],
  ['UBND tỉnh đã ban hành nhiều văn bản chỉ đạo Sở Tài chính khẩn trương triển khai.', [
    ['Ủy ban nhân dân tỉnh', 'mentioned'],
    ['Sở Tài chính', 'mentioned'],
  ]],
  ['- Phòng Nông nghiệp và PTNT tham mưu chỉ đạo UBND các xã triển khai.', [
    ['Phòng Nông nghiệp và Phát triển nông thôn', 'lead'],
    ['Ủy ban nhân dân các xã', 'mentioned'],
  ]],
  ['Phó Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng khẩn trương hoàn thành.', [
    ['Ủy ban nhân dân tỉnh', 'mentioned'],
    ['Sở Xây dựng', 'lead'],
  ]],
  ['Đồng chí Bí thư Tỉnh ủy Hồ Quốc Dũng nhấn mạnh, các cấp cần quyết liệt hơn.', [['Tỉnh ủy', 'mentioned']]],
  ['Đồng chí Bí thư Huyện ủy cũng yêu cầu nâng cao chất lượng các chốt kiểm tra.', [['Huyện ủy', 'mentioned']]],
  ['Thực hiện Quy chế "Phối hợp giữa Sở Y tế và Công an tỉnh trong phòng, chống dịch", các đơn vị rà soát.', [
    ['Sở Y tế', 'mentioned'],
    ['Công an tỉnh', 'mentioned'],
  ]],
  ['Thực hiện Quy chế phối hợp giữa Sở Y tế và Công an tỉnh, các đơn vị rà soát.', [
    ['Sở Y tế', 'mentioned'],
    ['Công an tỉnh', 'mentioned'],
  ]],
  ['Bộ Tài chính phối hợp chặt chẽ với các cơ quan Quốc hội hoàn thiện hồ sơ.', [['Bộ Tài chính', 'lead'], ['Quốc hội', 'mentioned']]],
  ['3. Sở Y tế (Phó Trưởng ban Chỉ đạo) chỉ đạo các địa phương.', [['Sở Y tế', 'lead'], ['Ban Chỉ đạo', 'mentioned']]],
  ['UBND huyện, các cơ quan, đơn vị thuộc huyện đã thực hiện tốt công tác chỉ đạo.', [['Ủy ban nhân dân huyện', 'mentioned']]],
  ['Nếu để xảy ra chậm trễ, Giám đốc Sở Tài chính chịu hoàn toàn trách nhiệm trước UBND tỉnh.', [
    ['Sở Tài chính', 'mentioned'],
    ['Ủy ban nhân dân tỉnh', 'mentioned'],
  ]],
  ['Tăng cường tuyên truyền, hỗ trợ UBND thị trấn Liên Hương phòng, chống dịch.', [['Ủy ban nhân dân thị trấn Liên Hương', 'mentioned']]],
  ['Trên cơ sở đó giúp Tỉnh ủy, Ban Thường vụ Tỉnh ủy nắm bắt khó khăn.', [['Tỉnh ủy', 'mentioned'], ['Ban Thường vụ Tỉnh ủy', 'mentioned']]],
]);

describeRolesAmong('lists over an item the recogniser may not name', [
  ['UBND huyện chỉ đạo phòng Tài nguyên môi trường, UBND thị trấn Đắk Mâm rà soát thực tế.', [
    ['Ủy ban nhân dân huyện', 'lead'],
    ['Ủy ban nhân dân thị trấn Đắk Mâm', 'lead'],
  ]],
  ['Các lực lượng Công an, Quân sự, Y tế, CDC và các địa phương lựa chọn cán bộ.', [['Trung tâm Kiểm soát bệnh tật tỉnh', 'lead']]],
  ['- Phòng Nông nghiệp và PTNT phối hợp Hạt Kiểm lâm, UBND xã Đức Xuyên kiểm tra.', [
    ['Phòng Nông nghiệp và Phát triển nông thôn', 'lead'],
    ['Ủy ban nhân dân xã Đức Xuyên', 'support'],
  ]],
]);

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
