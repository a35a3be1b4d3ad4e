/**
 * Sentence case for a body's name printed in capitals in the header block
 * ("UBND TỈNH ĐẮK LẮK" -> "UBND tỉnh Đắk Lắk", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG" -> "Sở Tài nguyên và
 * Môi trường"), after Nghị định 30/2020/NĐ-CP, Phụ lục II (viết hoa tên cơ quan, tổ chức): the
 * generic head keeps only its own capitals, the first word of the specific part and of each of
 * its members (joined by "và" or ",") is capitalised, a level word is lower case and the place
 * name after it is capitalised word by word. Letters are never changed, only their case, so OCR
 * damage stays visible ("ĐÁK R'LÁP" -> "Đák R'láp").
 */
import { BODY_HEADS, FIXED_CASE_WORDS, KEPT_ABBREVIATIONS, LEVEL_WORDS } from '../vocabulary/header-words.js';
import { fold, trimEndChars, upperRatio } from './text.js';

interface Pattern {
  /** Folded words, for OCR-tolerant matching. */
  keys: string[];
  /** Per word: capitalise its first letter? */
  caps: boolean[];
}

const toPattern = (s: string): Pattern => {
  const words = s.split(' ');
  return { keys: words.map((w) => fold(w)), caps: words.map((w) => w[0] !== w[0].toLowerCase()) };
};

const byLength = (a: Pattern, b: Pattern) => b.keys.length - a.keys.length;
const HEADS = BODY_HEADS.map(toPattern).sort(byLength);
const LEVELS = LEVEL_WORDS.map(toPattern).sort(byLength);
const FIXED = FIXED_CASE_WORDS.map(toPattern).sort(byLength);
const KEPT = new Set(KEPT_ABBREVIATIONS);

/**
 * Heads whose specific part is a purpose, written in lower case ("Ban Chỉ đạo phòng, chống dịch
 * COVID-19 tỉnh", "Hội đồng thi đua, khen thưởng"), not a field name ("Sở Tài nguyên và Môi trường").
 */
const PURPOSE_HEADS = new Set(['BAN CHI DAO', 'BAN CHI HUY', 'HOI DONG', 'TO CONG TAC', 'DOAN KIEM TRA']);

/** Heads after which the rest is a place name ("TỈNH ỦY THANH HÓA" -> "Tỉnh ủy Thanh Hóa"). */
const PLACE_AFTER_HEAD = new Set(['TINH UY', 'THANH UY', 'HUYEN UY', 'THI UY', 'QUAN UY'].map((s) => s));

const capitalise = (w: string) => {
  // The first letter up, the rest down; "R'LÁP" -> "R'láp".
  const first = w.slice(0, 1);
  return first.toUpperCase() + w.slice(1).toLowerCase();
};

/** Patterns by their first folded word, each list in the order of `patterns` (longest first). */
function byFirstKey(patterns: Pattern[]): Map<string, Pattern[]> {
  const m = new Map<string, Pattern[]>();
  for (const p of patterns) {
    const list = m.get(p.keys[0]);
    if (list) list.push(p);
    else m.set(p.keys[0], [p]);
  }
  return m;
}

const HEADS_BY_FIRST = byFirstKey(HEADS);
const LEVELS_BY_FIRST = byFirstKey(LEVELS);
const FIXED_BY_FIRST = byFirstKey(FIXED);

/** The first pattern (in its list's order) whose words are keys[i...], or null. */
function matchAt(keys: string[], i: number, byFirst: Map<string, Pattern[]>): Pattern | null {
  // Only a pattern whose first word is keys[i] can match there.
  const patterns = byFirst.get(keys[i]);
  if (!patterns) return null;
  for (const p of patterns) {
    if (i + p.keys.length > keys.length) continue;
    let ok = true;
    for (let k = 0; k < p.keys.length; k++) {
      if (keys[i + k] !== p.keys[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return p;
  }
  return null;
}

function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Keeps a word as printed: abbreviations, codes with digits ("COVID-19"), words without lower-case forms. */
function keepAsPrinted(w: string): boolean {
  const bare = trimEndChars(w, TRAILING_PUNCT);
  return KEPT.has(bare) || KEPT.has(w) || hasDigit(w);
}

/** Trailing punctuation of a word. */
const TRAILING_PUNCT = ',.;:';

/**
 * The record case of a body's name. Text that is not mostly capitals is returned as printed
 * (whitespace collapsed): it already carries its own case.
 */
export function sentenceCaseName(printed: string): string {
  // Documents of one batch come from a few issuers: their names are cased once.
  let cased = CASED.get(printed);
  if (cased === undefined) {
    if (CASED.size >= CASED_MAX) CASED.clear();
    cased = caseName(printed);
    CASED.set(printed, cased);
  }
  return cased;
}

/** Names already cased (a pure function of the printed name), at most CASED_MAX of them. */
const CASED = new Map<string, string>();
const CASED_MAX = 256;

function caseName(printed: string): string {
  const words = printed.split(' ').filter((w) => w.length > 0);
  if (words.length === 0) return '';
  if (upperRatio(printed) < 0.7) return words.join(' ');
  const keys = words.map((w) => fold(trimEndChars(w, TRAILING_PUNCT)));
  const out: string[] = [];
  type Mode = 'start' | 'specific' | 'place';
  let mode: Mode = 'start';
  let memberStart = true;
  let purpose = false;
  let i = 0;
  const applyPattern = (p: Pattern, at: number) => {
    for (let k = 0; k < p.keys.length; k++) {
      const w = words[at + k];
      out.push(keepAsPrinted(w) ? w : p.caps[k] ? capitalise(w) : w.toLowerCase());
    }
  };
  while (i < words.length) {
    const w = words[i];
    if (keepAsPrinted(w)) {
      out.push(w);
      i++;
      if (mode === 'start') mode = 'specific';
      memberStart = true;
      continue;
    }
    const level = matchAt(keys, i, LEVELS_BY_FIRST);
    if (level && i > 0) {
      for (let k = 0; k < level.keys.length; k++) out.push(words[i + k].toLowerCase());
      i += level.keys.length;
      mode = 'place';
      continue;
    }
    if (mode === 'place') {
      out.push(capitalise(w));
      i++;
      continue;
    }
    const fixed = matchAt(keys, i, FIXED_BY_FIRST);
    if (fixed) {
      applyPattern(fixed, i);
      i += fixed.keys.length;
      if (mode === 'start') mode = 'specific';
      memberStart = false;
      continue;
    }
    if (mode === 'start') {
      const head = matchAt(keys, i, HEADS_BY_FIRST);
      if (head) {
        applyPattern(head, i);
        i += head.keys.length;
        mode = PLACE_AFTER_HEAD.has(head.keys.join(' ')) ? 'place' : 'specific';
        purpose = PURPOSE_HEADS.has(head.keys.join(' '));
        memberStart = !purpose;
        continue;
      }
      out.push(capitalise(w));
      i++;
      mode = 'specific';
      memberStart = false;
      continue;
    }
    // The specific part: its first word and each member's first word capitalised.
    if (keys[i] === 'VA') {
      out.push(w.toLowerCase());
      memberStart = !purpose;
      i++;
      continue;
    }
    out.push(memberStart ? capitalise(w) : w.toLowerCase());
    memberStart = !purpose && w.endsWith(',');
    i++;
  }
  return out.join(' ');
}

/** Capitalises each word ("MAI VĂN CHÍNH" -> "Mai Văn Chính"), for a person's name printed in capitals. */
export function titleCaseName(printed: string): string {
  return printed
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => capitalise(w))
    .join(' ');
}
