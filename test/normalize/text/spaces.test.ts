// White space: single spaces inside lines, trimmed lines, one blank line between paragraphs.
import { describe, expect, it } from 'vitest';
import { spaces, trimText } from '../../../src/normalize/text/spaces.js';
import { runStep } from '../helpers.js';

describe('spaces', () => {
  it.each([
    ['a  b', 'a b'],
    ['a\tb', 'a b'],
    ['a \t b', 'a b'],
    ['a   \nb', 'a\nb'],
    ['a\n   b', 'a\nb'],
    ['a\n\n\n\nb', 'a\n\nb'],
    ['a\n \n \nb', 'a\n\nb'],
    ['a \n\n \n  b', 'a\n\nb'],
    ['   a', 'a'],
    ['a   ', 'a'],
    ['a b\nc d', 'a b\nc d'],
  ])('%j -> %j', (input, expected) => {
    expect(runStep(spaces, input).text).toBe(expected);
  });

  it('returns null on clean text', () => {
    expect(spaces('Số: 12\n\nThông báo', { format: 'text', note: () => {} })).toBeNull();
  });

  it('trimText trims the whole text', () => {
    expect(runStep(trimText, '\n\n  Số: 12\n\n').text).toBe('Số: 12');
    expect(runStep(trimText, '   ').text).toBe('');
  });
});
