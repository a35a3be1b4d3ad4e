/**
 * Encoding detection. Order of checks:
 * 1. A byte order mark (UTF-8, UTF-16LE/BE).
 * 2. BOM-less UTF-16: NUL bytes in one byte position of the pairs (Vietnamese in UTF-16 is
 *    mostly ASCII and Latin-1, whose high byte is 0).
 * 3. No byte >= 0x80: UTF-8 (ASCII), nothing to judge.
 * 4. Valid UTF-8: UTF-8, unless it reads badly as Vietnamese and a mojibake repair (TCVN3 or VNI
 *    read as cp1252, UTF-8 read as cp1252) reads clearly better.
 * 5. Otherwise every candidate decoding of the first SAMPLE_BYTES is scored by its share of
 *    valid Vietnamese syllables (score.ts) and the best wins; ties go to the earlier candidate.
 */
import { decodeTcvn3, decodeVni, decodeViscii, decodeWindows1258 } from './legacy.js';
import { undoCp1252, undoUtf8AsCp1252 } from './mojibake.js';
import { readsAsVietnamese, scoreText, type TextScore } from './score.js';

/** Detection looks at this much of the input. */
export const SAMPLE_BYTES = 16 * 1024;

/** A repair must read this much better than the UTF-8 as it stands, and read as Vietnamese. */
export const MOJIBAKE_MARGIN = 0.25;
export const MOJIBAKE_MIN_SHARE = 0.6;

const UTF8_LOSSY = new TextDecoder('utf-8');

export interface Candidate {
  name: string;
  decode: (bytes: Uint8Array) => string;
}

/** Byte-level candidates when the input is not UTF-8, in order of preference on a tie. */
export const LEGACY_CANDIDATES: readonly Candidate[] = [
  { name: 'windows-1258', decode: decodeWindows1258 },
  { name: 'tcvn3', decode: decodeTcvn3 },
  { name: 'vni', decode: decodeVni },
  { name: 'viscii', decode: decodeViscii },
  { name: 'utf-8', decode: (b) => UTF8_LOSSY.decode(b) },
];

export interface TextRepair {
  name: string;
  repair: (text: string) => string;
}

/** Repairs tried on valid UTF-8 that does not read as Vietnamese. */
export const MOJIBAKE_REPAIRS: readonly TextRepair[] = [
  { name: 'tcvn3-mojibake', repair: (t) => undoCp1252(t, decodeTcvn3) },
  { name: 'vni-mojibake', repair: (t) => undoCp1252(t, decodeVni) },
  { name: 'utf-8-mojibake', repair: undoUtf8AsCp1252 },
];

/** Which byte of UTF-16 code units is NUL: 'utf-16le' (the odd ones), 'utf-16be' or null. */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.25 && evenNul <= pairs * 0.02) return 'utf-16le';
  if (evenNul >= pairs * 0.25 && oddNul <= pairs * 0.02) return 'utf-16be';
  return null;
}

export function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

export interface Choice {
  name: string;
  score: TextScore;
  /** The runner-up's name and score, for a note when the choice was close. */
  runnerUp: { name: string; score: TextScore } | null;
}

/** Scores the legacy candidates on a sample of the bytes. */
export function chooseLegacy(bytes: Uint8Array): Choice {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const scored = LEGACY_CANDIDATES.map((c) => ({ name: c.name, score: scoreText(c.decode(sample)) }));
  let best = 0;
  for (let i = 1; i < scored.length; i++) if (scored[i].score.rank > scored[best].score.rank) best = i;
  let second: number | null = null;
  for (let i = 0; i < scored.length; i++) {
    if (i !== best && (second === null || scored[i].score.rank > scored[second].score.rank)) second = i;
  }
  return { ...scored[best], runnerUp: second === null ? null : scored[second] };
}

/** For valid UTF-8 text: null to keep it as it is, or the repair that reads clearly better. */
export function chooseRepair(text: string): { repair: TextRepair; score: TextScore; before: TextScore } | null {
  const sample = text.slice(0, SAMPLE_BYTES);
  const before = scoreText(sample);
  if (before.words === 0 || readsAsVietnamese(before)) return null;
  let bestRepair: { repair: TextRepair; score: TextScore } | null = null;
  for (const r of MOJIBAKE_REPAIRS) {
    const s = scoreText(r.repair(sample));
    if (!bestRepair || s.rank > bestRepair.score.rank) bestRepair = { repair: r, score: s };
  }
  if (!bestRepair) return null;
  if (bestRepair.score.share < MOJIBAKE_MIN_SHARE || bestRepair.score.rank < before.rank + MOJIBAKE_MARGIN) return null;
  return { ...bestRepair, before };
}
