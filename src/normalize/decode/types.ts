/** What decoding returns. */
import type { Severity } from '../../context.js';

/** A remark about the decoding, positioned in the decoded text (the normaliser's `raw.decoded`). */
export interface DecodeNote {
  code: string;
  severity: Severity;
  message: string;
  /** Offset in the decoded text. */
  rawOffset: number;
}

export interface Decoded {
  /** The decoded text (legacy encodings composed to NFC). */
  text: string;
  /**
   * Canonical name: "utf-8", "utf-16le", "utf-16be", "windows-1258", "viscii", "tcvn3", "vni",
   * or a repaired misreading: "tcvn3-mojibake", "vni-mojibake", "utf-8-mojibake".
   */
  encoding: string;
  /** True when the input opened with a byte order mark (removed from `text`). */
  bom: boolean;
  /** How the encoding was settled. */
  detection: 'forced' | 'bom' | 'ascii' | 'utf-8' | 'nul-pattern' | 'scored';
  /**
   * Repairs and doubts, for the record's diagnostics: normalize/mojibake-repaired (info),
   * normalize/tcvn3-caps-restored and normalize/tcvn3-initial-restored (info),
   * normalize/invalid-utf8 (warning), normalize/encoding-uncertain (warning).
   */
  notes: DecodeNote[];
}
