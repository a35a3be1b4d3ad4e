// The fixtures run through `vn-notice check fixtures` (the same command CI users run).
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

describe('vn-notice check fixtures', () => {
  it('every fixture matches its hand-written expected record', () => {
    const r = runCli(['check', 'fixtures', '--quiet']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });
});
