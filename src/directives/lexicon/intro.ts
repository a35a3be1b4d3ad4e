/**
 * The introductory formula that announces the directives ("... kết luận, chỉ đạo như sau:",
 * "Ủy ban nhân dân tỉnh yêu cầu:", "... thực hiện một số nhiệm vụ sau:", "QUYẾT ĐỊNH:").
 * A paragraph that ends with ":" and whose last sentence holds one of these words opens the
 * directive part. Data first; the regexes are generated from it.
 */

import { alt } from './alt.js';
import { LazyRegExp } from '../../vocabulary/lazy-regexp.js';

/** Directing verbs that, anywhere in the sentence ending with ":", announce what follows as directives. */
export const INTRO_WORDS: readonly string[] = [
  'kết luận',
  'chỉ đạo',
  'yêu cầu',
  'đề nghị',
  'giao',
  'lưu ý',
  'nhấn mạnh',
  'quyết định',
  'quyết nghị',
  'chỉ thị',
];

/** Words that end an announcing sentence right before its ":" ("... một số nhiệm vụ sau:", "... như sau:"). */
export const INTRO_TAIL_WORDS: readonly string[] = ['như sau', 'sau', 'sau đây', 'như sau đây', 'dưới đây', 'cụ thể', 'gồm'];

/** Verbs that, followed by ":" inside a paragraph, introduce directives inline ("... chỉ đạo: Phấn đấu ..."). */
export const INLINE_INTRO_WORDS: readonly string[] = [
  'kết luận và chỉ đạo',
  'kết luận, chỉ đạo',
  'kết luận',
  'chỉ đạo',
  'yêu cầu',
  'đề nghị',
  'nhấn mạnh',
  'lưu ý',
];

/** Lines that end with ":" but introduce an address list, not directives. */
export const ADDRESSEE_WORDS: readonly string[] = ['kính gửi', 'điện', 'nơi nhận', 'đồng kính gửi'];


/** The last sentence of an intro paragraph contains one of the intro words (case-insensitive). */
export const INTRO_WORD_RE = new LazyRegExp(`(?<![\\p{L}\\p{N}])(?:${alt(INTRO_WORDS)})(?![\\p{L}\\p{N}])`, 'iu');

/** The sentence ends with "... sau:" / "... như sau:". */
export const INTRO_TAIL_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(INTRO_TAIL_WORDS)})[ \\t]{0,3}:$`, 'iu');

/** "... chỉ đạo: " inside a paragraph: the directive text starts after the colon. */
export const INLINE_INTRO_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(INLINE_INTRO_WORDS)})[ \\t]{0,3}:[ \\t]{0,3}(?=[\\p{Lu}"'(])`, 'u');

/**
 * INLINE_INTRO_RE without its leading look-behind, global: searched with nextGuarded and
 * NOT_AFTER_LETTER_OR_DIGIT of vocabulary/document-types, its look-behind (a leading look-behind
 * is tried at every position of a scan, the body's first characters are not).
 */
export const INLINE_INTRO_BODY = new RegExp(INLINE_INTRO_RE.source.slice('(?<![\\p{L}\\p{N}])'.length), 'gu');

/** An address-list opener ("Kính gửi:", "THỦ TƯỚNG CHÍNH PHỦ điện:"). */
export const ADDRESSEE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(ADDRESSEE_WORDS)})[ \\t]{0,3}:$`, 'iu');
