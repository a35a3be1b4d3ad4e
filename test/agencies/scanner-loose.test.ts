import { describe, expect, it } from 'vitest';
import { AGENCY_SCANNER, AGENCY_SCANNER_EXACT, BY_FOLDED, execAgencyScanner } from '../../src/agencies/lexicon/index.js';

/** Matches of the exact scanner (1-4 spaces between words), as a plain global scan. */
function exactMatches(folded: string): [number, string][] {
  const re = new RegExp(AGENCY_SCANNER_EXACT.source, 'g');
  const out: [number, string][] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) out.push([m.index, m[0]]);
  return out;
}

function scannerMatches(folded: string): [number, string][] {
  AGENCY_SCANNER.lastIndex = 0;
  const out: [number, string][] = [];
  let m: RegExpExecArray | null;
  while ((m = execAgencyScanner(folded)) !== null) out.push([m.index, m[0]]);
  return out;
}

/** A small deterministic generator (no Math.random: a failure must reproduce). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('execAgencyScanner (loose space edge + exact check)', () => {
  const phrases = [...BY_FOLDED.keys()].filter((k) => k.includes(' '));

  it('finds what the exact scanner finds, with runs of 1-4 spaces', () => {
    const text = 'so  y te   tinh dak lak, uy ban    nhan dan huyen va bo tai chinh';
    expect(scannerMatches(text)).toEqual(exactMatches(text));
    expect(scannerMatches(text).map(([, s]) => s)).toContain('uy ban    nhan dan');
  });

  it('does not read a name across 5 or more spaces, and falls back to a shorter form there', () => {
    const text = 'uy ban     nhan dan tinh; so y te      tinh; bo      cong an';
    const got = scannerMatches(text);
    expect(got).toEqual(exactMatches(text));
    expect(got.some(([, s]) => s.includes('     '))).toBe(false);
  });

  it('agrees with the exact scanner on generated texts with long space runs', () => {
    const next = rng(7);
    const pick = <T>(a: readonly T[]): T => a[Math.floor(next() * a.length)];
    const fillers = ['va', 'cac', 'tinh', 'huyen', 'so', '/', '-', 'x', '12', ',', 'ubnd'];
    for (let round = 0; round < 200; round++) {
      const parts: string[] = [];
      for (let i = 0; i < 30; i++) {
        const words = (next() < 0.6 ? pick(phrases) : pick(fillers)).split(' ');
        parts.push(words.map((w) => w).join(' '.repeat(1 + Math.floor(next() * 7))));
      }
      const text = parts.join(' '.repeat(1 + Math.floor(next() * 6)));
      expect(scannerMatches(text)).toEqual(exactMatches(text));
    }
  });
});
