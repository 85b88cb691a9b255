import { discussionCategories, startDiscussionSchema } from '@gotong/domain';
import { StartDiscussionDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { ErrorPage } from '~/components/error-page';
import { Field } from '~/components/field';
import { AppForm } from '~/components/form';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf, validate } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { withNotice } from '~/lib/notice';
import { requireViewer } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.newDiscussion');

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireViewer({ request, context });
  return null;
}

function discussionInput(formData: FormData) {
  return { category: textOf(formData, 'category') ?? '', title: textOf(formData, 'title') ?? '', body: textOf(formData, 'body') ?? '' };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const parsed = validate(startDiscussionSchema, discussionInput(formData));
  if (!parsed.data) return failure(formData, { fieldErrors: parsed.fieldErrors });
  const { startDiscussion } = await graphql({ request, context }, StartDiscussionDocument, { input: parsed.data });
  if (!startDiscussion.discussion) return failure(formData, fromUserErrors(startDiscussion.errors));
  return redirect(withNotice(`/forum/${startDiscussion.discussion.id}`, 'forum.started'));
}

export default function StartDiscussion() {
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t('forum.start')}</h1>
      <AppForm schema={startDiscussionSchema} toInput={discussionInput}>
        <Field name="category" label={t('forum.category')} defaultValue="GENERAL">
          {(control) => (
            <select {...control}>
              {discussionCategories.map((category) => (
                <option key={category} value={category}>
                  {t(`forum.category.${category}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="title" label={t('forum.titleField')} required maxLength={160} />
        <Field name="body" label={t('forum.body')} hint={t('post.bodyHint')}>
          {(control) => <textarea rows={8} {...control} required />}
        </Field>
        <button type="submit" className="button">
          {t('forum.submit')}
        </button>
      </AppForm>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
