/**
 * The normaliser: raw bytes (or a string) to the clean text every span points into.
 * The steps below run in order; each records an offset map as it edits, and the maps chain
 * back to the decoded raw input, so any span can be turned into a raw line and column.
 */
import { guardBytes } from './input-guard.js';
import { decodeBytes } from './decode/index.js';
import { sniffFormat } from './format.js';
import { composeMaps, identityMap, type OffsetMap } from './offset-map.js';
import type { NormalizeStep, StepNote } from './step.js';
import { lineEndings } from './text/line-endings.js';
import { nfc, unicodeChars } from './text/unicode.js';
import { spaces, trimText } from './text/spaces.js';
import { DEFAULT_MAX_BYTES, type ParseOptions, type RawInput } from '../context.js';

/** The text steps, in order. Layout steps (markdown, HTML, columns, unwrap, chrome) slot in here. */
export const STEPS: readonly NormalizeStep[] = [lineEndings, nfc, unicodeChars, spaces, trimText];

export interface Normalized {
  raw: RawInput;
  text: string;
  /** Maps offsets in `text` to offsets in `raw.decoded`. */
  map: OffsetMap;
  /** Notes from the steps, positioned in `raw.decoded`. */
  notes: (Omit<StepNote, 'at'> & { rawOffset: number })[];
}

export function toBytes(input: string | Uint8Array): Uint8Array {
  return typeof input === 'string' ? new TextEncoder().encode(input) : input;
}

/** Runs the steps over an already decoded text. */
export function runSteps(decoded: string, format: RawInput['format'], steps: readonly NormalizeStep[] = STEPS) {
  const maps: OffsetMap[] = []; // last step first
  const notes: Normalized['notes'] = [];
  let text = decoded;
  for (const step of steps) {
    const toRaw = composeMaps(maps.length ? maps : [identityMap(text.length)]);
    const out = step(text, {
      format,
      note: (n) => notes.push({ code: n.code, severity: n.severity, message: n.message, rawOffset: toRaw.toInput(n.at) }),
    });
    if (out === null) continue;
    maps.unshift(out.map);
    text = out.text;
  }
  const map = maps.length ? composeMaps(maps) : identityMap(text.length);
  return { text, map, notes };
}

export function normalize(input: string | Uint8Array, options: ParseOptions = {}): Normalized {
  const bytes = toBytes(input);
  guardBytes(bytes, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const decoded =
    typeof input === 'string' && !options.encoding ? { text: input, encoding: 'utf-8' } : decodeBytes(bytes, options.encoding);
  const format = options.format ?? sniffFormat(decoded.text);
  const raw: RawInput = { bytes, decoded: decoded.text, encoding: decoded.encoding, format };
  const { text, map, notes } = runSteps(decoded.text, format);
  return { raw, text, map, notes };
}
