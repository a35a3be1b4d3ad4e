/**
 * Colour only on a TTY; NO_COLOR and FORCE_COLOR are honoured (chalk's supports-color reads them).
 */
import chalk, { chalkStderr } from 'chalk';

export const out = chalk;
export const err = chalkStderr;
