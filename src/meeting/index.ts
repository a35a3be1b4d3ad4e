/** Meeting stage: the meeting or visit concluded on, and its presiders (issue #4). */
import type { Stage } from '../context.js';

export const meeting: Stage = () => {};
