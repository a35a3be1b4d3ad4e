/**
 * The document's number (số, ký hiệu).
 *
 * State bodies, Nghị định 30/2020/NĐ-CP, Phụ lục I: "Số: 125/TB-VPUBND": the serial, a slash,
 * then the symbol: the type code (Phụ lục III) and the issuer's code joined by a hyphen
 * ("TB-VPUBND"); a Công văn has no type code, its symbol is the issuer's code and the drafting
 * unit's ("4240/UBND-VX"); a legal instrument carries its year ("68/2024/QĐ-UBND").
 * Party bodies, Hướng dẫn 36-HD/VPTW: "Số 469-CV/TU": no colon, a hyphen after the serial, then
 * type code / issuer code.
 *
 * Drafts leave the serial blank ("Số: /TB-UBND"); scans damage it ("Số: # /CĐĐ-UBND",
 * "Só...\"F9. ./TB/ STNMT-VPĐKĐĐ"): a serial that is not digits becomes null with a warning.
 */
import { TYPE_BY_CODE } from '../vocabulary/document-types.js';
import { fold } from './text.js';

export interface ParsedNumber {
  raw: string;
  serial: string | null;
  symbol: string | null;
  typeCode: string | null;
  issuerCode: string | null;
  /** Offsets of the printed number (raw) relative to the scanned string. */
  start: number;
  end: number;
  /** Why the serial is null: "blank" on a draft, "garbled" when it cannot be read. */
  serialProblem: 'blank' | 'garbled' | null;
  /** Party form ("469-CV/TU"): hyphen after the serial. */
  party: boolean;
}

/** One code of a symbol: "TB", "VPUBND", "TTg", "2024", "CĐĐ". */
const CODE = '[\\p{Lu}\\d][\\p{L}\\d&]{0,15}';
/** Separator between codes, with the stray spaces scans leave ("TB/ STNMT"). */
const SEP = '[ ]?[/-][ ]?';

/**
 * A number at the current position (sticky): a short serial (possibly blank or garbled), the
 * separator, then the symbol. The serial is lazy and bounded, the symbol's codes cannot contain
 * separators or spaces, so matching is linear.
 */
export const NUMBER_BODY = new RegExp(
  `(?<serial>[^\\n]{0,16}?)[ ]{0,3}(?<sep>[/-])[ ]{0,2}(?<symbol>${CODE}(?:${SEP}${CODE}){0,6})`,
  'uy',
);

const NUMBER_BODY_RE = new RegExp(NUMBER_BODY.source, NUMBER_BODY.flags);

/** A serial as printed on a clean page: digits, leading zeros kept ("010"). */
export const CLEAN_SERIAL = /^\d{1,7}$/;

/** Spaces inside a symbol (scan damage), removed from the symbol value. */
export const SYMBOL_SPACES = /[ ]+/g;

/** Separators inside a symbol. */
export const SYMBOL_SPLIT = /[/-]/;

/** A leading year inside a symbol ("2024/QĐ-UBND"). */
export const YEAR_CODE = /^(?:19|20)\d{2}$/;

/** Whitespace runs in the printed number. */
const WS = /\s+/g;

/**
 * True when a printed code is a type code damaged by the scanner into a near form of the
 * document's own type ("CĐĐ" for "CĐ" in a Công điện).
 */
function nearTypeCode(code: string, headingCode: string | null): boolean {
  if (!headingCode) return false;
  const a = fold(code);
  const b = fold(headingCode);
  if (a === b) return true;
  // One extra or missing letter.
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) {
    if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  }
  return false;
}

/**
 * Splits a symbol into its type code and issuer code.
 * State form: "TB-VPUBND" -> TB / VPUBND; "UBND-VX" -> null / UBND; "2024/QĐ-UBND" -> QĐ / UBND.
 * Party form: "CV/TU" -> CV / TU.
 */
export function splitSymbol(symbol: string, party: boolean, headingCode: string | null = null): { typeCode: string | null; issuerCode: string | null } {
  const parts = symbol.split(SYMBOL_SPLIT).filter((p) => p.length > 0);
  while (parts.length > 0 && YEAR_CODE.test(parts[0])) parts.shift();
  if (parts.length === 0) return { typeCode: null, issuerCode: null };
  if (party) {
    return { typeCode: parts[0] ?? null, issuerCode: parts[1] ?? null };
  }
  const first = parts[0];
  if (TYPE_BY_CODE.has(first) && parts.length > 1) return { typeCode: first, issuerCode: parts[1] };
  if (parts.length > 1 && nearTypeCode(first, headingCode) && !TYPE_BY_CODE.has(parts[1])) {
    return { typeCode: first, issuerCode: parts[1] };
  }
  return { typeCode: null, issuerCode: first };
}

/**
 * Parses a number printed at `from` in `text` (after "Số:"). Returns null when no symbol can be
 * read there.
 */
export function parseNumberAt(text: string, from: number, headingCode: string | null = null): ParsedNumber | null {
  const re = NUMBER_BODY_RE;
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m || m.index !== from) return null;
  const g = m.groups!;
  const serialPrinted = g.serial.trim();
  // The serial's printed start: skip leading spaces.
  let start = from;
  while (start < from + g.serial.length && text[start] === ' ') start++;
  const end = from + m[0].length;
  const party = g.sep === '-';
  let serial: string | null = null;
  let serialProblem: ParsedNumber['serialProblem'] = null;
  if (serialPrinted.length === 0) serialProblem = 'blank';
  else if (CLEAN_SERIAL.test(serialPrinted)) serial = serialPrinted;
  else serialProblem = 'garbled';
  // A Party number needs a serial in front of its hyphen; "-CV/TU" alone is not a number.
  if (party && serial === null) return null;
  // The symbol as printed (a scan's stray space kept: "TB/ STNMT-VPĐKĐĐ"); its parts without spaces.
  const symbol = g.symbol.replace(WS, ' ');
  const { typeCode, issuerCode } = splitSymbol(symbol.replace(SYMBOL_SPACES, ''), party, headingCode);
  return {
    raw: text.slice(start, end).replace(WS, ' '),
    serial,
    symbol,
    typeCode,
    issuerCode,
    start,
    end,
    serialProblem,
    party,
  };
}

/** Parses a number given on its own ("469-CV/TU", "393/TB-UBND"). */
export function parseNumber(printed: string, headingCode: string | null = null): ParsedNumber | null {
  return parseNumberAt(printed, 0, headingCode);
}
