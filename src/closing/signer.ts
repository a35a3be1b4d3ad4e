/**
 * The signing block (Nghị định 30/2020/NĐ-CP, Điều 8 and Phụ lục I, mục "Chức vụ, họ tên và chữ
 * ký của người có thẩm quyền"): the chain of authorities ("TL. CHỦ TỊCH" / "KT. CHÁNH VĂN
 * PHÒNG"), then the signer's position ("PHÓ CHÁNH VĂN PHÒNG"), then, under the signature and
 * seal, the name ("Nguyễn Thị Hồng Tuyến"). Hướng dẫn 36-HD/VPTW uses the same "T/M", "K/T"
 * chain for Party committees ("T/M BAN THƯỜNG VỤ" / "PHÓ BÍ THƯ").
 *
 * A news article's closing initials or byline ("B.T", "BĐT", "MINH CHIẾN") have neither an
 * authority nor a position: they are not a signer.
 */
import type { Signer, Span } from '../record/schema.js';
import { isBlank, type Line } from '../header/lines.js';
import { cleanValue, fold, isLower, isUpper, upperRatio } from '../header/text.js';
import { POSITION_HEADS } from '../vocabulary/positions.js';
import { SIGNING_PREFIX } from '../vocabulary/signing.js';
import { LazyRegExp } from '../vocabulary/lazy-regexp.js';
import { BULLET, RECIPIENTS_ANCHOR } from './patterns.js';
import { escapeRegExp } from '../vocabulary/regex-escape.js';

/** Longest line read as part of a signing block (longer lines are running text). */
const MAX_SIGNER_LINE = 240;

export interface SignerFound {
  signer: Signer;
  span: Span;
  /** Spans of the authority, position and name texts (cut out of merged recipient lines). */
  pieces: Span[];
  /** Lines holding a piece. */
  lines: Set<number>;
  /** Read from a report's running text, not from a signing block (not part of the closing). */
  reported: boolean;
}

/** Position heads, folded, longest first ("PHO CHANH VAN PHONG" contains "CHANH VAN PHONG"). */
const FOLDED_POSITIONS = POSITION_HEADS.map((p) => fold(p)).sort((a, b) => b.length - a.length);

/**
 * The same, as searched for in ` ${fold(s)} `: a whole word sequence, followed by a space or by a
 * comma (one alternation of the heads: the text is read once, not once per head).
 */
export const POSITION_KEY_RE = new RegExp(` (?:${FOLDED_POSITIONS.map(escapeRegExp).join('|')})[ ,]`);

/** True when a text in capitals names a position ("PHÓ CHỦ NHIỆM", "GIÁM ĐÓC"). */
export function namesPosition(s: string): boolean {
  return POSITION_KEY_RE.test(` ${fold(s)} `);
}

/**
 * True when a line may hold SIGNING_PREFIX: some "T" followed by ".", "/", "U", "M" or "L", some
 * "K" followed by "/", "." or "T", or some "Q" followed by ".", ":" or a space (a cheap test
 * before the regex; every prefix variant starts so).
 */
export function maySign(s: string): boolean {
  for (let i = 0; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 84 && c !== 75 && c !== 81) continue;
    const n = s.charCodeAt(i + 1);
    if (c === 84) {
      if (n === 46 || n === 47 || n === 85 || n === 77 || n === 76) return true;
    } else if (c === 75) {
      if (n === 47 || n === 46 || n === 84) return true;
    } else if (n === 46 || n === 58 || n === 32) return true;
  }
  return false;
}

/** Lines of a signing block that are not the name: stamps, dates, seals. */
export const NOT_A_NAME = /(?:\d|:|\(|\)|Ký bởi|Thời gian|Đã ký|đã ký|Như trên|Nơi nhận|@|\/)/u;

/** Words of a person's name: letters, with the apostrophe of ethnic names ("H'Hen"). */
export const NAME_WORD = /^[\p{L}'’-]+!?$/u;

/**
 * True when a line reads as a person's name: two to six words of letters, the last ones
 * capitalised ("Nguyễn Đức Vinh", "Hoàng Nam"; a scan's "suyen Văn Quốc" is still a name line).
 */
export function isPersonName(s: string): boolean {
  if (s.length < 4 || s.length > 60 || NOT_A_NAME.test(s)) return false;
  const words = s.split(' ');
  if (words.length < 2 || words.length > 6) return false;
  let capitalised = 0;
  for (const w of words) {
    if (!NAME_WORD.test(w)) return false;
    if (isUpper(w[0])) capitalised++;
  }
  if (!isUpper(words[words.length - 1][0]) || !isUpper(words[words.length - 2][0])) return false;
  if (capitalised < words.length - 1) return false;
  if (namesPosition(s)) return false;
  return true;
}

/** The run of capitals starting at `from` in a line (the authority's or position's text). */
function capitalsRun(text: string, from: number, to: number): number {
  let i = from;
  let end = from;
  while (i < to) {
    let j = i;
    while (j < to && text[j] !== ' ') j++;
    const w = text.slice(i, j);
    // A word with a lower-case letter ends the run ("TL. CHỦ TỊCH Nguyễn ...").
    let hasLower = false;
    for (const c of w) if (isLower(c)) hasLower = true;
    if (hasLower) break;
    end = j;
    i = j + 1;
  }
  while (end > from && (text[end - 1] === ' ' || text[end - 1] === '*')) end--;
  return end;
}

interface Piece {
  start: number;
  end: number;
  line: number;
}

/**
 * The trailing run of capitals in a line that names a position: the whole line on a clean page,
 * the right column's part of a merged scan line ("- CT, các PCT UBND huyện: CHÁNH VĂN PHÒNG").
 */
function positionTail(text: string, l: Line): { start: number; end: number } | null {
  let e = l.ce;
  while (e > l.cs && (text[e - 1] === ' ' || text[e - 1] === '*')) e--;
  let s = e;
  // Walk back over words in capitals (and commas between them).
  for (;;) {
    let j = s;
    while (j > l.cs && text[j - 1] === ' ') j--;
    let k = j;
    while (k > l.cs && text[k - 1] !== ' ') k--;
    const w = text.slice(k, j);
    if (w.length === 0) break;
    let letters = 0;
    let lower = false;
    for (const c of w) {
      if (isLower(c)) lower = true;
      if (c.toUpperCase() !== c.toLowerCase()) letters++;
    }
    if (lower || letters === 0) break;
    s = k;
  }
  while (s < e && !isUpper(text[s]) && text[s] !== 'Đ') s++;
  if (s >= e) return null;
  const run = text.slice(s, e);
  // A position has at least two words ("GIÁM ĐỐC", "PHÓ CHỦ TỊCH"); a lone "TRƯỞNG" is a fragment.
  if (!run.includes(' ') || !namesPosition(run) || upperRatio(run) < 0.9) return null;
  return { start: s, end: e };
}

/** The name line after `from` (skipping stamps, seals and blank lines), or null. */
function nameAfter(text: string, lines: Line[], from: number, to: number): Piece | null {
  let seen = 0;
  for (let i = from; i < to && seen < 14; i++) {
    const l = lines[i];
    if (isBlank(l)) continue;
    seen++;
    const value = cleanValue(l.text);
    if (value.length === 0) continue;
    // "Nguyễn Văn A (đã ký)": the signature note after the name.
    const note = value.lastIndexOf(' (');
    if (note > 0 && value.endsWith(')') && isPersonName(value.slice(0, note))) {
      const at = l.cs + l.text.indexOf(value.slice(0, note));
      return { start: at, end: at + note, line: i };
    }
    if (BULLET.test(l.text) || RECIPIENTS_ANCHOR.test(l.text)) {
      // A scan runs the name into a recipient line: "- Đài Phát thanh ... (đề nghị đăng tin); Đàm Quang Trung".
      const semi = l.text.lastIndexOf('; ');
      if (semi !== -1) {
        const tail = l.text.slice(semi + 2).trim();
        if (isPersonName(tail)) {
          const at = l.cs + l.text.indexOf(tail, semi);
          return { start: at, end: at + tail.length, line: i };
        }
      }
      continue;
    }
    if (isPersonName(value)) return { start: l.cs, end: l.ce, line: i };
    // A long line of running text: the block is over.
    if (value.length > 80) return null;
  }
  return null;
}

/**
 * Finds the signing block in lines [from, to). `recipientsLine` is the "Nơi nhận" line if any
 * (in merged scans the authority may stand on it).
 */
export function findSigner(text: string, lines: Line[], from: number, to: number, recipientsLine: number | null): SignerFound | null {
  void recipientsLine;
  const authorities: { value: string; piece: Piece }[] = [];
  const re = SIGNING_PREFIX.re;
  let i = from;
  // 1. The chain of authorities.
  for (; i < to; i++) {
    const l = lines[i];
    if (l.chrome) continue;
    if (isBlank(l)) {
      if (authorities.length > 0) continue;
      continue;
    }
    // A signing line is short; a paragraph is not read for one.
    if (l.text.length > MAX_SIGNER_LINE) {
      if (authorities.length > 0) break;
      continue;
    }
    re.lastIndex = 0;
    const m = maySign(l.text) ? re.exec(l.text) : null;
    if (m) {
      const at = l.cs + m.index;
      const prefix = m.groups!.prefix;
      if (prefix === 'Q' && !m.groups!.dot) {
        if (authorities.length > 0) break;
        continue;
      }
      const restStart = at + m[0].length;
      let end = capitalsRun(text, restStart, l.ce);
      if (end <= restStart) {
        if (authorities.length > 0) break;
        continue;
      }
      let lastLine = i;
      // "KT. BỘ TRƯỞNG," / "CHỦ NHIỆM": an authority wrapped after its comma.
      if (text.slice(restStart, end).trimEnd().endsWith(',') && i + 1 < to) {
        const n = lines[i + 1];
        if (n.text.length > 0 && upperRatio(n.text) > 0.9 && !SIGNING_PREFIX_AT_START.re.test(n.text)) {
          end = capitalsRun(text, n.cs, n.ce);
          lastLine = i + 1;
        }
      }
      // The authority as printed ("KT.CHỦ TỊCH" stays: the record keeps the printed form).
      authorities.push({ value: cleanValue(text.slice(at, end)), piece: { start: at, end, line: lastLine } });
      i = lastLine;
      continue;
    }
    if (authorities.length > 0) break;
  }
  let position: Piece | null = null;
  let name: Piece | null = null;
  if (authorities.length > 0) {
    // 2. The position: the next line in capitals naming a position (or a merged line's tail).
    const lastAuth = authorities[authorities.length - 1].piece.line;
    for (let j = lastAuth + 1; j < to && j <= lastAuth + 4; j++) {
      const l = lines[j];
      if (isBlank(l)) continue;
      const tail = positionTail(text, l);
      if (tail) {
        position = { start: tail.start, end: tail.end, line: j };
        break;
      }
      if (isPersonName(cleanValue(l.text))) break;
    }
    // 3. The name.
    name = nameAfter(text, lines, (position ? position.line : lastAuth) + 1, to);
  } else {
    // No authority: a head signing in their own name ("BỘ TRƯỞNG, CHỦ NHIỆM" / "Mai Tiến Dũng"),
    // possibly run together on one line in a flattened copy.
    for (let j = from; j < to; j++) {
      const l = lines[j];
      if (isBlank(l) || l.chrome || l.text.length > MAX_SIGNER_LINE) continue;
      const inline = positionThenName(text, l);
      if (inline) {
        position = { start: inline.position.start, end: inline.position.end, line: j };
        name = { start: inline.name.start, end: inline.name.end, line: j };
        break;
      }
      const tail = positionTail(text, l);
      if (tail && (tail.start === l.cs || !BULLET.test(l.text))) {
        const n = nameAfter(text, lines, j + 1, to);
        if (n) {
          position = { start: tail.start, end: tail.end, line: j };
          name = n;
          break;
        }
      }
    }
    if (!position) return null;
  }
  // Plain loops into arrays built by push: the pieces come as objects of several shapes (a
  // spread of a span, literals), and mapped/spread arrays of them deoptimised this.
  const pieces: Span[] = [];
  const values: string[] = [];
  const pieceLines = new Set<number>();
  let start = Infinity;
  let end = -Infinity;
  const addPiece = (p: Piece) => {
    pieces.push({ start: p.start, end: p.end });
    pieceLines.add(p.line);
    if (p.start < start) start = p.start;
    if (p.end > end) end = p.end;
  };
  for (let i = 0; i < authorities.length; i++) {
    addPiece(authorities[i].piece);
    values.push(authorities[i].value);
  }
  if (position) addPiece(position);
  if (name) addPiece(name);
  const span = { start, end };
  return {
    signer: {
      authorities: values,
      position: position ? cleanValue(text.slice(position.start, position.end)) : null,
      name: name ? cleanValue(text.slice(name.start, name.end)) : null,
      span,
    },
    span,
    pieces,
    lines: pieceLines,
    reported: false,
  };
}

/** An authority prefix at a line's start. */
export const SIGNING_PREFIX_AT_START = new LazyRegExp(`^${SIGNING_PREFIX.source}`, 'u');

/**
 * "... BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng" at a line's end: a position in capitals followed by
 * a name, as flattened copies print the signing block after the last recipient.
 */
function positionThenName(text: string, l: Line): { position: Span; name: Span } | null {
  // The line's last word must be a name word (the first test of the loop below): most lines end
  // otherwise ("... thực hiện.") and need not be split into words.
  let we = l.ce;
  while (we > l.cs && text[we - 1] === ' ') we--;
  let ws = we;
  while (ws > l.cs && text[ws - 1] !== ' ') ws--;
  if (ws === we || !isNameWord(text.slice(ws, we))) return null;
  const words: { s: number; e: number; w: string }[] = [];
  let i = l.cs;
  while (i < l.ce) {
    while (i < l.ce && text[i] === ' ') i++;
    let j = i;
    while (j < l.ce && text[j] !== ' ') j++;
    if (j > i) words.push({ s: i, e: j, w: text.slice(i, j) });
    i = j;
  }
  // Trailing name words: capitalised, not all capitals.
  let k = words.length;
  while (k > 0 && isNameWord(words[k - 1].w)) k--;
  const nameWords = words.length - k;
  if (nameWords < 2 || nameWords > 5) return null;
  let p = k;
  while (p > 0 && upperRatio(words[p - 1].w) === 1) p--;
  if (p === k) return null;
  const posText = text.slice(words[p].s, words[k - 1].e);
  if (!namesPosition(posText)) return null;
  // The name must be the line's end and the position must not be the line's whole content (a
  // clean block puts them on separate lines and is read above).
  const name = { start: words[k].s, end: words[words.length - 1].e };
  if (!isPersonName(text.slice(name.start, name.end))) return null;
  return { position: { start: words[p].s, end: words[k - 1].e }, name };
}

/** A word of a name run together with a position: capitalised, not all capitals, letters only. */
function isNameWord(w: string): boolean {
  return isUpper(w[0]) && upperRatio(w) < 1 && NAME_WORD.test(w);
}

/**
 * A news report of a document names who signed it: "thay mặt Bộ Chính trị, đồng chí Trần Cẩm
 * Tú ký ban hành Kết luận 157". The authority is kept in the printed words ("thay mặt Bộ Chính
 * trị"), the position is not given. Read backwards from each "ký": the name, an honorific, then
 * a "thay mặt ..." clause.
 */
export const CAPITALISED_WORD = /^\p{Lu}\p{Ll}{0,7}$/u;

/** What may follow "ký" in a report of signing ("ký ban hành", "ký Kết luận", "ký thay"). */
export const AFTER_SIGN = /^(?:ban hành|thay|\p{Lu})/u;

const HONORIFIC_WORDS = ['đồng chí', 'Đồng chí', 'ông', 'Ông', 'bà', 'Bà'];

/** The signer a report names in text[from, to), or null. */
export function reportedSigner(text: string, from: number, to: number): SignerFound | null {
  let k = text.indexOf(' ký ', from);
  while (k !== -1 && k < to) {
    if (AFTER_SIGN.test(text.slice(k + 4, k + 14))) {
      let e = k;
      if (text.slice(e - 3, e) === ' đã') e -= 3;
      // The name: capitalised words before the verb.
      let s = e;
      let words = 0;
      for (;;) {
        let b = s;
        while (b > from && text[b - 1] !== ' ' && text[b - 1] !== '\n') b--;
        if (b === s || !CAPITALISED_WORD.test(text.slice(b, s)) || words === 5) break;
        words++;
        s = b;
        if (b <= from || text[b - 1] !== ' ') break;
        s = b - 1;
      }
      if (text[s] === ' ') s++;
      if (words >= 2) {
        const nameSpan = { start: s, end: e };
        let p = s - 1;
        for (const h of HONORIFIC_WORDS) {
          if (text.slice(p - h.length, p) === h) {
            p -= h.length;
            break;
          }
        }
        const pieces: Span[] = [nameSpan];
        const authorities: string[] = [];
        // "thay mặt X, " before the honorific.
        if (text.slice(p - 2, p) === ', ') {
          const clauseEnd = p - 2;
          const window = text.slice(Math.max(from, clauseEnd - 70), clauseEnd);
          const t = Math.max(window.lastIndexOf('thay mặt '), window.lastIndexOf('Thay mặt '));
          if (t !== -1 && !window.slice(t).includes(',')) {
            const authStart = clauseEnd - window.length + t;
            authorities.push(cleanValue(text.slice(authStart, clauseEnd)));
            pieces.unshift({ start: authStart, end: clauseEnd });
          }
        }
        const span = { start: pieces[0].start, end: nameSpan.end };
        return {
          signer: { authorities, position: null, name: cleanValue(text.slice(nameSpan.start, nameSpan.end)), span },
          span,
          pieces,
          lines: new Set<number>(),
          reported: true,
        };
      }
    }
    k = text.indexOf(' ký ', k + 1);
  }
  return null;
}
