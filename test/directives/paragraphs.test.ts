import { describe, expect, it } from 'vitest';
import { scanLines } from '../../src/directives/lines.js';
import { buildParagraphs, paraText } from '../../src/directives/paragraphs.js';

/** The paragraphs of `text` and the text of the first one from its marker's text on. */
function afterMarker(text: string): { plain: boolean; rest: string } {
  const lines = scanLines(text);
  const paras = buildParagraphs(text, lines);
  const p = paras[0];
  return { plain: p.lines[0].plain, rest: paraText(text, p, p.marker!.restStart) };
}

describe('paraText from inside a line (an item after its marker)', () => {
  it('in a clean text: the stretch, trimmed', () => {
    const r = afterMarker('1. Sở Y tế chủ trì, phối hợp.\n\n2. Sở Tài chính bố trí kinh phí.');
    expect(r.plain).toBe(true);
    expect(r.rest).toBe('Sở Y tế chủ trì, phối hợp.');
  });

  it('in a text with markup or double spaces: markup removed and spaces collapsed', () => {
    const r = afterMarker('1. **Sở Y tế**  chủ trì, phối hợp.\n\n2. Sở Tài chính.');
    expect(r.plain).toBe(false);
    expect(r.rest).toBe('Sở Y tế chủ trì, phối hợp.');
  });

  it('marks rule lines, and only them, among the empty ones', () => {
    const lines = scanLines('Một.\n\n-----\n|\nHai.');
    expect(lines.map((l) => [l.kind, l.rule])).toEqual([
      ['text', false],
      ['empty', false],
      ['empty', true],
      ['empty', true],
      ['text', false],
    ]);
  });
});
