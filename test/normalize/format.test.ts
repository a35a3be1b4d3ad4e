// Format sniffing: HTML page, markdown (including the markdown-ish exports), plain text.
import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../src/normalize/format.js';

describe('sniffFormat', () => {
  it.each([
    ['<!DOCTYPE html><html><body><p>Thông báo</p></body></html>', 'html'],
    ['  <html lang="vi"><head></head><body>x</body></html>', 'html'],
    ['<div><p>Thông báo</p><p>Kết luận</p><br></div>', 'html'],
    ['# QUYẾT ĐỊNH\n\nĐiều 1.', 'markdown'],
    ['**THÔNG BÁO**\n\nKết luận', 'markdown'],
    ['|\n**VĂN PHÒNG CHÍNH\nPHỦ**\n-------', 'markdown'],
    ['Nơi nhận:\n\n**KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG**', 'markdown'],
    ['| a | b |\n|---|---|\n| c | d |', 'markdown'],
    // markdown with a few HTML blocks stays markdown (corpus/046)
    ['| a | b |\n|---|---|\n\n# QUYẾT ĐỊNH\n<p align="right">\nTM. ỦY BAN NHÂN DÂN <br/>\n<b>Tên</b>\n</p>', 'markdown'],
    ['ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 2 /TB-UBND', 'text'],
    ['Ngày 3/2, đồng chí chủ trì; 5 * 3 = 15 và a_b.', 'text'],
  ])('%j -> %s', (input, expected) => {
    expect(sniffFormat(input)).toBe(expected);
  });
});
