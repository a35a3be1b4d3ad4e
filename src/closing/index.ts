/** Closing stages: the "Nơi nhận" recipients and the signer block (issue #4). */
import type { Stage } from '../context.js';
import { analyseClosing } from './analyse.js';
import { recipientsWithAgencies } from './recipients.js';

export const recipients: Stage = (ctx) => {
  const closing = analyseClosing(ctx);
  ctx.findings.recipients = recipientsWithAgencies(ctx, closing.recipients);
};

export const signer: Stage = (ctx) => {
  const closing = analyseClosing(ctx);
  ctx.findings.signer = closing.signer;
  if (closing.signer && closing.signerWithoutName) {
    ctx.report('closing/signer-without-name', 'warning', 'the signing block has no readable name', closing.signer.span);
  }
};
