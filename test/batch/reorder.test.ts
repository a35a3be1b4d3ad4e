import { describe, expect, it } from 'vitest';
import { OrderedRunner, type Charge, type Reserve } from '../../src/batch/reorder.js';
import { inShard, parseShard, pathHash } from '../../src/batch/shard.js';
import { outputPath } from '../../src/batch/runner.js';
import { isBlank } from '../../src/batch/sources.js';

describe('OrderedRunner', () => {
  it('emits in input order whatever order work finishes in, with a bounded window', async () => {
    const emitted: number[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const runner = new OrderedRunner<number, number>(
      4,
      async (n) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((r) => setTimeout(r, (n * 7919) % 13));
        inFlight--;
        return n;
      },
      (n) => {
        emitted.push(n);
      },
    );
    for (let i = 0; i < 200; i++) await runner.push(i);
    await runner.finish();
    expect(emitted).toEqual([...Array(200).keys()]);
    expect(maxInFlight).toBeLessThanOrEqual(4);
  });

  /** Runs items 0..count-1 through a runner with a 250-byte budget: they must leave in order, holding nothing after. */
  async function throughBudget(window: number, count: number, work: (n: number, charge: Charge, reserve: Reserve, bytesHeld: () => number) => Promise<void>) {
    const emitted: number[] = [];
    const runner: OrderedRunner<number, number> = new OrderedRunner<number, number>(
      window,
      async (n, _i, charge, reserve) => {
        await work(n, charge, reserve, () => runner.bytesHeld);
        return n;
      },
      (n) => {
        emitted.push(n);
      },
      250,
    );
    for (let i = 0; i < count; i++) await runner.push(i);
    await runner.finish();
    expect(emitted).toEqual([...Array(count).keys()]);
    expect(runner.bytesHeld).toBe(0);
  }

  it('starts no new item while the items not yet emitted hold more than the byte budget', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    let maxHeld = 0;
    // Item 0 is slow: everything after it waits in the buffer, each holding 100 bytes.
    await throughBudget(50, 40, async (n, charge, _reserve, bytesHeld) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      charge(100);
      maxHeld = Math.max(maxHeld, bytesHeld());
      await new Promise((r) => setTimeout(r, n === 0 ? 30 : 1));
      inFlight--;
    });
    // Three items hold 300 bytes > 250: a fourth waits although the window allows 50.
    expect(maxHeld).toBeLessThanOrEqual(300);
    expect(maxInFlight).toBeLessThanOrEqual(3);
  });

  it('reserves before the work holds the bytes, and never makes the oldest item wait', async () => {
    let reading = 0;
    let maxReading = 0;
    // Item 0 reserves late and more than the whole budget, after later items have filled it:
    // it must still go on (they can leave only after it), and the others read two at a time.
    await throughBudget(10, 30, async (n, _charge, reserve) => {
      if (n === 0) await new Promise((r) => setTimeout(r, 20));
      await reserve(n === 0 ? 1000 : 100);
      reading++;
      maxReading = Math.max(maxReading, reading);
      await new Promise((r) => setTimeout(r, 2));
      reading--;
    });
    expect(maxReading).toBeLessThanOrEqual(3);
  });

  it('surfaces a failing work function instead of hanging', async () => {
    const runner = new OrderedRunner<number, number>(2, async (n) => {
      if (n === 3) throw new Error('boom');
      return n;
    }, () => {});
    await expect(
      (async () => {
        for (let i = 0; i < 10; i++) await runner.push(i);
        await runner.finish();
      })(),
    ).rejects.toThrow('boom');
  });
});

describe('shards', () => {
  it('parses i/n and refuses nonsense', () => {
    expect(parseShard('0/3')).toEqual({ index: 0, count: 3 });
    expect(parseShard('3/3')).toBeNull();
    expect(parseShard('1/0')).toBeNull();
    expect(parseShard('a/b')).toBeNull();
  });

  it('partitions paths: every path in exactly one shard, stable hash', () => {
    const paths = Array.from({ length: 500 }, (_, i) => `dir/${i}.txt`);
    const counts = [0, 0, 0];
    for (const p of paths) {
      const hits = [0, 1, 2].filter((i) => inShard(p, { index: i, count: 3 }));
      expect(hits).toHaveLength(1);
      counts[hits[0]]++;
    }
    for (const c of counts) expect(c).toBeGreaterThan(100);
    expect(pathHash('a')).toBe(pathHash('a'));
  });
});

describe('outputPath', () => {
  it('mirrors the input tree and never escapes the output directory', () => {
    expect(outputPath('out', 'sub/a.txt')).toBe('out/sub/a.json');
    expect(outputPath('out', '../../etc/passwd')).toBe('out/etc/passwd.json');
    expect(outputPath('out', 'x.md')).toBe('out/x.json');
  });
});

describe('isBlank (empty documents of a --split stream)', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it.each([
    ['', true],
    [' \t\r\n\v\f ', true],
    ['\u00a0 \ufeff\u3000\n', true],
    ['  x', false],
    ['\u00a0Thông báo', false],
    ['\nđ', false],
  ])('%j -> %s, as String.prototype.trim says', (text, blank) => {
    expect(isBlank(bytes(text))).toBe(blank);
    expect(text.trim() === '').toBe(blank);
  });
});
