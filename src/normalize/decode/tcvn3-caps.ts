/**
 * TCVN3 capitals. The .VnTime font holds only seven capitals (Ă Â Ê Ô Ơ Ư Đ); headings were typed
 * in the caps font (.VnTimeH), which draws capitals at the lowercase positions, so in the bytes
 * such a line is lowercase ("thông báo") or, typed with Caps Lock, a mix ("THÔNG BáO"). Font
 * information is gone from a text file, so lines are judged by shape:
 *
 * - Caps Lock shape: no lowercase letter that VN3 has a capital for, and a word mixing capitals
 *   with lowercase toned letters ("BáO", "CHáNH"). Normal text never looks like that: always
 *   restored.
 * - Lowercase shape: a block of at most 5 short lines (<= 100 characters) without a single
 *   capital, not prose (no sentence end after a word), not a list item, not a date or number
 *   line, that stands apart from running text (the line before is blank, short or a heading; the
 *   line after does not continue it in lowercase). Its first letter must be one a writer in the
 *   normal font would have typed as a capital (a-z, ă â ê ô ơ ư đ), or the block must open with a
 *   heading word (lexicon/tcvn3-headings.ts) or be one line of at most 40 characters.
 * - A paragraph (after a blank line) opening with a lowercase toned letter had that one letter
 *   typed in the caps font ("ở các xã..."): that letter is restored.
 * When more than a fifth of the lines would be restored, or no other line has a capital, the
 * text is simply lowercase, and only the Caps Lock shape is restored.
 */
import { CAPS_LINE_OPENINGS, NEVER_CAPS_OPENINGS } from './lexicon/tcvn3-headings.js';
import type { DecodeNote } from './types.js';

/** Lowercase letters whose capital VN3 encodes: a writer in the normal font types these as capitals. */
export const PLAIN_LOWER = /[a-zăâêôơưđ]/u;
export const LETTER = /\p{L}/u;
export const UPPER = /\p{Lu}/u;
export const LOWER = /\p{Ll}/u;
export const LETTER_RUN = /\p{L}{1,40}/gu;
/** A sentence ends inside the line: a word of 4+ letters then . ; ! ? — or the line ends in . or ; */
export const PROSE = /\p{L}{4}[.;!?](?:\s|$)|[.;]\s*$/u;
/** List items: "- ...", "+ ...", "• ...", "* ..." (not "**"), "a) ...". */
export const LIST_ITEM = /^(?:[-+•]|\*(?!\*)|\p{Ll}\))/u;
/** Markdown or quote marks before the first word of a line. */
export const LEAD_MARKS = /^[\s*#>_"'“‘(]{0,12}/u;

const MAX_BLOCK_LINES = 5;
const MAX_LINE = 100;
const SHORT_PREVIOUS = 45;

interface Line {
  start: number;
  end: number;
  text: string;
  trimmed: string;
  blank: boolean;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    lines.push({ start, end, text: raw, trimmed, blank: trimmed.length === 0 });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

function firstLetter(s: string): string {
  for (const ch of s) if (LETTER.test(ch)) return ch;
  return '';
}

/**
 * "THÔNG BáO": Caps Lock in the caps font. Needs a word with a toned lowercase letter and either
 * two capitals ("CHáNH") or a capital after the lowercase letter ("BáO"); "Số" is just a
 * capitalised word.
 */
export function capsLockShape(line: string): boolean {
  let mixed = false;
  for (const m of line.matchAll(LETTER_RUN)) {
    let uppers = 0;
    let toned = false;
    let upperAfterToned = false;
    for (const ch of m[0]) {
      if (UPPER.test(ch)) {
        uppers++;
        if (toned) upperAfterToned = true;
      } else if (LOWER.test(ch)) {
        if (PLAIN_LOWER.test(ch)) return false;
        toned = true;
      }
    }
    if (toned && (uppers >= 2 || upperAfterToned)) mixed = true;
  }
  return mixed;
}

/** A line that may have been typed in the caps font without Caps Lock. */
export function lowercaseShape(trimmed: string): boolean {
  if (trimmed.length === 0 || trimmed.length > MAX_LINE) return false;
  let letters = 0;
  for (const ch of trimmed) {
    if (UPPER.test(ch)) return false;
    if (LETTER.test(ch)) letters++;
  }
  if (letters < 2) return false;
  if (PROSE.test(trimmed) || LIST_ITEM.test(trimmed)) return false;
  const body = trimmed.replace(LEAD_MARKS, '');
  return !NEVER_CAPS_OPENINGS.some((o) => body.startsWith(o));
}

function opensWithHeading(trimmed: string): boolean {
  const body = trimmed.replace(LEAD_MARKS, '');
  return CAPS_LINE_OPENINGS.some((o) => body.startsWith(o));
}

function upperLine(s: string): string {
  let out = '';
  for (const ch of s) {
    const u = ch.toUpperCase();
    out += u.length === ch.length ? u : ch;
  }
  return out;
}

/** Restores the capitals of caps-font lines in a TCVN3-decoded text. Same length in and out. */
export function restoreTcvn3Caps(text: string): { text: string; notes: DecodeNote[] } {
  const lines = splitLines(text);
  const n = lines.length;
  const capsLock = lines.map((l) => !l.blank && capsLockShape(l.text));
  const lower = lines.map((l) => !l.blank && lowercaseShape(l.trimmed));
  const restored: boolean[] = capsLock.slice();
  const initial: boolean[] = new Array<boolean>(n).fill(false);

  const nonBlank = lines.filter((l) => !l.blank).length;
  const lowerStarts = lines.filter((l, i) => {
    const f = firstLetter(l.trimmed);
    return f !== '' && LOWER.test(f) && (i === 0 || lines[i - 1].blank);
  }).length;
  const budget = Math.max(8, nonBlank / 5);
  // Capitals restored only where the rest of the text shows the writer used capitals at all.
  const usesCapitals = lines.some((l, i) => !l.blank && !capsLock[i] && UPPER.test(l.text));
  const lowercaseText = !usesCapitals || lower.filter(Boolean).length > budget || lowerStarts > budget;

  if (!lowercaseText) {
    for (let i = 0; i < n; ) {
      if (!lower[i]) {
        i++;
        continue;
      }
      let e = i;
      while (e + 1 < n && lower[e + 1]) e++;
      const prev = i === 0 ? null : lines[i - 1];
      const next = e + 1 < n ? lines[e + 1] : null;
      const prevOk = !prev || prev.blank || restored[i - 1] || prev.trimmed.length <= SHORT_PREVIOUS;
      const nextFirst = next ? firstLetter(next.trimmed.slice(0, 1)) : '';
      const nextOk = !next || next.blank || !(nextFirst && LOWER.test(nextFirst));
      const f = firstLetter(lines[i].trimmed);
      const plainStart = PLAIN_LOWER.test(f);
      const strongOpening =
        plainStart || opensWithHeading(lines[i].trimmed) || (e === i && lines[i].trimmed.length <= 40);
      if (prevOk && nextOk && e - i < MAX_BLOCK_LINES && strongOpening) {
        for (let k = i; k <= e; k++) restored[k] = true;
      }
      i = e + 1;
    }
    // A paragraph that opens with a toned lowercase letter: that letter was typed in the caps font.
    for (let i = 0; i < n; i++) {
      if (restored[i] || lines[i].blank || !(i === 0 || lines[i - 1].blank)) continue;
      const t = lines[i].trimmed;
      const f = t[0] ?? '';
      if (LOWER.test(f) && !PLAIN_LOWER.test(f) && f.toUpperCase().length === 1) initial[i] = true;
    }
  }

  const notes: DecodeNote[] = [];
  let out = '';
  let last = 0;
  for (let i = 0; i < n; i++) {
    const l = lines[i];
    if (restored[i]) {
      out += text.slice(last, l.start) + upperLine(l.text);
      last = l.end;
      // One note per block of restored lines.
      if (i === 0 || !restored[i - 1]) {
        notes.push({
          code: 'normalize/tcvn3-caps-restored',
          severity: 'info',
          message: `TCVN3: "${l.trimmed.slice(0, 60)}" restored to capitals (typed in the caps font .VnTimeH, stored lowercase)`,
          rawOffset: l.start,
        });
      }
    } else if (initial[i]) {
      const at = l.start + l.text.indexOf(l.trimmed[0]);
      out += text.slice(last, at) + l.trimmed[0].toUpperCase();
      last = at + 1;
      notes.push({
        code: 'normalize/tcvn3-initial-restored',
        severity: 'info',
        message: `TCVN3: paragraph initial "${l.trimmed[0]}" restored to a capital (typed in the caps font, stored lowercase)`,
        rawOffset: at,
      });
    }
  }
  out += text.slice(last);
  return { text: out, notes };
}
