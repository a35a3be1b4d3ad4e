/**
 * Anchor words: the fixed words of the document layout that later stages find their way by
 * ("Số:", "Nơi nhận:", "Kính gửi:", the national motto, the type line "THÔNG BÁO"), with the
 * damage OCR does to them. The normaliser repairs a damaged anchor only where the layout puts it
 * (a line start, the header block) and only through this module, reporting every repair.
 *
 * Layout rules (Nghị định 30/2020/NĐ-CP, Phụ lục I; Hướng dẫn 36-HD/VPTW for Party documents):
 * - the quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and the tiêu ngữ "Độc lập - Tự do - Hạnh
 *   phúc" head the right column of a state document; "ĐẢNG CỘNG SẢN VIỆT NAM" a Party document;
 * - "Số:" opens the number line of the left column ("Số 469-CV/TU" without colon for the Party);
 * - the type name stands alone in capitals on its line ("THÔNG BÁO", "CÔNG ĐIỆN KHẨN");
 * - "Kính gửi:" opens the addressee block of a Công văn, "Nơi nhận:" the recipient block.
 *
 * Tolerance: OCR keeps consonants far better than diacritics, so a vowel matches any vowel of its
 * family with any tone ("CỌNG HOÀ", "THONG BAO", "Noi nhận", "Hanh phúc"), "Đ" matches "D" and
 * "Ð", and each anchor lists the consonant misreadings seen in scans ("'Vơi nhận", "S6:").
 * "Nơi xuất" is NOT a variant of "Nơi nhận": a different word, too risky to rewrite.
 */
import { DOCUMENT_TYPES, TYPE_HEADING_QUALIFIERS } from './document-types.js';
import { prebuilt } from './prebuilt.js';
import { escapeRegExp } from './regex-escape.js';

export type AnchorScope =
  /** At the start of any line of the text. */
  | 'line-start'
  /** At the start of a line of the header block only. */
  | 'header-line-start'
  /** Anywhere inside a line of the header block (long fixed strings only). */
  | 'header-inline'
  /** A whole line of the header block (optionally followed by a qualifier word). */
  | 'header-line';

export interface Anchor {
  id: string;
  /** The form written back, as Nghị định 30/2020 prints it. */
  canonical: string;
  scope: AnchorScope;
  /** Misreadings beyond the generic vowel tolerance, written as printed (they get the same tolerance). */
  variants?: readonly string[];
  /**
   * What must follow (regex source, matched but not rewritten unless `colon`): keeps "Số" from
   * matching "Sở Tài chính" and "Nơi nhận" from matching "Với nhận thức".
   */
  follow: string;
  /** The anchor ends with a colon that OCR may garble ("Nơi nhận:}", "Số;"): written back as ":". */
  colon?: boolean;
}

/** Line-start junk OCR leaves before a word (a quote or tick from the scan's edge). */
export const LEADING_JUNK = "['‘`´,.]?";

/** A colon as OCR leaves it: ":" ";" or "." possibly followed by a bracket or brace. */
const GARBLED_COLON = '[ \\t]{0,2}[:;][\\}\\]\\)|]{0,2}';

export const ANCHORS: readonly Anchor[] = [
  {
    id: 'noi-nhan',
    canonical: 'Nơi nhận',
    scope: 'line-start',
    variants: ['Vơi nhận', 'Nơi nhặn'],
    // A colon (maybe garbled), or the end of the line ("Nơi nhận" alone on its line).
    follow: `(?:${GARBLED_COLON}|[ \\t]{0,2}$)`,
    colon: true,
  },
  {
    id: 'kinh-gui',
    canonical: 'Kính gửi',
    scope: 'line-start',
    variants: ['Kinh gưi'],
    follow: GARBLED_COLON,
    colon: true,
  },
  {
    id: 'so',
    canonical: 'Số',
    scope: 'header-line-start',
    variants: ['S6', 'S0', 'Sô'],
    // "Số:" / "Số ...": a colon or dots, or a space and then the serial, a blank "/" or "#".
    follow: '(?:[ \\t]{0,2}[:.…]|[ \\t]{1,3}(?=[\\d#/]))',
  },
  {
    id: 'quoc-hieu',
    canonical: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    scope: 'header-inline',
    follow: '(?![\\p{L}\\p{N}])',
  },
  {
    id: 'tieu-ngu',
    canonical: 'Độc lập - Tự do - Hạnh phúc',
    scope: 'header-inline',
    follow: '(?![\\p{L}\\p{N}])',
  },
  {
    id: 'dang',
    canonical: 'ĐẢNG CỘNG SẢN VIỆT NAM',
    scope: 'header-inline',
    follow: '(?![\\p{L}\\p{N}])',
  },
  // The type line: every document type's name in capitals, alone on its line (or with a
  // qualifier: "CÔNG ĐIỆN KHẨN").
  ...DOCUMENT_TYPES.map(
    (t): Anchor => ({
      id: `type:${t.code}`,
      canonical: t.name.toUpperCase(),
      scope: 'header-line',
      follow: '',
    }),
  ),
];

/** Qualifiers printed after a type line, repaired with the same tolerance ("KHÁN" -> "KHẨN"). */
export const TYPE_QUALIFIERS: readonly string[] = TYPE_HEADING_QUALIFIERS;

/** The fixed texts of the header's right column, used to split two-column header lines. */
export const MOTTO_IDS: readonly string[] = ['quoc-hieu', 'tieu-ngu', 'dang'];

// ---------------------------------------------------------------------------------------------
// Tolerant patterns, built once from the data above.

/** Vowel families: a printed vowel may be any member of its family, with any tone. */
export const VOWEL_FAMILIES: readonly string[] = [
  'aáàảãạăắằẳẵặâấầẩẫậ',
  'eéèẻẽẹêếềểễệ',
  'iíìỉĩị',
  'oóòỏõọôốồổỗộơớờởỡợ',
  'uúùủũụưứừửữự',
  'yýỳỷỹỵ',
];

/** Consonant confusions every anchor tolerates. */
const CONSONANT_CLASSES: Readonly<Record<string, string>> = {
  đ: 'đdð',
};

const FAMILY_OF = new Map<string, string>();
for (const fam of VOWEL_FAMILIES) for (const ch of fam) FAMILY_OF.set(ch, fam);
for (const [k, v] of Object.entries(CONSONANT_CLASSES)) FAMILY_OF.set(k, v);


/** The tolerant regex source for a printed word sequence (matched with the `iu` flags). */
export function tolerantSource(text: string): string {
  let out = '';
  const chars = [...text.normalize('NFC')];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const fam = FAMILY_OF.get(ch.toLowerCase());
    if (ch === ' ' && chars[i + 1] === '-' && chars[i + 2] === ' ') {
      // " - " between motto words: the spaces may be lost or doubled ("Độc lập-Tự do").
      out += '[ \\t]{0,3}-[ \\t]{0,3}';
      i += 2;
    } else if (fam) out += `[${fam}]`;
    else if (ch === ' ') out += '[ \\t]{1,3}';
    else out += escapeRegExp(ch);
  }
  return out;
}

/** The regex source of the first character tolerantSource writes for a printed form. */
function firstCharSource(text: string): string {
  const ch = [...text.normalize('NFC')][0] ?? '';
  if (ch === ' ') return '[ \\t]';
  const fam = FAMILY_OF.get(ch.toLowerCase());
  return fam ? `[${fam}]` : escapeRegExp(ch);
}

function anchorBody(a: Anchor): string {
  const forms = [a.canonical, ...(a.variants ?? [])].map(tolerantSource);
  return forms.length === 1 ? forms[0] : `(?:${forms.join('|')})`;
}

export interface CompiledAnchor extends Anchor {
  /**
   * Matches at a line start or (header-inline) anywhere: group `junk` is line-start junk,
   * `word` the anchor words, `tail` what follows (a garbled colon is rewritten when `colon`).
   */
  re: RegExp;
  /**
   * The characters a match can open with (line-start junk, the first letter of every form, in
   * both cases), tested on one character: a cheap test before `re` at a line start.
   */
  first: RegExp;
}

/** Each anchor's pattern source and first-character source (prebuilt by the build: ~1 ms of every engine start). */
const ANCHOR_SOURCES: readonly (readonly [string, string])[] = prebuilt('vocabulary/anchors:compiled', () => {
  const qualifierSource = `(?:[ \\t]{1,3}(?<qual>${TYPE_QUALIFIERS.map(tolerantSource).join('|')}))?`;
  return ANCHORS.map((a): [string, string] => {
    let src: string;
    switch (a.scope) {
      case 'header-inline':
        src = `(?<![\\p{L}\\p{N}])(?<word>${anchorBody(a)})${a.follow}`;
        break;
      case 'header-line':
        src = `^(?<junk>)(?<word>${anchorBody(a)})${qualifierSource}(?<tail>)[ \\t]{0,3}$`;
        break;
      default:
        src = `^(?<junk>${LEADING_JUNK})(?<word>${anchorBody(a)})(?<tail>${a.follow})`;
    }
    const firsts = [a.canonical, ...(a.variants ?? [])].map(firstCharSource);
    if (a.scope === 'line-start' || a.scope === 'header-line-start') firsts.unshift(LEADING_JUNK.slice(0, -1));
    return [src, `^(?:${firsts.join('|')})`];
  });
});

export const COMPILED_ANCHORS: readonly CompiledAnchor[] = ANCHORS.map((a, i) => {
  const [src, first] = ANCHOR_SOURCES[i];
  return { ...a, re: new RegExp(src, a.scope === 'header-inline' ? 'giu' : 'iu'), first: new RegExp(first, 'iu') };
});

export const ANCHOR_BY_ID: ReadonlyMap<string, CompiledAnchor> = new Map(COMPILED_ANCHORS.map((a) => [a.id, a]));

/** The first letter of a printed anchor: anchors are printed with a capital ("số 4577" is running text). */
export const FIRST_LETTER_UPPER = /^[^\p{L}]{0,4}\p{Lu}/u;

/**
 * Matches an anchor at the start of `s` (or anywhere for a global regex, from lastIndex), and
 * only when its first letter is a capital: the tolerance is on diacritics, never on case.
 */
export function execAnchor(re: RegExp, s: string): RegExpExecArray | null {
  const m = re.exec(s);
  if (!m) return null;
  const word = m.groups?.word ?? m[0];
  return FIRST_LETTER_UPPER.test(word) ? m : null;
}

/** The national motto, the tiêu ngữ and the Party motto, tolerant, anywhere in a line. */
export const MOTTO_ANYWHERE = new RegExp(
  prebuilt('vocabulary/anchors:motto', () => `(?<![\\p{L}\\p{N}])(?:${MOTTO_IDS.map((id) => anchorBody(ANCHOR_BY_ID.get(id)!)).join('|')})(?![\\p{L}\\p{N}])`),
  'giu',
);

/** "Kính gửi" (tolerant) anywhere in a line, for splitting "Hà Nội, ngày ... Kính gửi: ...". */
export const KINH_GUI_ANYWHERE = new RegExp(prebuilt('vocabulary/anchors:kinh-gui', () => `(?<![\\p{L}\\p{N}])${anchorBody(ANCHOR_BY_ID.get('kinh-gui')!)}${GARBLED_COLON}`), 'giu');

/** "Số" (tolerant) at a line start, with what follows: the number line of the header. */
export const SO_AT_START = ANCHOR_BY_ID.get('so')!.re;

/** "Nơi nhận" (tolerant) at a line start. */
export const NOI_NHAN_AT_START = ANCHOR_BY_ID.get('noi-nhan')!.re;

/**
 * The canonical form in the case style of what was printed: capitals stay capitals ("NƠI NHẬN"),
 * a mixed-case print gets the canonical spelling. Null when a capitals-only anchor (the motto,
 * a type line) was printed in lower case: that is running text ("nước Cộng hòa xã hội chủ nghĩa
 * Việt Nam"), not the anchor.
 */
export const NON_LETTERS = /[^\p{L}]/gu;

export function canonicalInCase(canonical: string, printed: string): string | null {
  const letters = printed.replace(NON_LETTERS, '');
  const printedCaps = letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  if (printedCaps) return canonical.toUpperCase();
  const canonicalCaps = canonical === canonical.toUpperCase();
  return canonicalCaps ? null : canonical;
}
