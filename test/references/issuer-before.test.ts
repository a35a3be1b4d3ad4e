import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/index.js';

// The heading keeps the sentence out of the title position.
const refs = (text: string) => parseNotice(`THÔNG BÁO\n\n${text}\n`).references.map((r) => [r.number, r.issuer]);

describe('issuer printed before the citation ("của X tại Công văn số ...")', () => {
  it('takes the agency between "của" and "tại"', () => {
    expect(refs('Đẩy mạnh hỗ trợ theo chỉ đạo của UBND tỉnh tại Công văn số 8144/UBND-KGVX ngày 26/8/2021, trong đó lưu ý.')).toEqual([
      ['8144/UBND-KGVX', 'UBND tỉnh'],
    ]);
    expect(refs('Triển khai theo hướng dẫn của Sở Y tế tại Công văn số 3326/SYT-NVYD ngày 23/8/2021.')).toEqual([['3326/SYT-NVYD', 'Sở Y tế']]);
  });

  it('negatives: no "của", no "tại", or an issuer printed after the citation wins', () => {
    expect(refs('Sở Y tế tại Công văn số 3326/SYT-NVYD ngày 23/8/2021 đã hướng dẫn.')).toEqual([['3326/SYT-NVYD', null]]);
    expect(refs('theo chỉ đạo của UBND tỉnh, Công văn số 8144/UBND-KGVX ngày 26/8/2021.')).toEqual([['8144/UBND-KGVX', null]]);
    expect(refs('của UBND tỉnh tại Công văn số 8144/UBND-KGVX ngày 26/8/2021 của Bộ Y tế.')).toEqual([['8144/UBND-KGVX', 'Bộ Y tế']]);
  });
});
