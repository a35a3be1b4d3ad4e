/**
 * nextCitation runs the CITATION regex only over the runs of text around digits; it must find
 * what a plain global scan finds, match for match, from any starting point.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { CITATION, nextCitation } from '../../src/references/index.js';

const PIECES = [
  'cong van', 'quyet dinh', 'luat', 'dat dai', 'ke hoach', 'so', 'so:', ' ', '  ', '\n', ',', '.', ';', '(', ':', '-', '/', '&', "'",
  '12', '8144', '2021', 'ubnd', 'kgvx', 'nq', 'cp', 'a', 'x', '“', 'é', 'thong bao', 'bo luat', 'hien phap',
];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));

function plain(text: string, from: number): [number, string][] {
  const re = new RegExp(CITATION.source, CITATION.flags);
  re.lastIndex = from;
  const out: [number, string][] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push([m.index, m[0]]);
    re.lastIndex = m.index + 1;
  }
  return out;
}

function viaRuns(text: string, from: number): [number, string][] {
  const re = new RegExp(CITATION.source, CITATION.flags);
  re.lastIndex = from;
  const out: [number, string][] = [];
  let m: RegExpExecArray | null;
  while ((m = nextCitation(re, text)) !== null) {
    out.push([m.index, m[0]]);
    re.lastIndex = m.index + 1;
  }
  return out;
}

describe('nextCitation', () => {
  it('finds citations around digits', () => {
    expect(viaRuns('theo cong van so 8144/ubnd-kgvx ngay 26/8/2021, quyet dinh 437', 0)).toEqual([
      [5, 'cong van so 8144/ubnd-kgvx'],
      [48, 'quyet dinh 437'],
    ]);
  });
  test.prop([texts, fc.nat(50)], { numRuns: 1000 })('finds what the plain scan finds', (text, from) => {
    expect(viaRuns(text, Math.min(from, text.length))).toEqual(plain(text, Math.min(from, text.length)));
  });
});
