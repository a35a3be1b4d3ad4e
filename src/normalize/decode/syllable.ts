/**
 * Vietnamese syllable validator: is a word a well-formed syllable (onset + rhyme + tone, with
 * the spelling and tone rules)? Data in lexicon/syllables.ts. Used to score candidate decodings.
 */
import {
  CHECKED_CODAS,
  CHECKED_TONES,
  COMMON_SYLLABLES,
  FRONT_VOWELS,
  ONSETS,
  ONSETS_NEVER_BEFORE_FRONT,
  ONSETS_ONLY_BEFORE_FRONT,
  RHYMES,
} from './lexicon/syllables.js';

const TONE_CHARS = '\u0300\u0301\u0303\u0309\u0323';

interface LetterInfo {
  /** Lowercase letter without tone (keeps ă â ê ô ơ ư đ). */
  base: string;
  /** Tone as a combining character, or ''. */
  tone: string;
  upper: boolean;
}

/** Every letter a Vietnamese syllable may contain, precomposed, mapped to base + tone. */
export const LETTERS: ReadonlyMap<string, LetterInfo> = (() => {
  const m = new Map<string, LetterInfo>();
  const vowels = 'aăâeêioôơuưy';
  const consonants = 'bcdđghklmnpqrstvx';
  for (const v of vowels) {
    for (const tone of ['', ...TONE_CHARS]) {
      const lower = (v + tone).normalize('NFC');
      m.set(lower, { base: v, tone, upper: false });
      m.set(lower.toUpperCase(), { base: v, tone, upper: true });
    }
  }
  for (const c of consonants) {
    m.set(c, { base: c, tone: '', upper: false });
    m.set(c.toUpperCase(), { base: c, tone: '', upper: true });
  }
  return m;
})();

const RHYME_SET: ReadonlySet<string> = new Set(RHYMES.flatMap((g) => g.split(' ')));
const ONSETS_BY_LENGTH = [...ONSETS].sort((a, b) => b.length - a.length);

export interface Syllable {
  onset: string;
  rhyme: string;
  tone: string;
}

function rhymeOk(onset: string, rhyme: string, tone: string): boolean {
  if (!RHYME_SET.has(rhyme)) return false;
  // Checked rhymes take sắc or nặng only: "tốt", "học"; not "tồt", nor "tôt" without a tone.
  if (CHECKED_CODAS.some((c) => rhyme.endsWith(c)) && !CHECKED_TONES.includes(tone)) return false;
  const front = FRONT_VOWELS.includes(rhyme[0]);
  if (ONSETS_ONLY_BEFORE_FRONT.includes(onset) && !front) return false;
  if (ONSETS_NEVER_BEFORE_FRONT.includes(onset) && front) return false;
  return true;
}

/** Splits a word into onset, rhyme and tone if it is a valid syllable; null otherwise. */
export function parseSyllable(word: string): Syllable | null {
  if (word.length === 0 || word.length > 8) return null;
  let tone = '';
  let plain = '';
  let uppers = 0;
  for (let i = 0; i < word.length; i++) {
    const info = LETTERS.get(word[i]);
    if (!info) return null;
    if (info.upper) {
      // Case: lower, Capitalised or ALL CAPS; "tHông" is not a word.
      if (i > 0 && uppers !== i) return null;
      uppers++;
    } else if (uppers > 1) {
      return null;
    }
    if (info.tone) {
      if (tone) return null;
      tone = info.tone;
    }
    plain += info.base;
  }
  for (const onset of ['', ...ONSETS_BY_LENGTH]) {
    if (!plain.startsWith(onset)) continue;
    const rest = plain.slice(onset.length);
    if (onset === 'gi') {
      // "gì", "gìn", "giếng": the i of the onset doubles as the rhyme's.
      if ((rest && RHYME_SET.has(rest) && rhymeOk('', rest, tone)) || rhymeOk('', 'i' + rest, tone)) {
        return { onset, rhyme: rest, tone };
      }
      continue;
    }
    if (onset === 'qu') {
      if (rest && (rhymeOk('', rest, tone) || rhymeOk('', 'u' + rest, tone))) return { onset, rhyme: rest, tone };
      continue;
    }
    if (rest && rhymeOk(onset, rest, tone)) return { onset, rhyme: rest, tone };
  }
  return null;
}

export function isSyllable(word: string): boolean {
  return parseSyllable(word) !== null;
}

/** Key of a syllable independent of case and tone placement ("hoà" and "hòa" agree). */
function syllableKey(word: string): string | null {
  let tone = '';
  let plain = '';
  for (const ch of word) {
    const info = LETTERS.get(ch);
    if (!info) return null;
    if (info.tone) tone = info.tone;
    plain += info.base;
  }
  return plain + tone;
}

const COMMON_KEYS: ReadonlySet<string> = new Set(
  COMMON_SYLLABLES.flatMap((g) => g.split(' ')).map((w) => syllableKey(w) ?? w),
);

/** One of the frequent syllables of administrative text (case and tone placement ignored). */
export function isCommonSyllable(word: string): boolean {
  const k = syllableKey(word);
  return k !== null && COMMON_KEYS.has(k);
}
