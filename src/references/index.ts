/**
 * References stage (issue #6): every other document the text cites, with its type, its number
 * as printed, its date and its issuer:
 *   "Công văn số 8144/UBND-KGVX ngày 26/8/2021 của UBND tỉnh"
 *   -> { type: "Công văn", number: "8144/UBND-KGVX", date: ngày 26/8/2021, issuer: "UBND tỉnh" }
 * A short form without a symbol ("Công văn số 4577 ngày 29/11/2021") keeps the bare number. The
 * document's own number is not a reference. When two citations share one "của ..." ("Chỉ thị số
 * 31-CT/TU ..., Kế hoạch số 134-KH/TU ... của Ban Thường vụ Tỉnh ủy") both get the issuer.
 *
 * One scan of the folded text (agencies/text/fold.ts) with one regex built from lexicon.ts.
 */
import type { Stage } from '../context.js';
import type { Reference, Span } from '../record/schema.js';
import { agencyScanOf } from '../agencies/index.js';
import { printedForm } from '../agencies/recognise.js';
import { damagedWordFlags } from '../agencies/text/compare.js';
import { fold, foldKey } from '../agencies/text/fold.js';
import { trieSource } from '../agencies/text/trie-regex.js';
import { dateStartsAt, findDates, nextInDigitRuns, textToBreak, type DateMatch } from '../dates/partial-date.js';
import { firstFrom } from '../vocabulary/lower-bound.js';
import { DOCUMENT_TYPES, type DocumentType } from './lexicon.js';

const TYPE_BY_FOLDED = new Map<string, DocumentType>();
for (const t of DOCUMENT_TYPES) for (const f of [t.name, ...(t.forms ?? [])]) TYPE_BY_FOLDED.set(foldKey(f), t);
/** Folded names of types that carry a title before "số" (Luật Đất đai số ...). */
const NAMED_TYPES = [...TYPE_BY_FOLDED].filter(([, t]) => t.named).map(([k]) => k);

/** Types cited by a bare serial without "số" ("Kế hoạch 437"); "chương trình 132" is a programme's name. */
const BARE_SERIAL_TYPES: ReadonlySet<string> = new Set(['Kế hoạch', 'Công văn', 'Quyết định', 'Thông báo', 'Kết luận', 'Chỉ thị', 'Báo cáo', 'Tờ trình', 'Công điện']);

/**
 * A citation, on folded text: type, optional name words (Luật ...), optional "số", the number.
 * Groups: type, so ("số" printed), num.
 */
export const CITATION = new RegExp(
  `(?<![a-z0-9])(?:(?<ntype>${trieSource(NAMED_TYPES)})(?<named>(?: {1,4}[a-z0-9][a-z0-9'-]{0,15}){1,8}?(?= {1,4}so(?![a-z0-9])))|(?<type>${trieSource(TYPE_BY_FOLDED.keys())}))` +
    `(?: {0,4}(?<so>so(?: {0,2}:)?)(?![a-z0-9]))? {0,4}` +
    `(?<num>\\d{1,6}(?: ?[/-] ?[a-z0-9&]{1,20}){0,6})(?![a-z0-9/&])`,
  'g',
);

/** What joins a number to its date: ", " or spaces, optionally "ban hành". */
export const BEFORE_DATE = /^ {0,4},? {0,4}(?:(?:duoc {1,4})?ban hanh {1,4})?/;

/** "của" (OCR "cảu") before the issuer. */
export const BEFORE_ISSUER = /^ {0,4},? {0,4}(?:cua|cau) {1,4}/;

/** Position words that may stand before the issuing body ("của Thủ tướng Chính phủ", "của Giám đốc Sở Nội vụ"). */
export const ISSUER_POSITION = /^(?:(?:pho {1,4})?(?:thu tuong|chu tich|bo truong|giam doc|chanh van phong|truong ban|thu truong|thuong truc|ban thuong vu|tong cuc truong|cuc truong)(?: {1,4}|$)){1,2}/;

/** A bare position issuer without a body ("của Thủ tướng"). */
export const POSITION_ONLY = /^(?:thu tuong chinh phu|thu tuong|chu tich nuoc|bo chinh tri|ban bi thu)(?![a-z0-9])/;

/** "... của UBND tỉnh tại Công văn số ...": " tại " just before the citation... */
export const TAI_BEFORE = / {1,4}tai {1,4}$/;
/** ... and "của" just before the body that ends there. */
export const CUA_BEFORE = /(?:^|[^a-z0-9])(?:cua|cau) {1,4}$/;

/** Citations that share an issuer: separated only by ", ", "; " or " và ". */
export const SHARED_GAP = /^ {0,4}(?:[,;]|va|, va) {0,4}$/;

/** An upper-case first letter. */
export const UPPER_FIRST = /^\p{Lu}/u;

/** White space (removed from numbers, collapsed in type words). */
export const ANY_SPACE = /\s+/g;

/** A level word after the issuing body ("của Sở Nông nghiệp và PTNT tỉnh"). */
export const LEVEL_AFTER_ISSUER = /^ {1,4}(?:tinh|huyen|thanh pho)(?![a-z0-9])/;

/** A number with a symbol ("68/NQ-CP", "224-KL/HU"), as opposed to a bare serial ("4577"). */
export const HAS_SYMBOL = /[/-]/;

/**
 * The characters a CITATION match is made of, as a table of ASCII codes: letters, digits, the
 * type words' characters and what the number and "số:" allow (matches are found with
 * nextInDigitRuns: a citation holds a digit).
 */
const CITATION_CODES: Uint8Array = (() => {
  const t = new Uint8Array(128);
  const chars = [..."abcdefghijklmnopqrstuvwxyz0123456789 '&/:-", ...[...TYPE_BY_FOLDED.keys()].join('')];
  for (const ch of chars) {
    const c = ch.charCodeAt(0);
    if (c >= 128) throw new Error(`references: non-ASCII character in a type word: ${ch}`);
    t[c] = 1;
  }
  return t;
})();

/** What `re.exec(folded)` gives for the global CITATION, run only over the text around digits. */
export function nextCitation(re: RegExp, folded: string): RegExpExecArray | null {
  return nextInDigitRuns(re, folded, CITATION_CODES);
}

type Mention = { start: number; end: number };

/**
 * The first mention (in order) that ends at a given offset, from a map built on the first call:
 * searching the mentions per citation took time in their number times the citations'.
 */
function byEnd(mentions: readonly Mention[]): (end: number) => Mention | undefined {
  let map: Map<number, Mention> | null = null;
  return (end) => {
    if (map === null) {
      map = new Map();
      for (const x of mentions) if (!map.has(x.end)) map.set(x.end, x);
    }
    return map.get(end);
  };
}

/** True when a mention (sorted by start) starts at `pos`. */
function startsMention(mentions: readonly { start: number }[], pos: number): boolean {
  return mentions[firstFrom(mentions, pos)]?.start === pos;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export const references: Stage = (ctx) => {
  const text = ctx.text;
  const scan = agencyScanOf(ctx);
  const folded = scan?.folded ?? fold(text);
  const mentions = scan?.mentions ?? [];
  const own = ctx.findings.document.number;
  const ownRaw = own ? own.raw.replace(ANY_SPACE, '') : null;
  const chrome = ctx.zones.chrome ?? [];
  const endingAt = byEnd(mentions);
  const out: Reference[] = [];
  const re = CITATION; // the exported regex itself (no per-document compile); lastIndex reset
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextCitation(re, folded)) !== null) {
    const g = m.groups!;
    const start = m.index;
    const numEnd = start + m[0].length;
    const numStart = numEnd - g.num.length;
    const number = printedForm(text.slice(numStart, numEnd)).replace(ANY_SPACE, '');
    const typeWord = g.ntype ?? g.type;
    const type = TYPE_BY_FOLDED.get(squashFolded(typeWord));
    const typeText = text.slice(start, start + typeWord.length);
    const reject = () => {
      re.lastIndex = start + 1;
    };
    if (!type) {
      reject();
      continue;
    }
    // The type word spelt right ("Hiến pháp", not "hiện pháp"); one OCR-damaged word only right before "số".
    const spelling = [type.name, ...(type.forms ?? [])].find((f) => foldKey(f) === squashFolded(typeWord)) ?? type.name;
    const flags = damagedWordFlags(printedForm(typeText), spelling);
    const damage = flags ? flags.filter(Boolean).length : Number.POSITIVE_INFINITY;
    if (damage > 0 && (g.named !== undefined || g.so === undefined || damage > 1 || spelling.split(' ').length < 2)) {
      reject();
      continue;
    }
    // A type in lower case ("theo hướng dẫn ...") is a citation only with "số" after it;
    // "điện" alone must be printed "Điện".
    if ((!UPPER_FIRST.test(typeText) && g.so === undefined) || (type.name === 'Công điện' && foldKey(typeText) === 'dien' && typeText[0] !== 'Đ')) {
      reject();
      continue;
    }
    const symbol = HAS_SYMBOL.test(number);
    if (!symbol && g.so === undefined) {
      // "Kế hoạch 437:" without "số": a bare serial, but not a year ("Kế hoạch 2021").
      const n = Number.parseInt(number, 10);
      if (!BARE_SERIAL_TYPES.has(type.name) || number.length < 3 || (n >= 1900 && n <= 2100)) {
        reject();
        continue;
      }
    }
    const span: Span = { start, end: numEnd };
    if (own && (overlaps(span, own.span) || number === ownRaw || (!symbol && number === own.serial))) continue;
    if (chrome.some((c) => overlaps(span, c))) continue;

    let end = numEnd;
    // The date: right after the number.
    let date: Reference['date'] = null;
    const bd = BEFORE_DATE.exec(folded.slice(end, end + 24));
    const dateFrom = end + (bd ? bd[0].length : 0);
    // findDates scans on to the next date anywhere: it is called only when a date starts right
    // here, and on the text up to the first punctuation after its bound (textToBreak).
    let dates: DateMatch[] = [];
    if (dateStartsAt(text, dateFrom)) {
      const dateTo = Math.min(text.length, dateFrom + 40);
      dates = findDates(textToBreak(text, dateTo), dateFrom, dateTo);
    }
    if (dates.length > 0 && dates[0].date.span.start === dateFrom) {
      date = dates[0].date;
      end = date.span.end;
    }
    // The issuer: "của" + (position) + the body.
    let issuer: string | null = null;
    const bi = BEFORE_ISSUER.exec(folded.slice(end, end + 12));
    if (bi) {
      const from = end + bi[0].length;
      const pos = ISSUER_POSITION.exec(folded.slice(from, from + 60));
      const bodyFrom = from + (pos ? pos[0].length : 0);
      const first = mentions[firstFrom(mentions, from)];
      const body = first && first.start <= bodyFrom + 1 ? first : undefined;
      if (body) {
        let issuerEnd = body.end;
        // "Sở Nông nghiệp và PTNT tỉnh": a level word printed after a Sở belongs to the issuer.
        const lv = LEVEL_AFTER_ISSUER.exec(folded.slice(issuerEnd, issuerEnd + 16));
        if (lv && !startsMention(mentions, issuerEnd + lv[0].length - lv[0].trimStart().length)) issuerEnd += lv[0].length;
        issuer = printedForm(text.slice(from, issuerEnd));
        end = issuerEnd;
      } else {
        const po = POSITION_ONLY.exec(folded.slice(from, from + 30));
        if (po) {
          issuer = printedForm(text.slice(from, from + po[0].length));
          end = from + po[0].length;
        }
      }
    }
    if (issuer === null) issuer = issuerBefore(text, folded, endingAt, start);
    out.push({ type: type.name, number, date, issuer, span: { start, end } });
    re.lastIndex = Math.max(re.lastIndex, end);
  }
  // Shared issuer: "A ..., B ... của X" -> A's issuer is X too.
  for (let i = out.length - 2; i >= 0; i--) {
    if (out[i].issuer !== null || out[i + 1].issuer === null) continue;
    if (SHARED_GAP.test(folded.slice(out[i].span.end, out[i + 1].span.start))) out[i].issuer = out[i + 1].issuer;
  }
  ctx.findings.references = out;
};

function squashFolded(s: string): string {
  return s.replace(ANY_SPACE, ' ').trim();
}

/**
 * The issuer printed before a citation: "theo chỉ đạo của UBND tỉnh tại Công văn số 8144/...",
 * "theo hướng dẫn của Sở Y tế tại Công văn số 3326/...". Only a known agency mention that ends
 * right before " tại " and is preceded by "của" counts.
 */
function issuerBefore(text: string, folded: string, endingAt: (end: number) => Mention | undefined, start: number): string | null {
  const t = TAI_BEFORE.exec(folded.slice(Math.max(0, start - 12), start));
  if (!t) return null;
  const bodyEnd = start - t[0].length;
  const body = endingAt(bodyEnd);
  if (!body || !CUA_BEFORE.test(folded.slice(Math.max(0, body.start - 8), body.start))) return null;
  return printedForm(text.slice(body.start, body.end));
}
