import { editIdeaSchema } from '@gotong/domain';
import { EditIdeaDocument, IdeaPageDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { ErrorPage } from '~/components/error-page';
import { Field } from '~/components/field';
import { AppForm } from '~/components/form';
import { ideaFormInput } from '~/components/ideas/idea-form';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, validate } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql, notFound } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { withNotice } from '~/lib/notice';
import { requireViewer } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.editIdea');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireViewer({ request, context });
  const { idea } = await graphql({ request, context }, IdeaPageDocument, { id: params.id ?? '' });
  if (!idea) throw notFound();
  if (!idea.viewerCanEdit) throw new Response('Forbidden', { status: 403 });
  return { idea: { id: idea.id, title: idea.title, body: idea.body, tags: idea.tags } };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const parsed = validate(editIdeaSchema, ideaFormInput(formData));
  if (!parsed.data) return failure(formData, { fieldErrors: parsed.fieldErrors });
  const { editIdea } = await graphql({ request, context }, EditIdeaDocument, { input: { ideaId: params.id ?? '', ...parsed.data } });
  if (!editIdea.idea) return failure(formData, fromUserErrors(editIdea.errors));
  return redirect(withNotice(`/gagasan/${editIdea.idea.id}`, 'ideaEdit.saved'));
}

export default function EditIdea() {
  const t = useT();
  const { idea } = useLoaderData<typeof loader>();
  return (
    <div className="narrow">
      <h1>{t('ideaEdit.title')}</h1>
      <AppForm schema={editIdeaSchema} toInput={ideaFormInput}>
        <Field name="title" label={t('post.titleField')} hint={t('post.titleHint')} defaultValue={idea.title} required maxLength={160} />
        <Field name="body" label={t('post.body')} hint={t('post.bodyHint')} defaultValue={idea.body}>
          {(control) => <textarea rows={8} {...control} required />}
        </Field>
        <Field name="tags" label={t('post.tags')} hint={t('post.tagsHint')} defaultValue={idea.tags.join(', ')} optional />
        <button type="submit" className="button">
          {t('ideaEdit.submit')}
        </button>
      </AppForm>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
