/**
 * The first index in [0, length) for which `before` is false, for a `before` that is true, then
 * false (a binary search over something sorted). The stages use it to read the part of a sorted
 * list (mentions, quote offsets) that falls in a span, instead of walking the whole list per span.
 */
export function lowerBound(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first of `spans` (sorted by start) that starts at or after `pos`. */
export const firstFrom = (spans: readonly { start: number }[], pos: number): number =>
  lowerBound(spans.length, (i) => spans[i].start < pos);
