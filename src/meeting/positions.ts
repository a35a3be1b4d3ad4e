/**
 * A presider's positions, split the way a reader splits them: on ",", ";" and the dash variants
 * ("Nguyễn Dân-Bí thư Huyện ủy" has no spaces around its dash), but only where the next piece
 * opens a new position title: "Phó Trưởng ban Thường trực Ban Chỉ đạo phòng, chống dịch bệnh
 * Covid-19 tỉnh" is one position (its comma joins "phòng, chống"), and the hyphens of
 * "Covid-19" or "8254/KH-UBND" split nothing.
 */
import { POSITION_START } from '../vocabulary/positions.js';
import { isUpper, trimEndChars } from '../header/text.js';

/**
 * Separators between positions: ";" or "," (with the space after), a spaced dash, or a bare
 * dash between a letter and a capital ("Dân-Bí").
 */
export const POSITION_SEPARATOR = /[ ]?[;,][ ]?|[ ][-–—][ ]?|(?<=\p{L})[-–—](?=\p{Lu})/gu;

const POSITION_SEPARATOR_RE = new RegExp(POSITION_SEPARATOR.source, POSITION_SEPARATOR.flags);

/** Words that end a position phrase and belong to the sentence ("... tỉnh chủ trì", "... cùng"). */
export const TRAILING_CLAUSE_WORDS: readonly string[] = ['cùng với', 'chủ trì', 'làm việc', 'đã', 'đồng', 'cùng', 'và', 'với'];

/** A position without the sentence's words at its end. */
export function stripClauseWords(p: string): string {
  let s = p.trim();
  for (;;) {
    const before = s;
    s = trimEndChars(s, ' ,;.');
    for (const w of TRAILING_CLAUSE_WORDS) {
      if (s.endsWith(' ' + w) || s === w) {
        s = s.slice(0, s.length - w.length);
        break;
      }
    }
    if (s === before) return s.trim();
  }
}

/** Whitespace runs. */
const WS = /\s+/g;

/** True when a piece opens a position title ("Phó Chủ tịch ...", "Trưởng ban ..."). */
export function opensPosition(piece: string): boolean {
  return isUpper(piece[0]) && POSITION_START.test(piece);
}

/** Splits a position phrase into positions, trimmed, in order. */
export function splitPositions(phrase: string): string[] {
  const text = phrase.replace(WS, ' ').trim();
  if (text.length === 0) return [];
  const re = POSITION_SEPARATOR_RE;
  re.lastIndex = 0;
  const pieces: { text: string; sep: string }[] = [];
  let last = 0;
  let sep = '';
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    pieces.push({ text: text.slice(last, m.index), sep });
    sep = m[0];
    last = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  pieces.push({ text: text.slice(last), sep });
  const out: string[] = [];
  for (const p of pieces) {
    const t = p.text.trim();
    if (t.length === 0) continue;
    if (out.length === 0 || opensPosition(t)) out.push(t);
    else out[out.length - 1] += p.sep + t;
  }
  return out.map(stripClauseWords).filter((p) => p.length > 0);
}
