/**
 * The notice record, version 1: the one definition of vn-notice's output.
 * Mirrors spec/record.md field for field. Fields may be added, never renamed or dropped.
 */
import { z } from 'zod';

export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .describe('Half-open UTF-16 offsets into `text`; text.slice(start, end) is the evidence.');

export const PartialDateSchema = z.object({
  text: z.string(),
  year: z.number().int().nullable(),
  month: z.number().int().min(1).max(12).nullable(),
  day: z.number().int().min(1).max(31).nullable(),
  iso: z.string().nullable().describe('"2021-09-01", "2021-09", "2021"; null if no year'),
  span: SpanSchema,
  /** Added field: parts not printed in the text but inferred (e.g. a deadline's year from the document date). */
  implied: z.array(z.enum(['year', 'month', 'day'])).optional(),
  /** Added field: a quarter when the text names one ("Quý I năm 2026" -> 1). */
  quarter: z.number().int().min(1).max(4).nullable().optional(),
});

export const PersonSchema = z.object({
  name: z.string(),
  honorific: z.string().nullable(),
  positions: z.array(z.string()),
  span: SpanSchema,
});

export const RoleSchema = z.enum(['lead', 'support', 'mentioned']);

export const DirectiveAgencySchema = z.object({
  name: z.string(),
  role: RoleSchema,
});

export interface Directive {
  id: string;
  marker: string | null;
  heading: string | null;
  text: string;
  span: z.infer<typeof SpanSchema>;
  children: Directive[];
  agencies: z.infer<typeof DirectiveAgencySchema>[];
  deadlines: z.infer<typeof PartialDateSchema>[];
}

export const DirectiveSchema: z.ZodType<Directive> = z.lazy(() =>
  z.object({
    id: z.string(),
    marker: z.string().nullable(),
    heading: z.string().nullable(),
    text: z.string(),
    span: SpanSchema,
    children: z.array(DirectiveSchema),
    agencies: z.array(DirectiveAgencySchema),
    deadlines: z.array(PartialDateSchema),
  }),
);

export const AgencySchema = z.object({
  name: z.string(),
  kind: z.string(),
  mentions: z.array(z.object({ text: z.string(), span: SpanSchema })),
  /** Added field: the place qualifying the agency; implied when taken from the only province in play. */
  place: z.object({ name: z.string(), implied: z.boolean() }).optional(),
});

export const ReferenceSchema = z.object({
  type: z.string().nullable(),
  number: z.string(),
  date: PartialDateSchema.nullable(),
  issuer: z.string().nullable(),
  span: SpanSchema,
});

export const RecipientSchema = z.object({
  text: z.string(),
  agencies: z.array(z.string()),
  span: SpanSchema,
  /** Added field: true for the archive copy line ("Lưu: VT, ..."). */
  archive: z.boolean().optional(),
});

export const DiagnosticSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
});

export const SourceSchema = z.object({
  path: z.string().nullable(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.string(),
  format: z.enum(['text', 'markdown', 'html']),
});

export const DocumentSchema = z.object({
  type: z.object({ code: z.string().nullable(), name: z.string(), span: SpanSchema }).nullable(),
  number: z
    .object({
      raw: z.string(),
      serial: z.string().nullable(),
      symbol: z.string().nullable(),
      typeCode: z.string().nullable(),
      issuerCode: z.string().nullable(),
      span: SpanSchema,
    })
    .nullable(),
  issuer: z
    .object({
      name: z.string(),
      parent: z.string().nullable(),
      span: SpanSchema,
      /** Added field: true when inferred (from the issuer code) rather than read from the header block. */
      implied: z.boolean().optional(),
    })
    .nullable(),
  place: z.object({ name: z.string(), span: SpanSchema }).nullable(),
  date: PartialDateSchema.nullable(),
  title: z.object({ text: z.string(), span: SpanSchema }).nullable(),
});

export const MeetingSchema = z.object({
  date: PartialDateSchema.nullable(),
  location: z.string().nullable(),
  /** Added field: where the meeting sentence was read. */
  span: SpanSchema.optional(),
});

export const SignerSchema = z.object({
  authorities: z.array(z.string()),
  position: z.string().nullable(),
  name: z.string().nullable(),
  span: SpanSchema,
});

export const NoticeRecordSchema = z.object({
  schemaVersion: z.literal('1'),
  source: SourceSchema,
  text: z.string(),
  document: DocumentSchema,
  meeting: MeetingSchema.nullable(),
  presiders: z.array(PersonSchema),
  directives: z.array(DirectiveSchema),
  agencies: z.array(AgencySchema),
  references: z.array(ReferenceSchema),
  recipients: z.array(RecipientSchema),
  signer: SignerSchema.nullable(),
  diagnostics: z.array(DiagnosticSchema),
});

export type Span = z.infer<typeof SpanSchema>;
export type PartialDate = z.infer<typeof PartialDateSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type DirectiveAgency = z.infer<typeof DirectiveAgencySchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Agency = z.infer<typeof AgencySchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type Recipient = z.infer<typeof RecipientSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type NoticeDocument = z.infer<typeof DocumentSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type Signer = z.infer<typeof SignerSchema>;
export type NoticeRecord = z.infer<typeof NoticeRecordSchema>;

/** The JSON Schema of the record, generated by zod itself. */
export function recordJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(NoticeRecordSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
