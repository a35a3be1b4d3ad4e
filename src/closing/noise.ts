/**
 * Scan noise in a "Nơi nhận" block. A scanned page puts the signing column (stamp, signature,
 * digital-signature box) beside the recipients, and OCR runs both columns together:
 * "- Chi cục Thuế; Hạt Kiểm lâm: NV Á ) | /", "- Lưu: VT. » "18.06.2019 16:33:44" +07:00".
 * A reader drops those fragments; so do these rules, applied only to a block that shows such
 * noise (a clean copy's "; }" or a final "NV" are kept as printed).
 */
import { trimChars } from '../header/text.js';
import { LazyRegExp } from '../vocabulary/lazy-regexp.js';

/** Characters a recipient never prints but stamps and OCR do. */
export const NOISE_CHARS = /[\\@|®©»«`~^=<>¬§¢£¥]/u;

/** Labels of a digital-signature stamp ("Người ký:", "Thời gian ký:", "Ký bởi:"). */
export const STAMP_LABEL = /(?:Người ký|Thời gian ký|Ký bởi|Cơ quan:|Email:|E-mail:)/u;

/** Function words that cannot end a recipient ("... cấp X); và"). */
export const DANGLING_WORDS = new Set(['và', 'của', 'các', 'cho', 'về', 'với']);

/** A letter. */
export const LETTER = /\p{L}/u;
/** A vowel (every Vietnamese syllable has one). */
export const VOWEL = /[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
/** Digits. */
export const DIGIT = /\d/u;
/** A lower-case letter followed by a capital ("sỆ"), or capitals ending in lower case ("ANNGẵ"). */
export const MIXED_CASE = new LazyRegExp('\\p{Ll}\\p{Lu}|\\p{Lu}\\p{Lu}\\p{Ll}', 'u');
/** Punctuation at a token's edges. */
const EDGE_PUNCT = '()"\'.,;:';

/** True when a block of recipient lines, text[s, e) each, shows scan noise. */
export function isNoisyBlock(text: string, items: readonly { s: number; e: number }[]): boolean {
  // A plain loop over the spans: no array of slices whose elements kind varies (empty or not)
  // to deoptimise the caller.
  for (let i = 0; i < items.length; i++) {
    const l = text.slice(items[i].s, items[i].e);
    if (NOISE_CHARS.test(l) || STAMP_LABEL.test(l)) return true;
  }
  return false;
}

/** A token that is scan noise wherever it stands. */
export function isJunk(token: string): boolean {
  if (NOISE_CHARS.test(token)) return true;
  // A parenthesised note ("(3b).", "(Ng.10b)") is the drafter's mark, kept.
  if (token.startsWith('(')) return false;
  if (!LETTER.test(token)) return true;
  const bare = trimChars(token, EDGE_PUNCT);
  if (bare.length === 0) return true;
  // A lone letter: "m.", "r", "À" (a code letter like "H" is ASCII and kept).
  if (bare.length === 1) return bare === bare.toLowerCase() || bare.charCodeAt(0) > 127;
  if (MIXED_CASE.re.test(bare)) return true;
  // Digits run into a short lower-case word ("s4").
  if (DIGIT.test(bare) && bare.length <= 3 && bare === bare.toLowerCase()) return true;
  // Consonants only, lower case ("xxx").
  if (!VOWEL.test(bare) && bare === bare.toLowerCase()) return true;
  return false;
}

/** A short capitals token ("NV", "TƯ", "SỐ,"): noise when it stands next to noise. */
function isShortCaps(token: string): boolean {
  const bare = trimChars(token, EDGE_PUNCT);
  return bare.length >= 1 && bare.length <= 2 && bare === bare.toUpperCase() && LETTER.test(bare);
}

function tokens(line: string): { s: number; e: number; t: string }[] {
  const toks: { s: number; e: number; t: string }[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && line[i] === ' ') i++;
    let j = i;
    while (j < line.length && line[j] !== ' ') j++;
    if (j > i) toks.push({ s: i, e: j, t: line.slice(i, j) });
    i = j;
  }
  return toks;
}

/**
 * Where a noisy line's trailing noise starts (an offset into `line`; line.length when none):
 * "- Lưu: VT. » \"18.06.2019 16:33:44\" +07:00" keeps "- Lưu: VT.". A short capitals token next
 * to noise is noise too ("... Hạt Kiểm lâm: NV Á ) | /"), except on the archive line ("Lưu: VT").
 */
export function trailingNoiseStart(line: string, archive: boolean): number {
  const toks = tokens(line);
  let n = toks.length;
  let stripped = false;
  while (n > 1) {
    const t = toks[n - 1].t;
    if (isJunk(t) || (stripped && !archive && isShortCaps(t))) {
      n--;
      stripped = true;
      continue;
    }
    break;
  }
  if (n === toks.length) return line.length;
  return n > 0 ? toks[n - 1].e : 0;
}

/**
 * Where a noisy recipient's text ends: at the last ";" or ":" whose remainder is mostly noise,
 * dangling words or a stamp label ("Lãnh đạo Sở ( thay BC); Người ký: Sởi"); text.length when
 * there is no such separator. Earlier separators are checked after a cut, so a remainder that
 * is noise all the way is cut at its first separator.
 */
export function separatorCut(text: string): number {
  const toks = tokens(text);
  let n = toks.length;
  let end = text.length;
  for (let k = n - 1; k >= 1; k--) {
    const t = toks[k - 1].t;
    if (!(t.endsWith(';') || t.endsWith(':'))) continue;
    const rest = toks.slice(k, n);
    if (rest.length === 0) continue;
    const restText = text.slice(rest[0].s, end);
    const noisy = rest.filter((r) => isJunk(r.t) || isShortCaps(r.t) || DANGLING_WORDS.has(r.t)).length;
    if (STAMP_LABEL.test(restText) || noisy * 2 >= rest.length) {
      end = toks[k - 1].e;
      n = k;
    }
  }
  return end;
}
