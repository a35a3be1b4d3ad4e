import { describe, expect, it, vi } from 'vitest';

const RECORDER = Symbol.for('vn-notice.prebuilt-recorder');

/** A fresh instance of the module (it reads the recorder when it loads). */
async function load(recorder?: Map<string, unknown>) {
  vi.resetModules();
  const g = globalThis as Record<symbol, unknown>;
  if (recorder) g[RECORDER] = recorder;
  try {
    return await import('../../src/vocabulary/prebuilt.js');
  } finally {
    delete g[RECORDER];
  }
}

describe('vocabulary/prebuilt', () => {
  it('computes a value without the build (tsc output, tests)', async () => {
    const { prebuilt } = await load();
    expect(prebuilt('test:a', () => ['x', 1])).toEqual(['x', 1]);
    expect(prebuilt('test:a', () => 'again')).toBe('again');
  });

  it('records each value for the build, and refuses a key used twice', async () => {
    const recorder = new Map<string, unknown>();
    const { prebuilt } = await load(recorder);
    expect(prebuilt('test:a', () => 'one')).toBe('one');
    expect(recorder.get('test:a')).toBe('one');
    expect(() => prebuilt('test:a', () => 'two')).toThrow(/twice/);
  });

  it('carries a table of code units through JSON, lone surrogates included', async () => {
    const { codesToString, stringToCodes } = await load();
    const codes = new Uint16Array(0x10000).map((_, i) => i);
    expect(stringToCodes(JSON.parse(JSON.stringify(codesToString(codes))))).toEqual(codes);
  });
});
