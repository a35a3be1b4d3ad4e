// Bad input: refused with NoticeInputError (binary, empty, oversize), or warned about (no Vietnamese).
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { NoticeInputError } from '../../src/errors.js';

const bytes = (...b: number[]) => new Uint8Array(b);
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof NoticeInputError ? e.code : `other: ${(e as Error).message}`;
  }
  return null;
};

describe('input guard', () => {
  it.each([
    ['empty', new Uint8Array(0), 'empty'],
    ['only white space', new TextEncoder().encode(' \n\t\r\n  '), 'empty'],
    ['PDF', new TextEncoder().encode('%PDF-1.7\n...'), 'pdf'],
    ['ZIP / docx', bytes(0x50, 0x4b, 0x03, 0x04, 1, 2, 3), 'zip'],
    ['OLE / doc', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0), 'ole'],
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), 'binary'],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'binary'],
    ['gzip', bytes(0x1f, 0x8b, 8, 0), 'binary'],
    ['NUL bytes', new Uint8Array([...new TextEncoder().encode('Thông báo'), 0, 0x41, 0, 0x42, 1, 2, 3]), 'binary'],
    ['control bytes', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), 'binary'],
  ])('%s', (_name, input, code) => {
    expect(codeOf(() => normalize(input))).toBe(code);
  });

  it('refuses input above maxBytes', () => {
    expect(codeOf(() => normalize('Thông báo kết luận', { maxBytes: 5 }))).toBe('too-large');
  });

  it('accepts UTF-16 text (its NUL bytes are not binary)', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Array.from(Buffer.from('Thông báo kết luận', 'utf16le'))]);
    expect(normalize(le).text).toBe('Thông báo kết luận');
  });

  it('warns, without refusing, when there is no Vietnamese', () => {
    const n = normalize('This is an English memo about the meeting schedule for next week, nothing else to report here.');
    expect(n.notes.map((x) => x.code)).toContain('normalize/not-vietnamese');
    expect(n.notes.find((x) => x.code === 'normalize/not-vietnamese')!.severity).toBe('warning');
  });

  it('does not warn on Vietnamese, even without diacritics in a short header', () => {
    const n = normalize('Thông báo kết luận của đồng chí Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc với huyện.');
    expect(n.notes.map((x) => x.code)).not.toContain('normalize/not-vietnamese');
  });

  it('warns when nothing is left after removing chrome', () => {
    const n = normalize('Đăng nhập\n\n[img]\n', { format: 'text' });
    expect(n.text).toBe('');
    expect(n.notes.map((x) => x.code)).toContain('normalize/no-text');
  });

  it('wraps a failing forced encoding into NoticeInputError', () => {
    expect(codeOf(() => normalize(new TextEncoder().encode('abc'), { encoding: 'no-such-encoding' }))).toBe('encoding');
  });
});
