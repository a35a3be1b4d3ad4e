/** Header stage: document type, number, issuer, place, date and title (issue #4). */
import type { Stage } from '../context.js';

export const header: Stage = () => {};
