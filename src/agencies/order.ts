/** Order checks: a stable sort of items already in order leaves them as they are, so it is skipped. */

/** True when `items` are in non-decreasing order of `key`. */
export function sortedBy<T>(items: readonly T[], key: (item: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (key(items[i - 1]) > key(items[i])) return false;
  return true;
}
