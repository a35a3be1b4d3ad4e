/**
 * Offset maps: every normalising step rewrites text through a TextBuilder, which records, as it
 * edits, where each piece of its output came from in its input. Maps chain, so an offset in the
 * final normalised text can be followed back through every step to the decoded raw input.
 *
 * A map is a sorted list of segments. A "keep" segment copies input verbatim (offsets move one for
 * one); a "replace" segment maps a whole output piece onto an input range (inserted text maps to
 * the point where it was inserted, deleted text simply has no output).
 */

export interface OffsetMap {
  /** Maps an offset in this step's output to an offset in its input. */
  toInput(offset: number): number;
  readonly outputLength: number;
  readonly inputLength: number;
}

/** The identity map over a text of the given length. */
export function identityMap(length: number): OffsetMap {
  return {
    toInput: (offset) => Math.max(0, Math.min(offset, length)),
    outputLength: length,
    inputLength: length,
  };
}

/** Builds an output string from pieces of an input string and records the offset map as it goes. */
export class TextBuilder {
  private readonly parts: string[] = [];
  // Parallel arrays: output start, input start, input end, and whether the piece is a verbatim copy.
  private readonly outStarts: number[] = [];
  private readonly inStarts: number[] = [];
  private readonly inEnds: number[] = [];
  private readonly verbatim: boolean[] = [];
  private outLength = 0;

  constructor(private readonly input: string) {}

  /** Copies input[start, end) verbatim. */
  keep(start: number, end: number): this {
    if (end <= start) return this;
    const last = this.outStarts.length - 1;
    // Merge with a directly preceding verbatim copy so maps stay small.
    if (last >= 0 && this.verbatim[last] && this.inEnds[last] === start) {
      this.inEnds[last] = end;
    } else {
      this.push(start, end, true);
    }
    this.parts.push(this.input.slice(start, end));
    this.outLength += end - start;
    return this;
  }

  /** Writes `text` in place of input[start, end). An empty `text` deletes the range. */
  replace(start: number, end: number, text: string): this {
    if (text.length === 0) return this;
    if (text.length === end - start && this.input.startsWith(text, start)) return this.keep(start, end);
    this.push(start, end, false);
    this.parts.push(text);
    this.outLength += text.length;
    return this;
  }

  /** Inserts text at input offset `at` (maps to that point). */
  insert(at: number, text: string): this {
    return this.replace(at, at, text);
  }

  get length(): number {
    return this.outLength;
  }

  /** The last character written so far, or "" at the start. */
  lastChar(): string {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const p = this.parts[i];
      if (p.length > 0) return p[p.length - 1];
    }
    return '';
  }

  build(): { text: string; map: OffsetMap } {
    // Concatenation (a rope, flattened once when first read) is several times faster than
    // join('') on pieces of a two-byte text mixed with one-byte replacements.
    let text = '';
    for (const p of this.parts) text += p;
    return { text, map: new SegmentMap(this.outStarts, this.inStarts, this.inEnds, this.verbatim, text.length, this.input.length) };
  }

  private push(inStart: number, inEnd: number, verbatim: boolean): void {
    this.outStarts.push(this.outLength);
    this.inStarts.push(inStart);
    this.inEnds.push(inEnd);
    this.verbatim.push(verbatim);
  }
}

class SegmentMap implements OffsetMap {
  constructor(
    private readonly outStarts: number[],
    private readonly inStarts: number[],
    private readonly inEnds: number[],
    private readonly verbatim: boolean[],
    readonly outputLength: number,
    readonly inputLength: number,
  ) {}

  /** carryDirty for this map (see there). */
  carryDirty(dirty: readonly number[], left: number, right: number): number[] {
    const out: number[] = [];
    const n = this.outStarts.length;
    for (let k = 0; k < n; k++) {
      const os = this.outStarts[k];
      const oe = k + 1 < n ? this.outStarts[k + 1] : this.outputLength;
      if (!this.verbatim[k] || oe - os <= left + right) {
        pushInterval(out, os, oe);
        continue;
      }
      // Offsets whose window reaches past the segment, then the input's dirty offsets copied.
      pushInterval(out, os, os + left);
      const is = this.inStarts[k];
      const ie = is + (oe - os);
      // The first input interval ending after `is` (binary search over the pairs).
      let lo = 0;
      let hi = dirty.length >> 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (dirty[2 * mid + 1] <= is) lo = mid + 1;
        else hi = mid;
      }
      // Clipped to the offsets not already out (so that the pairs stay sorted).
      for (let j = 2 * lo; j < dirty.length && dirty[j] < ie; j += 2) {
        pushInterval(out, Math.max(os + dirty[j] - is, os + left), Math.min(os + dirty[j + 1] - is, oe - right));
      }
      pushInterval(out, oe - right, oe);
    }
    return out;
  }

  toInput(offset: number): number {
    const n = this.outStarts.length;
    if (n === 0) return 0;
    if (offset >= this.outputLength) {
      // The end of the output maps to the end of the last piece.
      return this.inEnds[n - 1];
    }
    if (offset < 0) offset = 0;
    // Binary search the last segment starting at or before offset.
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.outStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const delta = offset - this.outStarts[lo];
    if (this.verbatim[lo]) return this.inStarts[lo] + delta;
    // Inside a replacement: clamp proportionally into the replaced input range.
    return Math.min(this.inStarts[lo] + delta, this.inEnds[lo]);
  }
}

/** Maps chained by composeMaps (kept, so that carryDirty can read the steps' segments). */
class ComposedMap implements OffsetMap {
  readonly outputLength: number;
  readonly inputLength: number;
  constructor(readonly mapsFromLastToFirst: readonly OffsetMap[]) {
    this.outputLength = mapsFromLastToFirst[0].outputLength;
    this.inputLength = mapsFromLastToFirst[mapsFromLastToFirst.length - 1].inputLength;
  }

  toInput(offset: number): number {
    let o = offset;
    for (const m of this.mapsFromLastToFirst) o = m.toInput(o);
    return o;
  }
}

/** Chains maps: the first maps the final output to the previous step, and so on back to the raw. */
export function composeMaps(mapsFromLastToFirst: OffsetMap[]): OffsetMap {
  if (mapsFromLastToFirst.length === 0) return identityMap(0);
  return new ComposedMap(mapsFromLastToFirst.slice());
}

/**
 * Where a step's output may read differently from its input, from the step's map: `dirty` holds
 * the input's such offsets as sorted, disjoint [start, end) pairs, flat ([s0, e0, s1, e1, ...]),
 * and the answer holds the output's. An output offset p is left out only when the window
 * [p - left, p + right] lies inside one verbatim copy of the input (a "keep" segment) and the
 * offset it copies is not in `dirty`: then that window reads as the input's window around that
 * offset, and so, step after step, as a window of the text the first `dirty` was of. Null when
 * the map was not built by TextBuilder (nothing is known of it).
 */
export function carryDirty(map: OffsetMap, dirty: readonly number[], left: number, right: number): number[] | null {
  if (map instanceof ComposedMap) {
    let d: readonly number[] | null = dirty;
    for (let k = map.mapsFromLastToFirst.length - 1; k >= 0 && d !== null; k--) d = carryDirty(map.mapsFromLastToFirst[k], d, left, right);
    return d as number[] | null;
  }
  return map instanceof SegmentMap ? map.carryDirty(dirty, left, right) : null;
}

/** Appends [a, b) to sorted flat intervals, merging with the last one when they touch. */
function pushInterval(out: number[], a: number, b: number): void {
  if (b <= a) return;
  const n = out.length;
  if (n > 0 && out[n - 1] >= a) {
    if (b > out[n - 1]) out[n - 1] = b;
  } else out.push(a, b);
}

/**
 * Line and column (1-based, in UTF-16 code units) of offsets in a text. Line starts are found
 * only as far as the offsets asked for (diagnostics mostly point into the header): the rest of
 * the text is never scanned.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** Every line start at or before this offset is in `starts` (the text is scanned up to here). */
  private scanned = 0;
  constructor(private readonly text: string) {}
  position(offset: number): { line: number; column: number } {
    const starts = this.starts;
    if (offset >= this.scanned) {
      // Find line starts until one lies past offset (or the text ends).
      const text = this.text;
      let i = starts[starts.length - 1] - 1;
      for (;;) {
        i = text.indexOf('\n', i + 1);
        if (i === -1) {
          this.scanned = Number.POSITIVE_INFINITY;
          break;
        }
        starts.push(i + 1);
        if (i + 1 > offset) {
          this.scanned = i + 1;
          break;
        }
      }
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }
}
