/** Typed errors. `parseNotice` throws only NoticeInputError (input it cannot read as a document). */

export type InputErrorCode = 'empty' | 'binary' | 'pdf' | 'zip' | 'ole' | 'too-large' | 'encoding';

export class NoticeInputError extends Error {
  override readonly name = 'NoticeInputError';
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The assembled record failed its own schema: always a bug in vn-notice, never the input's fault. */
export class RecordValidationError extends Error {
  override readonly name = 'RecordValidationError';
  constructor(
    message: string,
    readonly issues: unknown,
  ) {
    super(message);
  }
}
