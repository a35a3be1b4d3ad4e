/**
 * The two-column blocks of Nghị định 30/2020/NĐ-CP (Phụ lục I), flattened onto single lines by
 * OCR or text export:
 *   header:  left column = issuer lines, "Số: ..."; right column = quốc hiệu, tiêu ngữ,
 *            place-date line ("Hà Nội, ngày ..."), e.g.
 *            "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
 *            "HUYỆN KRÔNG NÔ Độc lập - Tự do - Hạnh phúc"
 *            "Số: 2 /TB-UBND Krông Nô, ngày 14 tháng 6 năm 2019"
 *   closing: left = "Nơi nhận:" and its list; right = the signature block
 *            ("Nơi nhận: TL. CHỦ TỊCH", "- CT, các PCT UBND huyện: CHÁNH VĂN PHÒNG").
 * Each logical field is put on its own line by turning the gap between the columns into a line
 * break, in place (fields stay in reading order: left, right, left, right, ...; the offset map
 * stays monotone). The motto texts are fixed, so they are found by tolerant matching
 * (vocabulary/anchors.ts) wherever they start inside a header line.
 */
import type { NormalizeStep } from '../step.js';
import { ANCHOR_BY_ID, FIRST_LETTER_UPPER, MOTTO_IDS, KINH_GUI_ANYWHERE, MOTTO_ANYWHERE, NOI_NHAN_AT_START, SO_AT_START, execAnchor, tolerantSource } from '../../vocabulary/anchors.js';
import { POSITION_HEADS } from '../../vocabulary/positions.js';
import { applyEdits, type Edit } from './edits.js';
import { composeMaps, type OffsetMap } from '../offset-map.js';
import { PAGE_BREAK_LINE, PAGE_NUMBER_LINE } from './furniture.js';
import { HEADING_MARK, PIPES_ONLY, RULE_LINE } from './residue.js';
import { ANY_CHROME_LINE } from './chrome.js';
import { AUTHORITY_START, StickySet, headerZoneEnd, isBlankRange, lineTable, opensAnchor, startsWithCaps } from './lines.js';
import { isTrimSpace, memoCharPredicate } from '../text/char-table.js';

/** A wide gap between two columns: four spaces or more, or a tab. */
export const COLUMN_GAP = /[ \t]{4,}|\t/g;
/** "V/v" as a word after the number: the start of a Công văn's subject. */
export const VV_TOKEN = /(?<=[ \t])V\/[vV](?=[ \t])/u;
/** The place-date's ", ngày" (or OCR ". ngày") after the place name. */
export const NGAY_AFTER_PLACE = /[,.][ \t]{0,3}ngày/u;
/** Place names printed with a leading abbreviation in capitals ("TP. Hồ Chí Minh"). */
export const PLACE_PREFIX = /^(?:TP|Tp|TX|Tx|TT|Q|H)\.$/u;
export const HAS_LOWER = /\p{Ll}/u;
/**
 * A signer's position in capitals at the end of a recipient line (the right column). The
 * look-behind asks for exactly two blanks: the same positions as "two or more", without
 * rescanning a long run of tabs at every tab (quadratic, found by recheck).
 */
export const TRAILING_POSITION = new RegExp(
  `(?<=[:;,)][ \\t]{1,6}|[ \\t]{2})(?:PH[OÓ][ \\t])?(?:${POSITION_HEADS.map((h) => tolerantSource(h.toUpperCase())).join('|')})(?:[ \\t][\\p{Lu}\\p{M}.,]{1,20}){0,6}[ \\t]{0,3}$`,
  'iu',
);

/** A line ending with a word in capitals (cheap test before TRAILING_POSITION). */
export const TRAILING_CAPS = /\p{Lu}{2}[\p{Lu}\p{M}.,]{0,20}[ \t]{0,3}$/u;

const isUpper = memoCharPredicate((ch) => UPPER_ONE.test(ch));
const isCapsTail = memoCharPredicate((ch) => CAPS_TAIL_ONE.test(ch));
/** One character of TRAILING_CAPS's parts: a capital; a capital, a mark, "." or ",". */
export const UPPER_ONE = /^\p{Lu}$/u;
export const CAPS_TAIL_ONE = /^[\p{Lu}\p{M}.,]$/u;

/**
 * TRAILING_CAPS.test(s), read from the end: at most 3 spaces/tabs, then a run of capitals,
 * marks, "." and "," holding two capitals in a row within its last 22 characters. A surrogate
 * in that tail leaves the answer to the pattern.
 */
export function endsWithCaps(s: string): boolean {
  let e = s.length;
  while (e > 0 && (s.charCodeAt(e - 1) === 32 || s.charCodeAt(e - 1) === 9)) e--;
  if (s.length - e > 3) return false;
  // c_1 = s[e-1], c_2 = s[e-2], ...: a match starts at c_d (d = 2..22) with c_d, c_{d-1} capitals
  // and c_{d-2} .. c_1 in the tail class.
  for (let d = 1; d <= 22 && e - d >= 0; d++) {
    const c = s.charCodeAt(e - d);
    if (c >= 0xd800 && c <= 0xdfff) return TRAILING_CAPS.test(s);
    if (!isCapsTail(c)) return false;
    if (d >= 2 && isUpper(c) && isUpper(s.charCodeAt(e - d + 1))) return true;
  }
  return false;
}

/** Two letters in a row. */
export const WORDY = /\p{L}{2}/u;

/** Offsets of the white space right before `at` (at least one character, or none if glued). */
function gapBefore(text: string, lineStart: number, at: number): Edit | null {
  let s = at;
  while (s > lineStart && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
  if (s === lineStart) return null; // nothing before on the line
  return { start: s, end: at, text: '\n' };
}

/** MOTTO_ANYWHERE and KINH_GUI_ANYWHERE, sticky: tried only where a match can start. */
export const MOTTO_STICKY = new RegExp(MOTTO_ANYWHERE.source, 'iuy');
export const KINH_GUI_STICKY = new RegExp(KINH_GUI_ANYWHERE.source, 'iuy');
const opensMotto = memoCharPredicate((ch) => MOTTO_IDS.some((id) => ANCHOR_BY_ID.get(id)!.first.test(ch)));
const opensKinhGui = opensAnchor(ANCHOR_BY_ID.get('kinh-gui')!);
/** The motto and "Kính gửi" read over a header line at once. */
export const INSIDE_SET = new StickySet([
  { sticky: MOTTO_STICKY, opens: opensMotto },
  { sticky: KINH_GUI_STICKY, opens: opensKinhGui },
]);

/** "Nơi nhận" and "Số" can open a line with this code unit (cheap tests before their patterns). */
const opensNoiNhan = opensAnchor(ANCHOR_BY_ID.get('noi-nhan')!);
const opensSo = opensAnchor(ANCHOR_BY_ID.get('so')!);

function columnsOnce(text: string): ReturnType<NormalizeStep> {
  const lines = lineTable(text);
  const zoneEnd = headerZoneEnd(text);
  const edits: Edit[] = [];
  let recipientLines = 0;
  for (let k = 0; k < lines.count; k++) {
    const lineStart = lines.start(k);
    const lineEnd = lines.end(k);
    // Leading white space as trimStart() counts it.
    let first = lineStart;
    while (first < lineEnd && isTrimSpace(text.charCodeAt(first))) first++;
    // A blank line (spaces and tabs only) is skipped.
    if (first === lineEnd && isBlankRange(text, lineStart, lineEnd)) continue;
    const inZone = lineStart < zoneEnd;
    // Outside the header, a line matters only when it opens the recipients or follows them.
    const c0 = first < lineEnd ? text.charCodeAt(first) : -1;
    const maybeNoiNhan = c0 !== -1 && opensNoiNhan(c0);
    if (!inZone && recipientLines === 0 && !maybeNoiNhan) continue;
    const line = { start: lineStart, end: lineEnd };
    const s = text.slice(line.start, line.end);
    const lead = first - line.start;
    if (inZone) {
      // Wide gaps between the two columns.
      for (const m of s.includes('\t') || s.includes('    ') ? s.matchAll(COLUMN_GAP) : []) {
        if (m.index > lead && m.index + m[0].length < s.trimEnd().length) {
          edits.push({ start: line.start + m.index, end: line.start + m.index + m[0].length, text: '\n' });
        }
      }
      const [mottos, kinhGui] = INSIDE_SET.matches(s);
      // The motto starting inside a line.
      for (const m of mottos) {
        if (m.index > lead && FIRST_LETTER_UPPER.test(m[0])) {
          const g = gapBefore(text, line.start, line.start + m.index);
          if (g) edits.push(g);
        }
      }
      // "Kính gửi:" inside a line ("Hà Nội, ngày ... Kính gửi: ...").
      for (const m of kinhGui) {
        if (m.index > lead && FIRST_LETTER_UPPER.test(m[0])) {
          const g = gapBefore(text, line.start, line.start + m.index);
          if (g) edits.push(g);
        }
      }
      // The number line: "Số: 2 /TB-UBND Krông Nô, ngày ..." or "Số: 2739/VPCP-ĐMDN V/v ...".
      const so = c0 !== -1 && opensSo(c0) ? execAnchor(SO_AT_START, s.slice(lead)) : null;
      if (so) {
        const afterSo = lead + so[0].length;
        const rest = s.slice(afterSo);
        const vv = VV_TOKEN.exec(rest);
        const ngay = NGAY_AFTER_PLACE.exec(rest);
        if (vv && (!ngay || vv.index < ngay.index)) {
          const g = gapBefore(text, line.start, line.start + afterSo + vv.index);
          if (g) edits.push(g);
        } else if (ngay) {
          // Tokens of the number, then the place: the first token with a lower-case letter (or
          // a place abbreviation "TP.") after the serial starts the place-date field.
          const head = rest.slice(0, ngay.index);
          let index = 0;
          for (let p = 0; p < head.length; ) {
            while (p < head.length && (head[p] === ' ' || head[p] === '\t')) p++;
            let q = p;
            while (q < head.length && head[q] !== ' ' && head[q] !== '\t') q++;
            if (q === p) break;
            const word = head.slice(p, q);
            if (index > 0 && (HAS_LOWER.test(word) || PLACE_PREFIX.test(word))) {
              const g = gapBefore(text, line.start, line.start + afterSo + p);
              if (g) edits.push(g);
              break;
            }
            index++;
            p = q;
          }
        }
      }
    }
    // The closing block: "Nơi nhận: TL. CHỦ TỊCH" and recipient lines ending with the signer's position.
    const nn = maybeNoiNhan ? execAnchor(NOI_NHAN_AT_START, s.slice(lead)) : null;
    if (nn) {
      recipientLines = 15;
      const afterNn = lead + nn[0].length;
      const rest = s.slice(afterNn);
      const restTrim = rest.trimStart();
      const restAt = afterNn + (rest.length - restTrim.length);
      const dashed = restTrim.startsWith('- ') ? 2 : 0;
      const right = restTrim.slice(dashed);
      if (right && (AUTHORITY_START.test(right) || startsWithCaps(right))) {
        const g = gapBefore(text, line.start, line.start + restAt + dashed);
        if (g) edits.push(g);
      }
      continue;
    }
    if (recipientLines > 0) {
      recipientLines--;
      if (!endsWithCaps(s)) continue;
      const m = TRAILING_POSITION.exec(s);
      if (m && m.index > lead && !HAS_LOWER.test(m[0])) {
        const g = gapBefore(text, line.start, line.start + m.index);
        if (g) edits.push(g);
      }
    }
  }
  return applyEdits(text, edits.filter((e) => bothSidesWordy(text, e)));
}

/** A split needs words on both sides: a lone number or rule is not a column ("2 CỘNG HÒA ..."). */
function bothSidesWordy(text: string, e: Edit): boolean {
  const ls = text.lastIndexOf('\n', e.start - 1) + 1;
  let le = text.indexOf('\n', e.end);
  if (le === -1) le = text.length;
  const left = text.slice(ls, e.start).trim();
  const right = text.slice(e.end, le).trim();
  return WORDY.test(left) && WORDY.test(right) && !isNoise(left) && !isNoise(right);
}

/** Lines the earlier steps remove (page furniture, rules, pipes, site chrome): a split must not create one. */
function isNoise(s: string): boolean {
  return (
    PAGE_BREAK_LINE.test(s) ||
    PAGE_NUMBER_LINE.test(s) ||
    RULE_LINE.test(s) ||
    PIPES_ONLY.test(s) ||
    HEADING_MARK.test(s) ||
    (s.length <= 700 && ANY_CHROME_LINE.test(s))
  );
}

/**
 * Splits until nothing is left to split: a field freed by one split ("... 'Vơi nhận: TL. CHỦ
 * TỊCH" after a gap) gets its own split in the next round, so a second normalisation finds
 * nothing more to do.
 */
export const columns: NormalizeStep = (text) => {
  const maps: OffsetMap[] = [];
  let cur = text;
  for (let round = 0; round < 4; round++) {
    const out = columnsOnce(cur);
    if (!out) break;
    maps.unshift(out.map);
    cur = out.text;
  }
  return maps.length ? { text: cur, map: composeMaps(maps) } : null;
};
