/** Directives stage: the numbered (and unnumbered) tasks as a tree, with deadlines (issue #5). */
import type { Stage } from '../context.js';

export const directives: Stage = () => {};
