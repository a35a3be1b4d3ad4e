/** References stage: the other documents cited (issue #6). */
import type { Stage } from '../context.js';

export const references: Stage = () => {};
