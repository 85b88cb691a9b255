import { optionalConsentPurposes } from '@gotong/domain';
import type { Context } from '../../context.js';
import { consentStates, recordConsent, requireSessionViewer, type ConsentState } from '../accounts/index.js';
import type { SetConsentInput } from './privacy.types.js';

/** The privacy self-service of one optional consent (UU 27/2022: withdrawable at any time, as easily as given). */
export async function setConsent(context: Context, input: SetConsentInput): Promise<ConsentState[]> {
  const viewer = requireSessionViewer(context);
  await recordConsent(context, viewer.id, input.purpose, input.given);
  return consentStates(context.em, viewer.id, optionalConsentPurposes);
}
