/**
 * Bytes to string. Detects the encoding (UTF-8 with or without BOM, UTF-16LE/BE with or without
 * BOM, Windows-1258, VISCII, TCVN3, VNI, and legacy text saved as UTF-8 mojibake) unless one is
 * forced, decodes, and reports repairs as notes. Never throws on any bytes, except for an
 * unknown forced encoding name (NoticeInputError 'encoding').
 */
import iconv from 'iconv-lite';
import { chooseLegacy, chooseReading, hasHighBytes, MOJIBAKE_REPAIRS, sniffUtf16 } from './detect.js';
import { decodeTcvn3, decodeVni, decodeViscii, decodeWindows1258 } from './legacy.js';
import { undoCp1252 } from './mojibake.js';
import { resolveEncodingName } from './names.js';
import { readsAsVietnamese } from './score.js';
import { decodeUtf8Strict } from './utf8.js';
import { restoreTcvn3Caps } from './tcvn3-caps.js';
import type { DecodeNote, Decoded } from './types.js';

export type { DecodeNote, Decoded } from './types.js';
export { resolveEncodingName, ENCODINGS, ENCODING_ALIASES } from './names.js';

const UTF8_LOSSY = new TextDecoder('utf-8');
const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');

const hasUtf8Bom = (b: Uint8Array) => b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
const hasLeBom = (b: Uint8Array) => b.length >= 2 && b[0] === 0xff && b[1] === 0xfe;
const hasBeBom = (b: Uint8Array) => b.length >= 2 && b[0] === 0xfe && b[1] === 0xff;

function invalidUtf8Note(text: string): DecodeNote[] {
  const at = text.indexOf('\uFFFD');
  return at === -1
    ? []
    : [{ code: 'normalize/invalid-utf8', severity: 'warning', message: 'bytes that are not UTF-8 were replaced by U+FFFD', rawOffset: at }];
}

/** UTF-8, strict first; on invalid bytes, replacement characters and a note. */
function utf8(bytes: Uint8Array): { text: string; notes: DecodeNote[] } {
  const strict = decodeUtf8Strict(bytes);
  if (strict !== null) return { text: strict, notes: [] };
  const text = UTF8_LOSSY.decode(bytes);
  return { text, notes: invalidUtf8Note(text) };
}

function tcvn3(text: string, notes: DecodeNote[]): { text: string; notes: DecodeNote[] } {
  const r = restoreTcvn3Caps(text);
  return { text: r.text, notes: [...notes, ...r.notes] };
}

function repairNote(name: string, share?: number): DecodeNote {
  const what = name === 'tcvn3-mojibake' ? 'TCVN3' : name === 'vni-mojibake' ? 'VNI' : 'UTF-8';
  const how = share === undefined ? '' : ` (${Math.round(share * 100)}% of words now valid Vietnamese)`;
  return {
    code: 'normalize/mojibake-repaired',
    severity: 'info',
    message: `repaired ${what} text that had been read as cp1252 and saved as UTF-8${how}`,
    rawOffset: 0,
  };
}

function applyRepair(name: string, text: string, share?: number): { text: string; notes: DecodeNote[] } {
  const notes = [repairNote(name, share)];
  // TCVN3: repaired here without the caps step, which runs next and reports what it restored.
  if (name === 'tcvn3-mojibake') return tcvn3(undoCp1252(text, decodeTcvn3).normalize('NFC'), notes);
  const r = MOJIBAKE_REPAIRS.find((x) => x.name === name)!;
  return { text: r.repair(text).normalize('NFC'), notes };
}

function decodeForced(bytes: Uint8Array, forced: string): Decoded {
  const resolved = resolveEncodingName(forced);
  const base = { detection: 'forced' as const };
  if (resolved.kind === 'iconv') {
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), resolved.name);
    return { ...base, text, encoding: resolved.name, bom: false, notes: [] };
  }
  let name: string = resolved.name;
  if (name === 'utf-16') name = hasBeBom(bytes) ? 'utf-16be' : hasLeBom(bytes) ? 'utf-16le' : (sniffUtf16(bytes) ?? 'utf-16le');
  switch (name) {
    case 'utf-8':
    case 'tcvn3-mojibake':
    case 'vni-mojibake':
    case 'utf-8-mojibake': {
      const bom = hasUtf8Bom(bytes);
      const u = utf8(bom ? bytes.subarray(3) : bytes);
      if (name === 'utf-8') return { ...base, text: u.text, encoding: name, bom, notes: u.notes };
      const r = applyRepair(name, u.text);
      return { ...base, text: r.text, encoding: name, bom, notes: [...u.notes, ...r.notes] };
    }
    case 'utf-16le': {
      const bom = hasLeBom(bytes);
      return { ...base, text: UTF16LE.decode(bom ? bytes.subarray(2) : bytes), encoding: name, bom, notes: [] };
    }
    case 'utf-16be': {
      const bom = hasBeBom(bytes);
      return { ...base, text: UTF16BE.decode(bom ? bytes.subarray(2) : bytes), encoding: name, bom, notes: [] };
    }
    case 'windows-1258':
      return { ...base, text: decodeWindows1258(bytes), encoding: name, bom: false, notes: [] };
    case 'viscii':
      return { ...base, text: decodeViscii(bytes), encoding: name, bom: false, notes: [] };
    case 'vni':
      return { ...base, text: decodeVni(bytes), encoding: name, bom: false, notes: [] };
    case 'tcvn3':
    default: {
      const r = tcvn3(decodeTcvn3(bytes), []);
      return { ...base, text: r.text, encoding: 'tcvn3', bom: false, notes: r.notes };
    }
  }
}

/** Decodes valid UTF-8 text, repairing mojibake (or reading the bytes as legacy) when that reads clearly better. */
function fromUtf8(text: string, bytes: Uint8Array, bom: boolean, detection: Decoded['detection']): Decoded {
  const choice = chooseReading(text, bytes);
  if (!choice) return { text, encoding: 'utf-8', bom, detection, notes: [] };
  if (choice.kind === 'bytes') return { ...decodeLegacy(bytes, choice.name), bom: false, detection: 'scored' };
  const r = applyRepair(choice.name, text, choice.score.share);
  return { text: r.text, encoding: choice.name, bom, detection: 'scored', notes: r.notes };
}

/** Decodes the whole input with a legacy candidate's decoder. */
function decodeLegacy(bytes: Uint8Array, name: string): { text: string; encoding: string; notes: DecodeNote[] } {
  switch (name) {
    case 'windows-1258':
      return { text: decodeWindows1258(bytes), encoding: name, notes: [] };
    case 'viscii':
      return { text: decodeViscii(bytes), encoding: name, notes: [] };
    case 'vni':
      return { text: decodeVni(bytes), encoding: name, notes: [] };
    case 'tcvn3':
      return { ...restoreTcvn3Caps(decodeTcvn3(bytes)), encoding: name };
    default: {
      const text = UTF8_LOSSY.decode(bytes);
      return { text, encoding: 'utf-8', notes: invalidUtf8Note(text) };
    }
  }
}

/**
 * Decodes bytes. `forced` (an encoding name or alias) skips detection; an unknown name throws
 * NoticeInputError('encoding').
 */
export function decodeBytes(bytes: Uint8Array, forced?: string): Decoded {
  if (forced) return decodeForced(bytes, forced);
  if (hasUtf8Bom(bytes)) {
    const u = utf8(bytes.subarray(3));
    if (u.notes.length > 0) return { text: u.text, encoding: 'utf-8', bom: true, detection: 'bom', notes: u.notes };
    return fromUtf8(u.text, bytes.subarray(3), true, 'bom');
  }
  if (hasLeBom(bytes)) return { text: UTF16LE.decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true, detection: 'bom', notes: [] };
  if (hasBeBom(bytes)) return { text: UTF16BE.decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true, detection: 'bom', notes: [] };
  const u16 = sniffUtf16(bytes);
  if (u16) {
    const text = (u16 === 'utf-16le' ? UTF16LE : UTF16BE).decode(bytes);
    return { text, encoding: u16, bom: false, detection: 'nul-pattern', notes: [] };
  }
  if (!hasHighBytes(bytes)) {
    // ASCII: every byte is its character (what UTF-8 decoding gives).
    return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'), encoding: 'utf-8', bom: false, detection: 'ascii', notes: [] };
  }
  const text = decodeUtf8Strict(bytes);
  if (text !== null) return fromUtf8(text, bytes, false, 'utf-8');

  const choice = chooseLegacy(bytes);
  const { text: decoded, notes } = decodeLegacy(bytes, choice.name);
  if (!readsAsVietnamese(choice.score) && choice.score.words > 0) {
    const pct = Math.round(choice.score.share * 100);
    notes.unshift({
      code: 'normalize/encoding-uncertain',
      severity: 'warning',
      message: `the encoding is not UTF-8 and could not be recognised with confidence; read as ${choice.name} (${pct}% of words valid Vietnamese; use --encoding to force one)`,
      rawOffset: 0,
    });
  }
  return { text: decoded, encoding: choice.name, bom: false, detection: 'scored', notes };
}
