/** `--shard i/n`: keeps the inputs whose path hash falls in shard i (0-based) of n. */

/** FNV-1a over the UTF-16 code units of the path: stable across runs and machines. */
export function pathHash(path: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    h ^= path.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export interface Shard {
  index: number;
  count: number;
}

export const SHARD_SYNTAX = /^(\d{1,6})\/(\d{1,6})$/;

export function parseShard(value: string): Shard | null {
  const m = SHARD_SYNTAX.exec(value.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index >= count) return null;
  return { index, count };
}

export function inShard(path: string, shard: Shard | undefined): boolean {
  return !shard || pathHash(path) % shard.count === shard.index;
}
