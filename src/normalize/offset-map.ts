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

/** Chains maps: the first maps the final output to the previous step, and so on back to the raw. */
export function composeMaps(mapsFromLastToFirst: OffsetMap[]): OffsetMap {
  const maps = mapsFromLastToFirst.slice();
  if (maps.length === 0) return identityMap(0);
  return {
    toInput(offset: number): number {
      let o = offset;
      for (const m of maps) o = m.toInput(o);
      return o;
    },
    outputLength: maps[0].outputLength,
    inputLength: maps[maps.length - 1].inputLength,
  };
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
