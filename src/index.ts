/**
 * vn-notice: Vietnamese administrative notice text to structured records.
 *
 *   import { parseNotice } from 'vn-notice';
 *   const record = parseNotice(text, { path: 'notice.txt' });
 */
export type { ParseOptions } from './context.js';
export type * from './record/schema.js';
export { NoticeRecordSchema, recordJsonSchema } from './record/schema.js';
export { NoticeInputError, RecordValidationError } from './errors.js';
export { normalize } from './normalize/index.js';
export { parseNotice, safeParseNotice, type SafeParseResult } from './parse.js';
