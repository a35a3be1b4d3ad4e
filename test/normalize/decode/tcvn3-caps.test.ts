// TCVN3 caps restoration: lines typed in the caps font (.VnTimeH) come out lowercase (or, with
// Caps Lock, mixed); restore them by line shape, conservatively.
import { describe, expect, it } from 'vitest';
import { capsLockShape, lowercaseShape, restoreTcvn3Caps } from '../../../src/normalize/decode/tcvn3-caps.js';
import { decodeBytes } from '../../../src/normalize/decode/index.js';
import { encodeTcvn3 } from '../../../src/normalize/decode/encode.js';

const restore = (t: string) => restoreTcvn3Caps(t).text;
const BODY = 'Ngày 01/9/2021, tại trụ sở UBND huyện Krông Búk, đồng chí Nguyễn Tuấn Hà chủ trì buổi làm việc.';

describe('restores caps-font lines', () => {
  it.each([
    ['thông báo', 'THÔNG BÁO'],
    ['cộng hòa xã hội chủ nghĩa việt nam', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['ủy ban nhân dân tỉnh quảng trị', 'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ'],
    ['## thông báo', '## THÔNG BÁO'],
    ['**kt. chủ tịch**', '**KT. CHỦ TỊCH**'],
    ['ubnd tỉnh đắk lắk', 'UBND TỈNH ĐẮK LẮK'],
    ['i. đánh giá chung', 'I. ĐÁNH GIÁ CHUNG'],
    ['minh chiến', 'MINH CHIẾN'],
  ])('"%s" standing alone among normal lines', (line, caps) => {
    expect(restore(`${BODY}\n\n${line}\n\n${BODY}`)).toBe(`${BODY}\n\n${caps}\n\n${BODY}`);
  });
  it('a block of caps lines (header, wrapped title, signer)', () => {
    const text = `ủy ban nhân dân\ntỉnh đắk lắk\nSố: 12/TB-UBND\nthông báo\nkết luận của phó chủ tịch ubnd tỉnh\ntại buổi làm việc với huyện krông búk\n\n${BODY}\n\nkt. chủ tịch\nphó chủ tịch\n\nNguyễn Tuấn Hà`;
    expect(restore(text)).toBe(
      `ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 12/TB-UBND\nTHÔNG BÁO\nKẾT LUẬN CỦA PHÓ CHỦ TỊCH UBND TỈNH\nTẠI BUỔI LÀM VIỆC VỚI HUYỆN KRÔNG BÚK\n\n${BODY}\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Tuấn Hà`,
    );
  });
  it.each([
    ['THÔNG BáO', 'THÔNG BÁO'],
    ['**KT. CHáNH VĂN PHòNG', '**KT. CHÁNH VĂN PHÒNG'],
    ['CỘNG HOà Xã HỘI CHủ NGHĩA VIỆT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ])('Caps Lock shape "%s", wherever it stands', (line, caps) => {
    expect(restore(`${BODY}\n${line}\n${BODY}`)).toBe(`${BODY}\n${caps}\n${BODY}`);
  });
  it('a paragraph whose first letter alone was typed in the caps font', () => {
    const text = `${BODY}\n\nở các xã, phường, Ban Chỉ đạo tiếp tục kiểm tra việc thực hiện các biện pháp phòng, chống dịch.`;
    expect(restore(text)).toBe(`${BODY}\n\nỞ các xã, phường, Ban Chỉ đạo tiếp tục kiểm tra việc thực hiện các biện pháp phòng, chống dịch.`);
    expect(restoreTcvn3Caps(text).notes[0].code).toBe('normalize/tcvn3-initial-restored');
  });
});

describe('leaves normal lines alone', () => {
  it.each([
    ['a wrapped continuation', `Tại cuộc họp, đồng chí Phó Chủ tịch yêu cầu các sở, ban, ngành tiếp tục\ntriển khai thực hiện nghiêm các biện pháp phòng, chống dịch bệnh\ntrên địa bàn tỉnh.`],
    ['a list item', `${BODY}\n\n- các sở, ban, ngành liên quan\n\n${BODY}`],
    ['a lettered item', `${BODY}\n\na) tăng cường công tác kiểm tra\n\n${BODY}`],
    ['a sentence', `${BODY}\n\ncác đơn vị thực hiện nghiêm túc.\n\n${BODY}`],
    ['a date line', `${BODY}\n\nngày 02 tháng 9 năm 2021\n\n${BODY}`],
    ['a line followed by a lowercase continuation', `${BODY}\n\ntăng cường kiểm tra\ncác cơ sở kinh doanh trên địa bàn tỉnh, thực hiện nghiêm.\n\n${BODY}`],
    ['a capitalised word', `Số: 12/TB-UBND\n${BODY}`],
    ['an all-lowercase text (no capitals anywhere)', `thông báo\n\nngười dân cần thực hiện\n\nủy ban nhân dân`],
  ])('%s', (_what, text) => {
    expect(restore(text)).toBe(text);
  });
  it('stops when too many lines would change (the text is just lowercase)', () => {
    const lines = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? 'Dòng số ' + i : 'dòng thường ' + i));
    const text = lines.join('\n\n');
    expect(restore(text)).toBe(text);
  });
  it('capsLockShape and lowercaseShape', () => {
    expect(capsLockShape('BáO')).toBe(true);
    expect(capsLockShape('Số: 12')).toBe(false);
    expect(capsLockShape('UBND tỉnh')).toBe(false);
    expect(lowercaseShape('thông báo')).toBe(true);
    expect(lowercaseShape('Thông báo')).toBe(false);
    expect(lowercaseShape('x'.repeat(120))).toBe(false);
  });
  it('keeps the text length (offsets stay valid)', () => {
    const text = `${BODY}\n\nthông báo\n\n${BODY}`;
    expect(restore(text)).toHaveLength(text.length);
  });
});

describe('through decodeBytes', () => {
  it('a TCVN3 document with a caps-font header and title', () => {
    const doc = 'UBND TỈNH ĐẮK LẮK\nVĂN PHÒNG\n\nSố: 125/TB-VPUBND\n\nTHÔNG BÁO\n\nKết luận của đồng chí Phó Chủ tịch UBND tỉnh tại buổi làm việc.\n\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG';
    const lowerCaps = doc
      .split('\n')
      .map((l) => (l && l === l.toUpperCase() && /\p{L}/u.test(l) ? l.toLowerCase() : l))
      .join('\n');
    const d = decodeBytes(encodeTcvn3(lowerCaps).bytes);
    expect(d.encoding).toBe('tcvn3');
    expect(d.text).toBe(doc);
    expect(d.notes.filter((n) => n.code === 'normalize/tcvn3-caps-restored').length).toBe(3);
    expect(d.notes[0].rawOffset).toBe(0);
  });
});
