/**
 * Where the directive part starts and ends.
 *
 * Start: after the introductory formula, the last paragraph before the first list item that ends
 * with ":" and announces what follows ("... kết luận, chỉ đạo như sau:", "Chủ tịch UBND tỉnh
 * yêu cầu:", "QUYẾT ĐỊNH:"). A document whose numbered sections come before any such formula
 * ("I. ĐÁNH GIÁ CHUNG", a Kế hoạch's "I. MỤC ĐÍCH, YÊU CẦU") starts at its first section. A news
 * report may announce inline ("... chỉ đạo: Phấn đấu ...") or not at all (the first paragraph in
 * which a leader "yêu cầu"/"đề nghị"/"chỉ đạo").
 *
 * End: before the closing formula, "Nơi nhận", the signer block, an annex, web chrome or a
 * reporter's byline; after a paragraph that ends with the end-of-text mark "./.".
 */
import type { Zones } from '../context.js';
import { NARRATIVE_OPENING_RE, NEWS_REMARKS_RE } from './lexicon/chrome.js';
import {
  CLOSING_OPENING_RE,
  CLOSING_PHRASE_RE,
  DEMAND_CLOSING_MAX,
  DEMAND_WORD_RE,
  END_MARK_CLOSING_RE,
  endsWithEndMark,
  EXECUTE_END_RE,
  NOTIFY_RE,
  NOTIFY_TAIL_RE,
  PROBLEMS_CLOSING_RE,
} from './lexicon/closing.js';
import { ADDRESSEE_RE, INLINE_INTRO_BODY, INTRO_TAIL_RE, INTRO_WORD_RE } from './lexicon/intro.js';
import { NOT_AFTER_LETTER, nextGuarded } from '../header/text.js';
import { NOT_AFTER_LETTER_OR_DIGIT } from '../vocabulary/document-types.js';
import { WHITESPACE_RUN_RE, cleanInline, isAllCaps, skipTrailingMarkup, trimMarkupEnd } from './markup.js';
import { paraText, type Para } from './paragraphs.js';

export interface Bounds {
  /** Index of the first paragraph of the directive part. */
  first: number;
  /** Offset where the part starts (inside `first` after an inline formula). */
  startOffset: number;
  /** Index after the last paragraph of the part. */
  last: number;
  /** Offset where the part ends. */
  endOffset: number;
  /** How the start was found. */
  how: 'intro' | 'section' | 'inline' | 'leader';
  /** Paragraphs inside the part that are not directive text (a lead-in "Theo ... như sau:", a question heading). */
  skip: Set<number>;
}

/** A leader who directs, in a news report without an introductory formula. */
export const LEADER_DIRECTS_RE =
  /(?<![\p{L}])(?:đồng chí|Chủ tịch|Phó Chủ tịch|Bí thư|Phó Bí thư|Thủ tướng|Phó Thủ tướng|Bộ trưởng|Giám đốc|Trưởng ban)(?![\p{L}])[^.;:!?]{0,80}?(?<![\p{L}])(?:yêu cầu|đề nghị|chỉ đạo|giao)(?![\p{L}])/iu;
/** LEADER_DIRECTS_RE without its leading look-behind, global (searched with nextGuarded and NOT_AFTER_LETTER). */
export const LEADER_DIRECTS_BODY = new RegExp(LEADER_DIRECTS_RE.source.slice('(?<![\\p{L}])'.length), 'giu');

/** A byline or initials after a news report: "B.T", "BĐT", "MINH CHIẾN", "(BLC)". */
export const BYLINE_RE = /^[(\[]?[\p{Lu}][\p{Lu}. ]{0,24}[)\]]?$/u;

export const SENTENCE_END_RE = /[.;!?…](?=\s)/gu;
/** The formula of a Quyết định / Nghị quyết before its articles. */
export const ENACTING_FORMULA_RE = /^(?:QUYẾT ĐỊNH|QUYẾT NGHỊ|CHỈ THỊ|KẾT LUẬN|NGHỊ QUYẾT)[ \t]{0,3}:$/u;
/** A lead-in that quotes another text ("Căn cứ ...", "Theo Kết luận 150 ..."), but not "Theo đó". */
export const QUOTING_LEAD_IN_RE = /^(?:Căn cứ|Theo)(?![\p{L}])(?![ \t]{1,3}đó(?![\p{L}]))/u;
/** A heading ends without closing punctuation. */
export const CLOSING_PUNCT_END_RE = /[.;:!?…,]$/u;
export const DIGIT_RE = /\p{N}/u;
export const SPACE_RE = /\s/u;

/** The last sentence of a string (after the last ". ", "; ", "! ", "? "). */
export function lastSentence(s: string): string {
  // An exec loop on a private clone: matchAll builds a new RegExp and an iterator per call.
  const re = SENTENCE_END_SCANNER;
  re.lastIndex = 0;
  let cut = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) cut = m.index + 1;
  return s.slice(cut);
}

const SENTENCE_END_SCANNER = new RegExp(SENTENCE_END_RE.source, SENTENCE_END_RE.flags);

/** The paragraph's last character (before trailing markup) is ":": only such a paragraph can be a formula. */
function endsWithColon(text: string, p: Para): boolean {
  return text[skipTrailingMarkup(text, p.start, p.end) - 1] === ':';
}

/** True when the paragraph is an introductory formula: it ends with ":" and announces directives. */
export function isIntro(t: string): boolean {
  const s = trimMarkupEnd(t);
  if (!s.endsWith(':')) return false;
  if (ADDRESSEE_RE.test(s)) return false;
  const last = lastSentence(s);
  if (isAllCaps(last) && ENACTING_FORMULA_RE.test(last.trim())) return true;
  return INTRO_TAIL_RE.test(last) || INTRO_WORD_RE.re.test(last);
}

/** True when a paragraph (not a numbered item) is a closing formula. `tail`: it comes after the last numbered item. */
export function isClosing(t: string, tail: boolean): boolean {
  if (CLOSING_OPENING_RE.test(t)) return true;
  if (!tail) return false;
  if (CLOSING_PHRASE_RE.test(t) || PROBLEMS_CLOSING_RE.test(t)) return true;
  if (t.length <= DEMAND_CLOSING_MAX && DEMAND_WORD_RE.test(t) && EXECUTE_END_RE.test(t)) return true;
  const n = NOTIFY_RE.exec(t);
  if (n && NOTIFY_TAIL_RE.test(t.slice(n.index + n[0].length))) return true;
  if (endsWithEndMark(t) && END_MARK_CLOSING_RE.test(t.slice(-150))) return true;
  return false;
}

/** Where a sentence may start inside a paragraph: after ". ", "! ", "? " or ") " before a capital. */
export const SENTENCE_START_RE = /(?:[.!?…]["')\]]{0,2}|\))[ \t\n]{1,4}(?=[\p{Lu}"'(])/gu;

/**
 * A closing formula that a paragraph runs into after its own text (when the line break before
 * it was lost): "... giải trình. Trên đây là kết luận ...", "(...) Cục Thuế thông báo để các đơn
 * vị được biết./.". Only formulas that cannot be an item's own words are cut off: one that opens
 * with "Trên đây", "Nhận Công điện này", "Thừa lệnh", or a last sentence that notifies ("... thông
 * báo để ... biết") and ends the text ("./."). Returns the offset where the closing starts, or -1.
 */
/** A private global clone of SENTENCE_START_RE, made once (its lastIndex is reset before each use). */
const SENTENCE_START_SCANNER = new RegExp(SENTENCE_START_RE.source, SENTENCE_START_RE.flags);

/** First letters of the closing openings ("Trên đây", "Nhận Công điện này", "Thừa lệnh"). */
const CLOSING_OPENING_INITIALS = 'TtNn(';

/** How much of a sentence is read to recognise a closing opening ("Nhận được Công điện này"). */
const OPENING_WINDOW = 80;

export function closingInside(text: string, p: Para): number {
  const from = p.marker ? p.marker.restStart : p.start;
  const body = text.slice(from, p.end);
  const re = SENTENCE_START_SCANNER;
  re.lastIndex = 0;
  const starts: number[] = [];
  for (let m = re.exec(body); m !== null; m = re.exec(body)) starts.push(m.index + m[0].length);
  const sentence = (at: number, max = body.length) => cleanInline(body.slice(at, at + max).replace(WHITESPACE_RUN_RE, ' '));
  for (const at of starts) {
    if (CLOSING_OPENING_INITIALS.includes(body[at]) && CLOSING_OPENING_RE.test(sentence(at, OPENING_WINDOW))) return from + at;
  }
  const lastAt = starts[starts.length - 1];
  // The notifying formula must end with the end-of-text mark, which holds a "/" (endsWithEndMark).
  if (lastAt === undefined || body.indexOf('/', lastAt) === -1) return -1;
  const last = sentence(lastAt);
  const n = NOTIFY_RE.exec(last);
  if (n && NOTIFY_TAIL_RE.test(last.slice(n.index + n[0].length)) && endsWithEndMark(last)) return from + lastAt;
  return -1;
}

/** True when the paragraph is a byline or reporter's initials. */
export function isByline(para: Para, t: string): boolean {
  if (para.marker || para.lines.length !== 1 || t.length > 30) return false;
  if (t.split(' ').length > 4) return false;
  return BYLINE_RE.test(t);
}

/** True when the text cites the subject document's serial (or when no subject is known). */
function mentions(t: string, subject: string | null): boolean {
  if (!subject) return true;
  for (let i = t.indexOf(subject); i !== -1; i = t.indexOf(subject, i + 1)) {
    const before = i > 0 ? t[i - 1] : ' ';
    const after = t[i + subject.length] ?? '';
    if (!DIGIT_RE.test(before) && (after === '/' || after === '-')) return true;
  }
  return false;
}

/** A question heading of a news Q&A article ("Yêu cầu đối với Sở ... ra sao?"). */
function isQuestion(t: string): boolean {
  return t.endsWith('?') && t.length <= 200;
}

/** A section heading: one short line, no closing punctuation, not a list item. */
function isSectionHeading(p: Para, t: string): boolean {
  return !p.marker && p.lines.length <= 2 && t.length <= 160 && !CLOSING_PUNCT_END_RE.test(t);
}

function isOrdinal(p: Para): boolean {
  return p.marker !== null && p.marker.family !== 'bullet';
}

/** The serial of the document the text is about ("393" of "393/TB-UBND"), to tell its quoted parts from other documents'. */
export const DOC_NUMBER_RE = /(?<![\p{L}\p{N}/])(?<serial>\d{1,5})[\/-](?:[\p{Lu}Đ]{1,10}[\/-])?[\p{Lu}Đ]{1,12}(?![\p{L}])/u;

/**
 * Finds the directive part in the paragraphs; null when the document has none. `subject` is the
 * serial of the document's own number, to tell its quoted parts from other documents' in news.
 */
export function findBounds(text: string, paras: readonly Para[], zones: Zones = {}, subject: string | null = null): Bounds | null {
  const headerEnd = zones.headerEnd ?? 0;
  let bodyFrom = paras.findIndex((p) => p.start >= headerEnd);
  if (bodyFrom === -1) return null;
  let limit = paras.findIndex((p, i) => i >= bodyFrom && p.terminator === 'recipients');
  if (limit === -1) limit = paras.length;
  if (zones.recipients) {
    const r = paras.findIndex((p) => p.start >= zones.recipients!.start);
    if (r !== -1 && r < limit) limit = r;
  }
  const texts = new Map<number, string>();
  const tx = (i: number) => {
    let t = texts.get(i);
    if (t === undefined) texts.set(i, (t = paraText(text, paras[i])));
    return t;
  };

  // Start. An address list ("Kính gửi:", "... điện:" and its bullets) is not part of it.
  const addressees = new Set<number>();
  for (let i = bodyFrom; i < limit; i++) {
    if (paras[i].marker || !endsWithColon(text, paras[i]) || !ADDRESSEE_RE.test(trimMarkupEnd(tx(i)))) continue;
    for (let j = i + 1; j < limit && paras[j].marker?.family === 'bullet'; j++) addressees.add(j);
  }
  const intros: number[] = [];
  let firstNumbered = -1;
  for (let i = bodyFrom; i < limit; i++) {
    const p = paras[i];
    if (addressees.has(i)) continue;
    if (p.marker) {
      if (firstNumbered === -1 && isOrdinal(p)) firstNumbered = i;
      continue;
    }
    if (p.terminator === null && endsWithColon(text, p) && isIntro(tx(i))) intros.push(i);
  }
  let first = -1;
  let startOffset = 0;
  let how: Bounds['how'] = 'intro';
  if (firstNumbered !== -1 && (intros.length === 0 || firstNumbered < intros[0])) {
    first = firstNumbered;
    how = 'section';
  } else if (intros.length > 0) {
    // Formulas that follow one another directly ("... kết luận như sau:" then "UBND tỉnh ghi nhận ...
    // đề nghị ... thực hiện một số nhiệm vụ sau:") announce the same part: it starts after the last.
    let c = intros[0];
    const isIntroAt = new Set(intros);
    while (isIntroAt.has(c + 1) && !paras[c + 1].marker) c++;
    first = c + 1;
  } else {
    for (let i = bodyFrom; i < limit && first === -1; i++) {
      const p = paras[i];
      if (p.terminator) continue;
      // INLINE_INTRO_RE.exec(paragraph), found faster.
      const inline = nextGuarded(INLINE_INTRO_BODY, NOT_AFTER_LETTER_OR_DIGIT, text.slice(p.start, p.end), 0);
      if (inline) {
        first = i;
        startOffset = p.start + inline.index + inline[0].length;
        how = 'inline';
      }
    }
    for (let i = bodyFrom + 1; i < limit && first === -1; i++) {
      if (!paras[i].terminator && (NEWS_REMARKS_RE.test(tx(i)) || nextGuarded(LEADER_DIRECTS_BODY, NOT_AFTER_LETTER, tx(i), 0) !== null)) {
        first = i;
        how = 'leader';
      }
    }
  }
  if (first === -1 || first >= paras.length) return null;
  if (how !== 'inline') startOffset = paras[first].start;

  // End.
  let hard = paras.length;
  for (let i = first; i < paras.length; i++) {
    const p = paras[i];
    const inZone = (z: { start: number } | undefined) => z !== undefined && p.start >= z.start;
    if (p.terminator || inZone(zones.recipients) || inZone(zones.signer) || (zones.chrome ?? []).some((c) => p.start >= c.start && p.start < c.end)) {
      hard = i;
      break;
    }
  }
  let lastOrdinal = -1;
  for (let i = first; i < hard; i++) if (isOrdinal(paras[i])) lastOrdinal = i;
  let last = hard;
  let cutAt = -1;
  const skip = new Set<number>();
  const numbered = lastOrdinal !== -1 || paras.slice(first, hard).some((p) => p.marker);
  let seenOrdinal = false;
  for (let i = first; i < hard; i++) {
    const p = paras[i];
    const t = tx(i);
    const tail = i > lastOrdinal;
    if (isOrdinal(p)) seenOrdinal = true;
    const cut = i >= lastOrdinal ? closingInside(text, p) : -1;
    if (cut > p.start) {
      last = i + 1;
      cutAt = cut;
      break;
    }
    if (!p.marker) {
      if (isClosing(t, tail) || (tail && isByline(p, t)) || (!numbered && NARRATIVE_OPENING_RE.test(t))) {
        last = i;
        break;
      }
      if (i > first && (tail || !seenOrdinal) && isQuestion(t)) {
        // A question heading of a news Q&A section: it goes on with the directives only when its
        // lead-in quotes the document itself ("Theo Thông báo 393/TB-UBND ... như sau:").
        const next = i + 1 < hard ? tx(i + 1) : '';
        if (i + 1 < hard && !paras[i + 1].marker && isIntro(next) && mentions(next, subject)) {
          skip.add(i);
          continue;
        }
        last = i;
        break;
      }
      if (tail && i > first && isIntro(t)) {
        // A lead-in quoting another text ("Căn cứ Điều 2 Nghị định ...", "Theo Kết luận 150 ...")
        // opens material that is not the document's; any other lead-in is skipped.
        if (QUOTING_LEAD_IN_RE.test(t) && !mentions(t, subject)) {
          last = i > first + 1 && isSectionHeading(paras[i - 1], tx(i - 1)) ? i - 1 : i;
          break;
        }
        skip.add(i);
        continue;
      }
    }
    if (endsWithEndMark(t)) {
      last = i + 1;
      break;
    }
  }
  for (const i of skip) if (i >= last) skip.delete(i);
  if (last <= first) return null;
  let endOffset = paras[last - 1].end;
  if (cutAt > 0) {
    endOffset = cutAt;
    while (endOffset > paras[last - 1].start && SPACE_RE.test(text[endOffset - 1])) endOffset--;
  }
  return { first, startOffset, last, endOffset, how, skip };
}
