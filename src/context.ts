/**
 * The shared document context every stage works on (after unified's VFile): the normalised
 * text, the map back to the raw input, the findings stages add, and positioned diagnostics.
 * Stages are pure functions `(ctx) => void`; none does I/O and none throws on bad input.
 */
import type {
  Diagnostic,
  Directive,
  Agency,
  Meeting,
  NoticeDocument,
  Person,
  Recipient,
  Reference,
  Signer,
  Span,
} from './record/schema.js';
import { LineIndex, type OffsetMap } from './normalize/offset-map.js';

export type Severity = Diagnostic['severity'];

export interface ParseOptions {
  /** Path to report in `source.path` (as given on the command line). */
  path?: string | null;
  /** Force an input encoding (skips detection): "utf-8", "utf-16le", "windows-1258", "tcvn3", "vni", "viscii", ... */
  encoding?: string;
  /** Force the input format instead of sniffing it. */
  format?: 'text' | 'markdown' | 'html';
  /** Inputs larger than this many bytes are refused. Default 50 MB. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** What the stages find; the record is assembled from it. */
export interface Findings {
  document: NoticeDocument;
  meeting: Meeting | null;
  presiders: Person[];
  directives: Directive[];
  agencies: Agency[];
  references: Reference[];
  recipients: Recipient[];
  signer: Signer | null;
}

/**
 * Regions of the normalised text that one stage finds and later stages use. Offsets into `text`;
 * undefined until a stage sets them.
 */
export interface Zones {
  /** End of the header block (national motto, issuer, number, place/date, type, title). */
  headerEnd?: number;
  /** Start and end of the directive part (after the introductory formula, before the closing). */
  directivesStart?: number;
  directivesEnd?: number;
  /** Start of the closing: closing formula, "Nơi nhận", signer block. */
  closingStart?: number;
  /** Span of the "Nơi nhận" block. */
  recipients?: Span;
  /** Span of the signer block. */
  signer?: Span;
  /** Ranges of web chrome or boilerplate left in the text, which no stage should read. */
  chrome?: Span[];
}

export interface RawInput {
  /** The input's bytes as received. */
  bytes: Uint8Array;
  /** The input decoded to a string, before any normalisation: what the user sees. */
  decoded: string;
  encoding: string;
  format: 'text' | 'markdown' | 'html';
}

export class DocumentContext {
  readonly findings: Findings = {
    document: { type: null, number: null, issuer: null, place: null, date: null, title: null },
    meeting: null,
    presiders: [],
    directives: [],
    agencies: [],
    references: [],
    recipients: [],
    signer: null,
  };
  readonly zones: Zones = {};
  readonly diagnostics: Diagnostic[] = [];
  private rawLines: LineIndex | undefined;

  constructor(
    readonly raw: RawInput,
    /** The normalised text every span points into. */
    readonly text: string,
    /** Maps offsets in `text` to offsets in `raw.decoded`. */
    readonly map: OffsetMap,
    readonly options: ParseOptions = {},
  ) {}

  /** Line and column (1-based) in the raw input of an offset in the normalised text. */
  rawPosition(offset: number): { line: number; column: number } {
    this.rawLines ??= new LineIndex(this.raw.decoded);
    const rawOffset = Math.max(0, Math.min(this.map.toInput(offset), this.raw.decoded.length));
    return this.rawLines.position(rawOffset);
  }

  /** Reports a diagnostic at a place in the normalised text (the start of the text if none). */
  report(code: string, severity: Severity, message: string, at?: Span | number): void {
    const offset = typeof at === 'number' ? at : at ? at.start : 0;
    const { line, column } = this.rawPosition(offset);
    this.diagnostics.push({ code, severity, message, line, column });
  }

  /** Reports a diagnostic at an offset in the decoded raw input (used by the normaliser). */
  reportRaw(code: string, severity: Severity, message: string, rawOffset: number): void {
    this.rawLines ??= new LineIndex(this.raw.decoded);
    const { line, column } = this.rawLines.position(Math.max(0, Math.min(rawOffset, this.raw.decoded.length)));
    this.diagnostics.push({ code, severity, message, line, column });
  }

  /** The evidence of a span. */
  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }
}

/** A stage of the pipeline: reads the context and the earlier findings, adds its own. */
export type Stage = (ctx: DocumentContext) => void;
