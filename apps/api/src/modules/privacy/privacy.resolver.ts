import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { toPayload } from '../../core/user-error.js';
import { deleteMyAccount } from './delete-my-account.js';
import { exportMyData } from './export-my-data.js';
import { DeleteMyAccountInput, DeleteMyAccountPayload, ExportMyDataPayload, SetConsentInput, SetConsentPayload } from './privacy.types.js';
import { setConsent } from './set-consent.js';

@Resolver()
export class PrivacyResolver {
  @Mutation(() => ExportMyDataPayload, { description: 'A machine-readable copy of everything Gotong keeps about the viewer.' })
  exportMyData(@Ctx() context: Context) {
    return toPayload(ExportMyDataPayload, () => exportMyData(context), (payload, result) => {
      payload.data = result.data;
      payload.exportedAt = result.exportedAt;
    });
  }

  @Mutation(() => DeleteMyAccountPayload, { description: 'Deletes the account; contributions stay, anonymised.' })
  deleteMyAccount(@Arg('input', () => DeleteMyAccountInput) input: DeleteMyAccountInput, @Ctx() context: Context) {
    return toPayload(DeleteMyAccountPayload, () => deleteMyAccount(context, input.password), (payload) => {
      payload.deleted = true;
    });
  }

  @Mutation(() => SetConsentPayload, { description: 'Gives or withdraws one optional consent; the consent ledger keeps every change with its time and policy version.' })
  setConsent(@Arg('input', () => SetConsentInput) input: SetConsentInput, @Ctx() context: Context) {
    return toPayload(SetConsentPayload, () => setConsent(context, input), (payload, consents) => {
      payload.consents = consents;
    });
  }
}
