/** newStyleTones skips normalising text that is plainly NFC; results must not change. */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { newStyleTones, OLD_STYLE_TONE, plainlyNfc, TONE_MARKS } from '../../src/agencies/text/compare.js';
import { EMPHASIS, printedForm } from '../../src/agencies/recognise.js';

function referenceNewStyle(text: string): string {
  return text.normalize('NFC').replace(OLD_STYLE_TONE, (_m, v1: string, v2: string) => {
    const d = (v1 + v2).normalize('NFD');
    const tone = (d.match(TONE_MARKS) ?? [''])[0];
    return (v1.normalize('NFD').replace(TONE_MARKS, '') + tone).normalize('NFC') + v2.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
  });
}

describe('plainlyNfc', () => {
  it('is right that every pair of its characters is NFC', () => {
    const ok: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (plainlyNfc(String.fromCharCode(c))) ok.push(c);
    let bad = 0;
    for (const a of ok) {
      for (const b of ok) {
        const s = String.fromCharCode(a, b);
        if (s.normalize('NFC') !== s) bad++;
      }
    }
    expect(bad).toBe(0);
  });
});

describe('newStyleTones', () => {
  it('moves the tone of oa/oe/uy', () => {
    expect(newStyleTones('Uỷ ban hoà thuỷ')).toBe('Ủy ban hòa thủy');
    expect(newStyleTones('U\u0309y ban')).toBe('Ủy ban'); // decomposed input
  });
  const UNITS = ['a', 'o', 'u', 'q', 'Q', 'U', 'y', 'ý', 'ỷ', 'à', 'á', 'é', ' ', 'Đ', '\u0301', '\u0309', '\u0323', 'Å', '\u212b', 'ư', 'ơ'];
  test.prop([fc.array(fc.constantFrom(...UNITS), { maxLength: 30 }).map((a) => a.join(''))])('equals the plain normalise-then-replace', (s) => {
    expect(newStyleTones(s)).toBe(referenceNewStyle(s));
  });
});

describe('printedForm', () => {
  const UNITS = ['Ủy', 'Uỷ', 'ban', ' ', '  ', '\n', '*', '**', '_', '`', 'hoà', 'Sở', 'Y', 'tế', 'q', 'uý', '\u00a0'];
  test.prop([fc.array(fc.constantFrom(...UNITS), { maxLength: 20 }).map((a) => a.join(''))])('equals the plain replace, squash, new-style tones', (s) => {
    expect(printedForm(s)).toBe(newStyleTones(s.replace(EMPHASIS, ' ').replace(/\s+/g, ' ').trim()));
  });
});
