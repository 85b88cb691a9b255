import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { toPayload } from '../../core/user-error.js';
import { deleteMyAccount } from './delete-my-account.js';
import { exportMyData } from './export-my-data.js';
import { DeleteMyAccountInput, DeleteMyAccountPayload, ExportMyDataPayload } from './privacy.types.js';

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
}
