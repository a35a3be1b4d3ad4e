/**
 * Property tests (issue #8): whatever the input, parseNotice
 *   - returns a record or throws a typed NoticeInputError (code empty|binary|pdf|zip|ole|too-large|encoding), nothing else;
 *   - returns a record that passes the zod schema and the exported JSON Schema (ajv, draft 2020-12);
 *   - keeps every span inside `text` (0 <= start <= end <= text.length), a date's and an agency
 *     mention's span slicing exactly to its printed text, any other value's span non-empty;
 *   - points every diagnostic at a line and column that exist in the raw input;
 *   - is deterministic (byte-identical JSON for the same input) and does not modify its input;
 * and normalising is idempotent.
 *
 * Run counts per property come from FUZZ_RUNS (npm run fuzz: 20000), else the defaults below,
 * sized so that the whole reliability suite stays near a minute on 2 cores.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { bytesArb, encodingArb, loadDocuments, LONG_RUN, mutationArb, runs, tokenSoupArb, unicodeArb } from './support/arbitraries.js';
import { checkInput, looksLikeText, showInput } from './support/invariants.js';

/** Default runs per property (the fuzz counts in the report are the sum of these). */
export const DEFAULT_RUNS = { bytes: 300, unicode: 300, soup: 250, mutated: 150, huge: 6 } as const;
/**
 * Under `npm run fuzz` a property runs FUZZ_RUNS times its share: the cheap ones in full, the
 * mutated documents (tens to hundreds of kB each) a fifth, the huge inputs (up to 2 M
 * characters) a few dozen. (Bigger repetitions inside mutated documents made one case cost
 * seconds: the huge property covers size; the mutations cover shape.)
 */
const FUZZ_SHARE = { bytes: 1, unicode: 1, soup: 1, mutated: 0.2, huge: 0.0015 } as const;

/**
 * `npm test` runs a fixed seed, so that the suite is reproducible for everyone working beside
 * each other; `npm run fuzz` draws a new seed each run (printed with any failure). FUZZ_SEED
 * replays one.
 */
const DEFAULT_SEED = 20251122;
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : LONG_RUN ? undefined : DEFAULT_SEED;
/** Per property: generous in the default suite (a failure's shrinking takes time), hours under fuzz. */
const TIMEOUT_MS = LONG_RUN ? 4 * 3600_000 : 120_000;
const params = (kind: keyof typeof DEFAULT_RUNS) => ({ numRuns: runs(DEFAULT_RUNS[kind], FUZZ_SHARE[kind]), ...(seed !== undefined ? { seed } : {}) });

function assertInvariants(input: string | Uint8Array, opts: Parameters<typeof checkInput>[1] = {}, context = ''): void {
  const problems = checkInput(input, { idempotence: true, ...opts });
  if (problems.length > 0) {
    throw new Error(`${problems.length} invariant(s) broken${context ? ` (${context})` : ''}:\n- ${problems.join('\n- ')}\ninput: ${showInput(input)}`);
  }
}

const ALL_DOCS = loadDocuments();
/** The UTF-8 documents, mutated as text (the legacy-encoded variants are tested as they are). */
const DOCS = ALL_DOCS.filter((d): d is typeof d & { text: string } => d.text !== null);

describe('the real documents as they are', () => {
  it('found the documents', () => {
    expect(ALL_DOCS.length).toBeGreaterThanOrEqual(20);
    expect(DOCS.length).toBeGreaterThanOrEqual(20);
  });
  for (const doc of ALL_DOCS) {
    it(`${doc.name} keeps every invariant`, () => {
      assertInvariants(doc.bytes, { mustParse: true });
      if (doc.text !== null) assertInvariants(doc.text, { mustParse: true });
    });
  }
});

describe('properties', () => {
  test.prop([bytesArb], params('bytes'))('arbitrary bytes: a valid record or a typed input error', (bytes) => {
    assertInvariants(bytes);
  }, TIMEOUT_MS);

  test.prop([unicodeArb], params('unicode'))('arbitrary Unicode strings: a valid record or a typed input error', (s) => {
    // Text without NUL that is not empty must be read as a document.
    assertInvariants(s, { mustParse: looksLikeText(s) });
  }, TIMEOUT_MS);

  test.prop([tokenSoupArb], params('soup'))('a soup of the tokens the stages look for: a valid record', (s) => {
    assertInvariants(s, { mustParse: looksLikeText(s) });
  }, TIMEOUT_MS);

  const docArb = fc.integer({ min: 0, max: DOCS.length - 1 });
  test.prop([docArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 }), encodingArb], params('mutated'))(
    'mutated real documents (shuffled, deleted, duplicated lines; no diacritics; OCR noise; repetitions; re-encodings): a valid record',
    (docIndex, mutations, encoding) => {
      let text = DOCS[docIndex].text;
      for (const m of mutations) text = m.apply(text);
      const input = encoding.encode(text);
      const context = `${DOCS[docIndex].name}, ${mutations.map((m) => m.name).join(' + ')}, as ${encoding.name}`;
      assertInvariants(input, { mustParse: looksLikeText(text) }, context);
    },
    TIMEOUT_MS,
  );

  // Big inputs: one piece (a token, a document line, a short string) repeated to hundreds of kB.
  const pieceArb = fc.oneof(
    fc.constantFrom('1. ', '- ', 'ngày ', 'Sở Y tế, ', 'a)', 'đ', '\n', 'Số: 1/TB-UBND\n', '**', '| ', 'tháng 9 năm 2021 ', 'I.\n', ' '),
    fc.tuple(docArb, fc.nat()).map(([d, i]) => {
      const lines = DOCS[d].text.split('\n');
      return lines[i % lines.length] + '\n';
    }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
  );
  test.prop([pieceArb, fc.integer({ min: 50_000, max: LONG_RUN ? 2_000_000 : 200_000 })], params('huge'))(
    'huge repetitions of one piece: a valid record',
    (piece, chars) => {
      const input = piece.repeat(Math.max(1, Math.ceil(chars / piece.length)));
      assertInvariants(input, { mustParse: looksLikeText(input) }, `${JSON.stringify(piece)} x${Math.ceil(chars / piece.length)}`);
    },
    TIMEOUT_MS,
  );
});
