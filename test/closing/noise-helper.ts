import { separatorCut, trailingNoiseStart } from '../../src/closing/noise.js';

/** A noisy recipient line as the closing stage cleans it (before the final separators go). */
export function cleanNoisy(line: string, archive: boolean): string {
  const a = line.slice(0, trailingNoiseStart(line, archive));
  return archive ? a : a.slice(0, separatorCut(a));
}
