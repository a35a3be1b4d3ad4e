/**
 * Encoding detection. Order of checks:
 * 1. A byte order mark (UTF-8, UTF-16LE/BE).
 * 2. BOM-less UTF-16: NUL bytes in one byte position of the pairs (Vietnamese in UTF-16 is
 *    mostly ASCII and Latin-1, whose high byte is 0).
 * 3. No byte >= 0x80: UTF-8 (ASCII), nothing to judge.
 * 4. Valid UTF-8: UTF-8, unless it reads badly as Vietnamese and a mojibake repair (TCVN3 or VNI
 *    read as cp1252, UTF-8 read as cp1252) reads clearly better.
 * 5. Otherwise every candidate decoding of SAMPLE_BYTES (from just before the first byte >= 0x80) is scored by its share of
 *    valid Vietnamese syllables (score.ts) and the best wins; ties go to the earlier candidate.
 */
import { decodeTcvn3, decodeVni, decodeViscii, decodeWindows1258 } from './legacy.js';
import { undoCp1252, undoUtf8AsCp1252 } from './mojibake.js';
import { scoreText, type TextScore } from './score.js';
import { restoreTcvn3Caps } from './tcvn3-caps.js';
import { asciiOnly } from './utf8.js';

/** Detection looks at this much of the input. */
export const SAMPLE_BYTES = 16 * 1024;

/** The fast path for UTF-8 judges this many words in this many characters at most. */
export const QUICK_WORDS = 48;
export const QUICK_CHARS = 4096;

/** Valid UTF-8 reading this well is kept without trying repairs (names and loanwords keep real text below 1). */
export const UTF8_TRUSTED_SHARE = 0.8;

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
  // Scored with its capitals restored: Caps Lock in the caps font reads "CộNG HòA" until then.
  { name: 'tcvn3', decode: (b) => restoreTcvn3Caps(decodeTcvn3(b)).text },
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
  { name: 'tcvn3-mojibake', repair: (t) => restoreTcvn3Caps(undoCp1252(t, decodeTcvn3)).text },
  { name: 'vni-mojibake', repair: (t) => undoCp1252(t, decodeVni) },
  { name: 'utf-8-mojibake', repair: undoUtf8AsCp1252 },
];

/** Which byte of UTF-16 code units is NUL: 'utf-16le' (the odd ones), 'utf-16be' or null. */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  // Both answers need NUL bytes (a quarter of the pairs): none at all, found natively, is neither.
  if (bytes.subarray(0, n).indexOf(0) === -1) return null;
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
  return !asciiOnly(bytes);
}

export interface Choice {
  name: string;
  score: TextScore;
  /** The runner-up's name and score, for a note when the choice was close. */
  runnerUp: { name: string; score: TextScore } | null;
}

/** Samples open a little before the first non-ASCII character (an HTML page's head is all ASCII). */
export const SAMPLE_LEAD = 256;

function sampleStart(text: string): number {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) < 0x80) i++;
  return i >= text.length ? 0 : Math.max(0, i - SAMPLE_LEAD);
}

function rankCandidates(sample: Uint8Array, maxWords?: number): Choice {
  const scored = LEGACY_CANDIDATES.map((c) => ({ name: c.name, score: scoreText(c.decode(sample), maxWords) }));
  let best = 0;
  for (let i = 1; i < scored.length; i++) if (scored[i].score.rank > scored[best].score.rank) best = i;
  let second: number | null = null;
  for (let i = 0; i < scored.length; i++) {
    if (i !== best && (second === null || scored[i].score.rank > scored[second].score.rank)) second = i;
  }
  return { ...scored[best], runnerUp: second === null ? null : scored[second] };
}

/**
 * Scores the legacy candidates on a sample of the bytes: first on a short one, which settles
 * ordinary documents, then, if that was not clear, on the whole sample.
 */
export function chooseLegacy(bytes: Uint8Array): Choice {
  let first = 0;
  while (first < bytes.length && bytes[first] < 0x80) first++;
  const from = Math.max(0, first - SAMPLE_LEAD);
  const quick = rankCandidates(bytes.subarray(from, from + QUICK_CHARS), QUICK_WORDS);
  if (quick.score.words >= QUICK_WORDS && quick.score.share >= 0.8 && quick.score.rank >= (quick.runnerUp?.score.rank ?? 0) + 0.3) {
    return quick;
  }
  return rankCandidates(bytes.subarray(from, from + SAMPLE_BYTES));
}

/** What valid UTF-8 that does not read as Vietnamese really is, when something reads clearly better. */
export type Reading = { kind: 'repair'; name: string; score: TextScore } | { kind: 'bytes'; name: string; score: TextScore };

/**
 * For valid UTF-8 text: null to keep it as it is, or the reading that is clearly better: a
 * mojibake repair of the text, or (short inputs can be valid UTF-8 by chance: VISCII "ư" + "ờ"
 * is the UTF-8 sequence DF B6) a legacy decoding of the bytes.
 */
export function chooseReading(text: string, bytes: Uint8Array): Reading | null {
  // Fast path: the first words of ordinary Vietnamese UTF-8 settle it.
  const from = sampleStart(text);
  const quick = scoreText(text.slice(from, from + QUICK_CHARS), QUICK_WORDS);
  if (quick.words >= QUICK_WORDS && quick.share >= UTF8_TRUSTED_SHARE) return null;
  const sample = text.slice(from, from + SAMPLE_BYTES);
  const before = scoreText(sample);
  if (before.words === 0 || before.share >= UTF8_TRUSTED_SHARE) return null;
  // Repairs on a short sample first; a clear winner settles it.
  const quickSample = sample.slice(0, QUICK_CHARS);
  let best: Reading | null = null;
  for (const r of MOJIBAKE_REPAIRS) {
    const score = scoreText(r.repair(quickSample), QUICK_WORDS);
    if (!best || score.rank > best.score.rank) best = { kind: 'repair', name: r.name, score };
  }
  if (best && best.score.words >= QUICK_WORDS && best.score.share >= 0.8 && best.score.rank >= before.rank + 0.3) return best;
  best = null;
  for (const r of MOJIBAKE_REPAIRS) {
    const score = scoreText(r.repair(sample));
    if (!best || score.rank > best.score.rank) best = { kind: 'repair', name: r.name, score };
  }
  const legacy = chooseLegacy(bytes);
  if (legacy.name !== 'utf-8' && (!best || legacy.score.rank > best.score.rank)) {
    best = { kind: 'bytes', name: legacy.name, score: legacy.score };
  }
  if (!best || best.score.share < MOJIBAKE_MIN_SHARE || best.score.rank < before.rank + MOJIBAKE_MARGIN) return null;
  return best;
}
