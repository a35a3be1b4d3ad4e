/** Agencies stage: every agency mentioned, merged, and its role in each directive (issue #6). */
import type { Stage } from '../context.js';

export const agencies: Stage = () => {};
