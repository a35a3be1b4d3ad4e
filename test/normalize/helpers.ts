// Helpers for the normaliser tests: run one step, or the whole normaliser, on a string.
import type { NormalizeStep, StepNote } from '../../src/normalize/step.js';
import { normalize } from '../../src/normalize/index.js';

export function runStep(step: NormalizeStep, text: string, format: 'text' | 'markdown' | 'html' = 'text') {
  const notes: StepNote[] = [];
  const out = step(text, { format, note: (n) => notes.push(n) });
  return { text: out ? out.text : text, map: out?.map ?? null, notes };
}

export function norm(text: string, format?: 'text' | 'markdown' | 'html'): string {
  return normalize(text, format ? { format } : {}).text;
}
