/**
 * Values that module initialisation derives from the source's own data (scanner sources, folded
 * keys, character tables), computed by the build instead of at every engine load: a cold
 * one-document run is mostly module initialisation. scripts/bundle.js loads the engine bundle
 * once with a recorder (every prebuilt() call stores its value), then bundles the engine again
 * with the recorded values as a JSON literal (esbuild `define` of __VN_NOTICE_PREBUILT__).
 *
 * Without them (the library's tsc output, a bundle built without, or a Node version other than
 * the build's: values from String#normalize or toUpperCase follow its Unicode data) every value
 * is computed at load, as before: the same values either way.
 */

/** Set by scripts/bundle.js (esbuild define): the JSON of { node: process.version, values }. */
declare const __VN_NOTICE_PREBUILT__: string | undefined;

/** JSON data: what a value must be to be recorded. */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

const RECORDER = Symbol.for('vn-notice.prebuilt-recorder');

const VALUES: Readonly<Record<string, Json>> | undefined = (() => {
  if (typeof __VN_NOTICE_PREBUILT__ !== 'string') return undefined;
  const data = JSON.parse(__VN_NOTICE_PREBUILT__) as { node: string; values: Record<string, Json> };
  return data.node === globalThis.process?.version ? data.values : undefined;
})();

const recorder = (globalThis as { [RECORDER]?: Map<string, Json> })[RECORDER];

/**
 * The value of `compute()`, taken from the build when it has one for `key`. `compute` must depend
 * only on the source (no input, no environment) and return JSON data. Call it at module load
 * only: the build records what loading the engine computes.
 */
export function prebuilt<T extends Json>(key: string, compute: () => T): T {
  if (VALUES !== undefined && Object.hasOwn(VALUES, key)) return VALUES[key] as T;
  const value = compute();
  if (recorder !== undefined) {
    if (recorder.has(key)) throw new Error(`prebuilt: key ${key} is used twice`);
    recorder.set(key, value);
  }
  return value;
}

/** A table of 16-bit codes as JSON (a string of those code units), and back. */
export function codesToString(codes: Uint16Array): string {
  let s = '';
  for (let from = 0; from < codes.length; from += 4096) s += String.fromCharCode.apply(null, codes.subarray(from, from + 4096) as unknown as number[]);
  return s;
}

export function stringToCodes(s: string): Uint16Array {
  const codes = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) codes[i] = s.charCodeAt(i);
  return codes;
}
