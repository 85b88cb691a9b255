import { moderationReason } from '@gotong/domain';
import { SuspendAccountDocument, SuspensionTargetDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { ErrorPage } from '~/components/error-page';
import { Field } from '~/components/field';
import { AppForm } from '~/components/form';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf, validate } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { withNotice } from '~/lib/notice';
import { requireViewer } from '~/lib/viewer.server';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.suspend');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireViewer({ request, context });
  const { node } = await graphql({ request, context }, SuspensionTargetDocument, { id: params.id ?? '' });
  if (!node || node.__typename !== 'User') throw new Response('Not found', { status: 404 });
  return { person: node };
}

const suspensionSchema = z.object({ days: z.coerce.number().int().min(1).max(365), reason: moderationReason });

function suspensionInput(formData: FormData) {
  return { days: textOf(formData, 'days') ?? '', reason: textOf(formData, 'reason') ?? '' };
}

/** Moderators only: the API refuses everyone else (FORBIDDEN becomes the 403 page on submitting). */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const parsed = validate(suspensionSchema, suspensionInput(formData));
  if (!parsed.data) return failure(formData, { fieldErrors: parsed.fieldErrors });
  const { suspendAccount } = await graphql({ request, context }, SuspendAccountDocument, { input: { userId: params.id ?? '', ...parsed.data } });
  if (suspendAccount.errors.length) return failure(formData, fromUserErrors(suspendAccount.errors));
  return redirect(withNotice('/moderasi', 'moderation.suspend.doneNotice'));
}

export default function SuspendAccount() {
  const t = useT();
  const { person } = useLoaderData<typeof loader>();
  return (
    <div className="narrow">
      <p className="eyebrow">
        <Link to="/moderasi">{t('nav.moderation')}</Link>
      </p>
      <h1>{t('moderation.suspend.title', { name: person.displayName })}</h1>
      <p className="lead">{t('moderation.suspend.intro')}</p>
      <AppForm schema={suspensionSchema} toInput={suspensionInput}>
        <Field name="days" type="number" inputMode="numeric" min={1} max={365} defaultValue="7" label={t('moderation.suspend.days')} required />
        <Field name="reason" label={t('moderation.suspend.reason')} required />
        <button type="submit" className="button">
          {t('moderation.suspend.submit')}
        </button>
      </AppForm>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
