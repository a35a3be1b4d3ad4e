/**
 * The characters a match of an anchored pattern can open with, read from the pattern's source:
 * a cheap one-character test before running the pattern on a line. Only patterns anchored at the
 * start of the string (a leading "^", no "m" flag, no top-level alternation) get one; for any
 * other pattern, or a construct the reader does not follow, the
 * test answers true for every character, so a prefilter built on it never rejects a line the
 * pattern would accept.
 */
import { prebuilt } from '../../vocabulary/prebuilt.js';
import { memoCharPredicate } from './char-table.js';

/** A bounded quantifier at the reading position. */
export const BRACE_QUANTIFIER = /^\{(\d{1,9})(?:,\d{0,9})?\}/;
/** A backreference escape letter (numbered or named). */
export const BACKREFERENCE = /^[1-9k]$/;
/** A code escape: \u{...}, \uXXXX, \xXX, \cX. */
export const CODE_ESCAPE = /^\\(?:u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z])/;

/** Flags a one-character test does without. */
export const FLAGS_DROPPED = /[gyd]/g;

/** First-character pieces (each matching one character) and whether the part can match empty. */
interface First {
  pieces: string[];
  nullable: boolean;
}

/** Thrown inside the reader for what it does not follow; the pattern then gets no prefilter. */
class Unsupported extends Error {}

class Reader {
  i = 0;
  constructor(readonly src: string) {}

  /** Alternatives up to ")" or the end. */
  alternation(): First {
    const alts: First[] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return { pieces: alts.flatMap((a) => a.pieces), nullable: alts.some((a) => a.nullable) };
  }

  /** Items up to "|", ")" or the end: the first characters of the items until one cannot be empty. */
  sequence(): First {
    const pieces: string[] = [];
    let nullable = true;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const item = this.item();
      if (nullable) pieces.push(...item.pieces);
      nullable &&= item.nullable;
    }
    return { pieces, nullable };
  }

  item(): First {
    const atom = this.atom();
    return this.quantified(atom);
  }

  quantified(atom: First): First {
    const c = this.src[this.i];
    let min = 1;
    if (c === '?' || c === '*') {
      this.i++;
      min = 0;
    } else if (c === '+') {
      this.i++;
    } else if (c === '{') {
      const m = BRACE_QUANTIFIER.exec(this.src.slice(this.i, this.i + 24));
      if (!m) throw new Unsupported('brace');
      this.i += m[0].length;
      min = Number(m[1]);
    } else return atom;
    if (this.src[this.i] === '?') this.i++; // lazy
    return { pieces: atom.pieces, nullable: atom.nullable || min === 0 };
  }

  atom(): First {
    const src = this.src;
    const c = src[this.i];
    if (c === '^' || c === '$') {
      this.i++;
      return { pieces: [], nullable: true };
    }
    if (c === '.') {
      this.i++;
      return { pieces: ['.'], nullable: false };
    }
    if (c === '[') {
      const start = this.i;
      this.i++;
      if (src[this.i] === '^') this.i++;
      if (src[this.i] === ']') this.i++;
      while (this.i < src.length && src[this.i] !== ']') this.i += src[this.i] === '\\' ? 2 : 1;
      if (this.i >= src.length) throw new Unsupported('class');
      this.i++;
      return { pieces: [src.slice(start, this.i)], nullable: false };
    }
    if (c === '(') {
      let zeroWidth = false;
      if (src.startsWith('(?:', this.i)) this.i += 3;
      else if (src.startsWith('(?=', this.i) || src.startsWith('(?!', this.i)) {
        this.i += 3;
        zeroWidth = true;
      } else if (src.startsWith('(?<=', this.i) || src.startsWith('(?<!', this.i)) {
        this.i += 4;
        zeroWidth = true;
      } else if (src.startsWith('(?<', this.i)) {
        const close = src.indexOf('>', this.i);
        if (close === -1) throw new Unsupported('group name');
        this.i = close + 1;
      } else if (src.startsWith('(?', this.i)) throw new Unsupported('group');
      else this.i++;
      const inner = this.alternation();
      if (src[this.i] !== ')') throw new Unsupported('paren');
      this.i++;
      // A lookaround consumes nothing: what follows it gives the first character.
      return zeroWidth ? { pieces: [], nullable: true } : inner;
    }
    if (c === '\\') {
      const n = src[this.i + 1];
      if (n === undefined) throw new Unsupported('escape');
      if (n === 'b' || n === 'B') {
        this.i += 2;
        return { pieces: [], nullable: true };
      }
      if (BACKREFERENCE.test(n)) {
        // A backreference can match anything, or nothing.
        if (n === 'k') {
          const close = src.indexOf('>', this.i);
          if (close === -1) throw new Unsupported('backreference');
          this.i = close + 1;
        } else {
          this.i += 2;
          while (this.i < src.length && src[this.i] >= '0' && src[this.i] <= '9') this.i++;
        }
        return { pieces: ['[^]'], nullable: true };
      }
      if (n === 'p' || n === 'P') {
        const close = src.indexOf('}', this.i);
        if (close === -1) throw new Unsupported('property');
        const piece = src.slice(this.i, close + 1);
        this.i = close + 1;
        return { pieces: [piece], nullable: false };
      }
      if (n === 'u' || n === 'x' || n === 'c') {
        const m = CODE_ESCAPE.exec(src.slice(this.i, this.i + 12));
        if (!m) throw new Unsupported('escape');
        this.i += m[0].length;
        return { pieces: [m[0]], nullable: false };
      }
      this.i += 2;
      return { pieces: [src.slice(this.i - 2, this.i)], nullable: false };
    }
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{') throw new Unsupported('syntax');
    // A literal character (a whole code point).
    const cp = src.codePointAt(this.i)!;
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    return { pieces: [ch], nullable: false };
  }
}

/**
 * A one-character pattern for the characters a match of `re` can open with, or null when the
 * pattern is not anchored at the start or the reader cannot tell.
 */
export function firstCharPattern(re: RegExp): RegExp | null {
  const src = re.source;
  if (re.flags.includes('m') || !src.startsWith('^')) return null;
  try {
    const r = new Reader(src);
    r.i = 1;
    const seq = r.sequence();
    // A top-level "|" would leave the other alternatives unanchored.
    if (r.i !== src.length) return null;
    if (seq.nullable) return null;
    return new RegExp(`^(?:${[...new Set(seq.pieces)].join('|')})`, re.flags.replace(FLAGS_DROPPED, ''));
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

const ANY = (): boolean => true;

/**
 * An anchored pattern with the one-character test of what its matches open with. Build these at
 * module load (and export them, so that the regex checks see the first-character patterns).
 */
export interface Prefiltered {
  re: RegExp;
  /** firstCharPattern(re), or null: no prefilter. */
  first: RegExp | null;
  /** Whether a match can open with this code unit (memoised; true for surrogates). */
  opens: (code: number) => boolean;
}

/** firstCharPattern(re)'s source per pattern (flags and source), read once per load. */
const FIRST_SOURCES = new Map<string, string | null>();

/**
 * The source of firstCharPattern(re), or null: computed by the build for the bundle
 * (vocabulary/prebuilt.ts; reading the patterns' sources was ~1-2 ms of every engine start).
 */
function firstSource(re: RegExp): string | null {
  const key = `${re.flags}/${re.source}`;
  let src = FIRST_SOURCES.get(key);
  if (src === undefined) {
    src = prebuilt(`normalize/first-chars:${key}`, () => firstCharPattern(re)?.source ?? null);
    FIRST_SOURCES.set(key, src);
  }
  return src;
}

export function prefiltered(re: RegExp): Prefiltered {
  const src = firstSource(re);
  const first = src === null ? null : new RegExp(src, re.flags.replace(FLAGS_DROPPED, ''));
  return { re, first, opens: first ? memoCharPredicate((ch) => first.test(ch)) : ANY };
}

/** p.re.test(s), after the one-character test of s's first character. */
export function testAnchored(p: Prefiltered, s: string): boolean {
  return s.length > 0 ? p.opens(s.charCodeAt(0)) && p.re.test(s) : p.re.test(s);
}

/** p.re.exec(s), after the one-character test of s's first character. */
export function execAnchored(p: Prefiltered, s: string): RegExpExecArray | null {
  return s.length > 0 && !p.opens(s.charCodeAt(0)) ? null : p.re.exec(s);
}
