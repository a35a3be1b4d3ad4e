/**
 * fold() and squash() take shortcuts (a short string that needs no change is returned as it is,
 * a squashed string likewise); they must give exactly what the plain algorithms give.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { fold, squash } from '../../src/agencies/text/fold.js';

/**
 * The plain fold: every unit through NFD's base letter, lower case; a lone line break, a tab and a
 * no-break space to a space ("*", "_" and "`" kept);
 * decoded as UTF-16 (a lone surrogate becomes U+FFFD, a leading U+FEFF is kept).
 */
function referenceFold(text: string): string {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c === 0x0a) {
      const prev = i > 0 ? text.charCodeAt(i - 1) : 0x0a;
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x0a;
      if (prev !== 0x0a && next !== 0x0a) c = 0x20;
    } else if ([0x110, 0x111, 0xd0, 0xf0, 0x189].includes(c)) {
      c = 0x64;
    } else if ([0x09, 0xa0].includes(c)) {
      c = 0x20;
    } else if ((c >= 0x41 && c <= 0x24f) || (c >= 0x1ea0 && c <= 0x1eff)) {
      const base = String.fromCharCode(c).normalize('NFD').charAt(0).toLowerCase();
      if (base.length === 1) c = base.charCodeAt(0);
    }
    out[i] = c;
  }
  return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(out);
}

const UNITS = ['\ufeff', 'a', 'Ă', 'ể', 'Đ', 'ð', 'Ợ', 'x', '1', '-', '€', '\n', '\n\n', ' ', '  ', '\t', '\u00a0', '\u2003', '*', '_', '\ud800', '\udc00', '\ud83d\ude00'];
const pieces = fc.array(fc.constantFrom(...UNITS), { maxLength: 90 }).map((a) => a.join(''));
/** Long enough for the buffer path (more than 64 units), up to past the first scratch buffer. */
const longPieces = fc.array(fc.constantFrom(...UNITS), { minLength: 40, maxLength: 600 }).map((a) => a.join(''));

describe('fold', () => {
  it('folds Vietnamese letters, keeps the length', () => {
    expect(fold('Ủy ban nhân dân TỈNH ĐẮK LẮK')).toBe('uy ban nhan dan tinh dak lak');
    expect(fold('Sở\nY tế\n\nx')).toBe('so y te\n\nx');
  });
  it('keeps the length, a leading U+FEFF included', () => {
    expect(fold('\ufeffỦy ban nhân dân'.padEnd(80, ' x')).length).toBe(80);
    expect(fold('\ufeffỦy ban')).toBe('\ufeffuy ban');
  });
  it('returns a string that needs no change as it is', () => {
    expect(fold('uy ban nhan dan')).toBe('uy ban nhan dan');
  });
  test.prop([pieces])('short and long strings fold as the plain algorithm does', (s) => {
    expect(fold(s)).toBe(referenceFold(s));
  });
  test.prop([longPieces])('long strings (folded in place in a buffer) fold as the plain algorithm does', (s) => {
    expect(fold(s)).toBe(referenceFold(s));
  });
  it('folds a text longer than the scratch buffer', () => {
    const s = 'Ủy ban\nnhân dân \ud800\n\nĐẮK LẮK\ud83d\ude00 '.repeat(3000);
    expect(fold(s)).toBe(referenceFold(s));
  });
});

describe('squash', () => {
  test.prop([pieces])('is replace(/\\s+/g, " ").trim()', (s) => {
    expect(squash(s)).toBe(s.replace(/\s+/g, ' ').trim());
  });
});
