/** The shape of one normalising step: input text in, output text and its offset map out. */
import type { OffsetMap } from './offset-map.js';
import type { Severity } from '../context.js';

export interface StepNote {
  code: string;
  severity: Severity;
  message: string;
  /** Offset in the step's input text. */
  at: number;
}

export interface StepEnv {
  format: 'text' | 'markdown' | 'html';
  note(n: StepNote): void;
}

/** Returns null when the step leaves the text unchanged. */
export type NormalizeStep = (text: string, env: StepEnv) => { text: string; map: OffsetMap } | null;
