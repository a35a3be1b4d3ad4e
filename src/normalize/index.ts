/**
 * The normaliser: raw bytes (or a string) to the clean text every span points into.
 * The steps below run in order; each records an offset map as it edits, and the maps chain
 * back to the decoded raw input, so any span can be turned into a raw line and column.
 */
import { guardBytes, guardDecoded, guardText } from './input-guard.js';
import { decodeBytes, type Decoded } from './decode/index.js';
import { sniffFormat } from './format.js';
import { carryDirty, composeMaps, identityMap, type OffsetMap } from './offset-map.js';
import type { NormalizeStep, StepNote } from './step.js';
import { lineEndings } from './text/line-endings.js';
import { nfc, unicodeChars } from './text/unicode.js';
import { spaces, trimText } from './text/spaces.js';
import { RHYME_WINDOW, rewritesRhymeAt, tones } from './text/tones.js';
import { anchors } from './text/anchors.js';
import { furniture } from './layout/furniture.js';
import { chrome, frontMatter } from './layout/chrome.js';
import { html } from './layout/html.js';
import { markdown } from './layout/markdown.js';
import { residue } from './layout/residue.js';
import { columns } from './layout/columns.js';
import { unwrap } from './layout/unwrap.js';
import { carriedUnchanging, knownCensus, stepsUnchanging } from './census.js';
import { NoticeInputError } from '../errors.js';
import { DEFAULT_MAX_BYTES, type ParseOptions, type RawInput } from '../context.js';

/**
 * The steps, in order, each named for its diagnostics:
 * 1. line endings; page furniture and converter front matter on the source lines;
 * 2. layout: HTML or markdown markup removed (each only for its format);
 * 3. characters: NFC, Ð/dashes/quotes/invisible characters, tone placement;
 * 4. layout on the plain text: table/rule residue, web chrome, two-column blocks, anchor repair;
 * 5. white space, then hard-wrapped lines joined into paragraphs, then the text trimmed.
 */
export const NAMED_STEPS: readonly (readonly [name: string, step: NormalizeStep])[] = [
  ['line-endings', lineEndings],
  ['furniture', furniture],
  ['front-matter', frontMatter],
  ['html', html],
  ['markdown', markdown],
  ['nfc', nfc],
  ['unicode', unicodeChars],
  ['tones', tones],
  ['residue', residue],
  ['chrome', chrome],
  ['columns', columns],
  ['anchors', anchors],
  ['spaces', spaces],
  ['unwrap', unwrap],
  ['trim', trimText],
];

export const STEPS: readonly NormalizeStep[] = NAMED_STEPS.map(([, s]) => s);

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

const NFC_AT = NAMED_STEPS.findIndex(([name]) => name === 'nfc');
const TONES_AT = NAMED_STEPS.findIndex(([name]) => name === 'tones');

/**
 * Runs the steps over an already decoded text. A step that fails is skipped and reported.
 * `unchanging` names steps known to return null on `decoded` (census.ts, FIXED_AFTER_A_RUN): they
 * are not run while the text is still `decoded`.
 *
 * A whole run of STEPS also answers which census steps certainly return null on its output
 * (`unchanging`, null when it cannot tell), without a census of it (census.ts,
 * carriedUnchanging): when the text reaching nfc had no "\r" and nothing NFC may change, only
 * where the steps after tones edited need reading (carryDirty over their maps).
 */
export function runSteps(decoded: string, format: RawInput['format'], steps: readonly NormalizeStep[] = STEPS, unchanging?: ReadonlySet<string>) {
  const maps: OffsetMap[] = []; // last step first
  const notes: Normalized['notes'] = [];
  let failed = false;
  let text = decoded;
  // Where the output of the steps after tones may read differently from tones' output (flat
  // [start, end) pairs), while that can be told (null: it cannot).
  let dirty: number[] | null = steps === STEPS && unchanging === undefined ? [] : null;
  for (let k = 0; k < steps.length; k++) {
    if (unchanging !== undefined && steps === STEPS && text === decoded && unchanging.has(NAMED_STEPS[k][0])) continue;
    const step = steps[k];
    // The map back to the raw text, composed only if the step has something to note.
    let toRaw: OffsetMap | null = null;
    const length = text.length;
    let out: ReturnType<NormalizeStep>;
    try {
      out = step(text, {
        format,
        note: (n) => {
          toRaw ??= maps.length ? composeMaps(maps) : identityMap(length);
          notes.push({ code: n.code, severity: n.severity, message: n.message, rawOffset: toRaw.toInput(n.at) });
        },
      });
    } catch (err) {
      // A step must not throw; if one does, its edit is skipped and the text goes on unchanged.
      const name = steps === STEPS ? NAMED_STEPS[k][0] : `#${k}`;
      notes.push({ code: 'normalize/step-failed', severity: 'warning', message: `normalising step ${name} failed: ${(err as Error)?.message ?? String(err)}`, rawOffset: 0 });
      failed = true;
      continue;
    }
    if (dirty !== null) {
      if (k === NFC_AT) {
        // nfc took the census of its input (and changed nothing only if NFC leaves it alone).
        const census = out === null ? knownCensus(text) : null;
        if (census === null || census.firstCr !== -1 || census.firstNfc !== -1) dirty = null;
      } else if (k > TONES_AT && out !== null) dirty = carryDirty(out.map, dirty, RHYME_WINDOW.left, RHYME_WINDOW.right);
    }
    if (out === null) continue;
    maps.unshift(out.map);
    text = out.text;
  }
  const map = maps.length ? composeMaps(maps) : identityMap(text.length);
  const known = dirty !== null && !failed ? carriedUnchanging(text, dirty, rewritesRhymeAt) : null;
  return { text, map, notes, failed, unchanging: known };
}

/**
 * Steps that return null on the output of a whole run of the steps in which none failed, as long
 * as the text reaches them unchanged: white space (its output has no run it would rewrite, and
 * unwrap and trim, which follow it, create none: a join is one space between two non-blank
 * characters, a paragraph break "\n\n" between two non-empty lines) and trim (nothing left to
 * trim). test/normalize/fast-paths.test.ts checks both on random texts.
 */
export const FIXED_AFTER_A_RUN: readonly string[] = ['spaces', 'trim'];

export function normalize(input: string | Uint8Array, options: ParseOptions = {}): Normalized {
  const bytes = toBytes(input);
  guardBytes(bytes, options.maxBytes ?? DEFAULT_MAX_BYTES);
  let decoded: Pick<Decoded, 'text' | 'encoding' | 'notes'>;
  try {
    decoded = typeof input === 'string' && !options.encoding ? { text: input, encoding: 'utf-8', notes: [] } : decodeBytes(bytes, options.encoding);
  } catch (err) {
    if (err instanceof NoticeInputError) throw err;
    throw new NoticeInputError('encoding', `cannot decode the input${options.encoding ? ` as ${options.encoding}` : ''}: ${(err as Error)?.message ?? String(err)}`);
  }
  guardDecoded(decoded.text);
  const format = options.format ?? sniffFormat(decoded.text);
  const raw: RawInput = { bytes, decoded: decoded.text, encoding: decoded.encoding, format };
  let { text, map, notes, failed, unchanging: known } = runSteps(decoded.text, format);
  // The normalised text must be a fixed point (normalising it again changes nothing): a layout
  // step can expose work for another (a header line split apart, lines joined), so the steps
  // run again over their own output, as plain text, until nothing changes (rarely a second
  // round makes a change; the third finds none).
  for (let round = 0; round < MAX_ROUNDS && text.length > 0; round++) {
    // The census steps that cannot change the text, as the first run tells them, or by census.
    const unchanging = (round === 0 ? known : null) ?? stepsUnchanging(text);
    const skip = failed ? unchanging : new Set([...unchanging, ...FIXED_AFTER_A_RUN]);
    const again = runSteps(text, sniffFormat(text), STEPS, skip);
    failed = again.failed;
    if (again.text === text) break;
    const before = map;
    for (const n of again.notes) notes.push({ ...n, rawOffset: before.toInput(n.rawOffset) });
    map = composeMaps([again.map, before]);
    text = again.text;
  }
  for (const n of guardText(text)) notes.push({ ...n, rawOffset: 0 });
  // The decoder's own notes (mojibake repaired, capitals restored...) come first.
  notes.unshift(...decoded.notes);
  return { raw, text, map, notes };
}

/** Rounds of the steps over their own output before the text is taken as it is. */
export const MAX_ROUNDS = 3;
