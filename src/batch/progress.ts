/** A one-line progress display on stderr, only for a person at a terminal (never in pipes or CI). */

export interface Progress {
  tick(failed: boolean): void;
  setTotal(total: number): void;
  stop(): void;
}

const silent: Progress = { tick() {}, setTotal() {}, stop() {} };

export function createProgress(enabled: boolean): Progress {
  if (!enabled) return silent;
  const started = Date.now();
  let done = 0;
  let failures = 0;
  let total: number | null = null;
  let last = 0;
  const draw = (force = false) => {
    const now = Date.now();
    if (!force && now - last < 100) return;
    last = now;
    const secs = Math.max((now - started) / 1000, 0.001);
    const rate = (done / secs).toFixed(0);
    const of = total === null ? '' : `/${total}`;
    const bar = total ? `[${'#'.repeat(Math.round((20 * done) / total)).padEnd(20, '.')}] ` : '';
    process.stderr.write(`\r\x1b[2K${bar}${done}${of} files, ${rate} docs/s, ${failures} failed`);
  };
  return {
    tick(failed) {
      done++;
      if (failed) failures++;
      draw();
    },
    setTotal(t) {
      total = t;
    },
    stop() {
      draw(true);
      process.stderr.write('\n');
    },
  };
}
