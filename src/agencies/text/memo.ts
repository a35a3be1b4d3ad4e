/**
 * A bounded cache of a pure function of a string, shared by all documents (a printed form seen in
 * one notice is seen in most). Only for values that depend on nothing but the key. Emptied when
 * full, so memory stays flat however many documents pass.
 */
export class StringMemo<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  set(key: string, value: V): void {
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(detach(key), value);
  }
}

/**
 * A copy of a string that shares no memory with the text it was sliced from: a slice of a
 * document kept as a key would otherwise keep the whole document alive (V8 slices share).
 * Runs only when a key is added.
 */
export function detach(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}
