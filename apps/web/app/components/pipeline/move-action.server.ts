import { innovationStages, type InnovationStage } from '@gotong/domain';
import { AdvanceInnovationDocument, type Locale } from '@gotong/graphql-client';
import { redirect, type AppLoadContext } from '@remix-run/node';
import { fromUserErrors, textOf } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql } from '~/lib/graphql.server';
import { withNotice } from '~/lib/notice';
import { moveIntent } from './move-form';

/** The action part of MoveForm: moves the innovation, or answers with the errors and every unmet requirement. */
export async function moveInnovation(args: { request: Request; context: AppLoadContext }, formData: FormData, locale: Locale, here: string) {
  const innovationId = textOf(formData, 'innovationId') ?? '';
  const intent = moveIntent(innovationId);
  const to = textOf(formData, 'to');
  if (!to || !(innovationStages as readonly string[]).includes(to)) return failure(formData, { intent, fieldErrors: { to: 'validation.required' } });
  const { advanceInnovation } = await graphql(args, AdvanceInnovationDocument, {
    input: { innovationId, to: to as InnovationStage, note: textOf(formData, 'note') },
    locale,
  });
  const unmet = advanceInnovation.unmetRequirements;
  // A gate's refusal is its list of what is missing (MoveForm shows it); the same error again above the form would say it twice.
  if (unmet.length > 0) return failure(formData, { intent, fieldErrors: {}, unmet } as Parameters<typeof failure>[1]);
  if (advanceInnovation.errors.length > 0) return failure(formData, fromUserErrors(advanceInnovation.errors, intent));
  return redirect(withNotice(here, 'move.done'));
}
