/** Closing stages: the "Nơi nhận" recipients and the signer block (issue #4). */
import type { Stage } from '../context.js';

export const recipients: Stage = () => {};
export const signer: Stage = () => {};
