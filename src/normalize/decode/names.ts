/** Encoding names: the canonical ones vn-notice reports, and the aliases `--encoding` accepts. */
import iconv from 'iconv-lite';
import { NoticeInputError } from '../../errors.js';

export const ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'utf-16',
  'windows-1258',
  'viscii',
  'tcvn3',
  'vni',
  'tcvn3-mojibake',
  'vni-mojibake',
  'utf-8-mojibake',
] as const;
export type EncodingName = (typeof ENCODINGS)[number];

/**
 * Aliases, written without "-", "_", "." or spaces and in lowercase (the lookup strips those).
 * "utf-16" without an order means: by the byte order mark, else by the NUL-byte pattern.
 */
export const ENCODING_ALIASES: Readonly<Record<string, EncodingName>> = {
  utf8: 'utf-8',
  utf8bom: 'utf-8',
  utf8sig: 'utf-8',
  unicode: 'utf-8',
  utf16: 'utf-16',
  ucs2: 'utf-16le',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  windows1258: 'windows-1258',
  cp1258: 'windows-1258',
  win1258: 'windows-1258',
  ms1258: 'windows-1258',
  viscii: 'viscii',
  tcvn3: 'tcvn3',
  tcvn: 'tcvn3',
  tcvn5712: 'tcvn3',
  abc: 'tcvn3',
  vntime: 'tcvn3',
  vn3: 'tcvn3',
  vni: 'vni',
  vniwindows: 'vni',
  vniwin: 'vni',
  vnitimes: 'vni',
  tcvn3mojibake: 'tcvn3-mojibake',
  vnimojibake: 'vni-mojibake',
  utf8mojibake: 'utf-8-mojibake',
};

/** Strips what the alias table leaves out: "VNI-Windows" -> "vniwindows", ".VnTime" -> "vntime". */
export const NAME_NOISE = /[-_.\s]/g;

/** A forced encoding: one of ours, or another single-byte/multi-byte code page iconv-lite knows. */
export type ResolvedEncoding = { kind: 'known'; name: EncodingName } | { kind: 'iconv'; name: string };

export function resolveEncodingName(name: string): ResolvedEncoding {
  const key = name.toLowerCase().replace(NAME_NOISE, '');
  const known = ENCODING_ALIASES[key];
  if (known) return { kind: 'known', name: known };
  if (key && iconv.encodingExists(name)) return { kind: 'iconv', name: name.toLowerCase() };
  const list = ENCODINGS.filter((e) => e !== 'utf-16').join(', ');
  throw new NoticeInputError(
    'encoding',
    `unknown encoding ${name}; known: ${list} (aliases: utf16, cp1258, abc, vntime, vni-windows, ...)`,
  );
}
