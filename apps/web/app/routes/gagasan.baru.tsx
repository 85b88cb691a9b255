import { ideaKinds, postIdeaSchema } from '@gotong/domain';
import { PostIdeaDocument, ServicesDocument, SimilarIdeasDocument, type SimilarIdeasQuery } from '@gotong/graphql-client';
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useFetcher, useLoaderData } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { ErrorPage } from '~/components/error-page';
import { Field } from '~/components/field';
import { AppForm } from '~/components/form';
import { ideaFormInput } from '~/components/ideas/idea-form';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf, validate, type FormFailure } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { withNotice } from '~/lib/notice';
import { requireViewer } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.newIdea');

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireViewer({ request, context });
  const { services } = await graphql({ request, context }, ServicesDocument, { first: 100 });
  return { services: services.edges.map(({ node }) => ({ id: node.id, name: node.name, agency: node.agency.name })) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const input = ideaFormInput(formData);
  const parsed = validate(postIdeaSchema, input);
  // A refused form also shows ideas like the title typed, so a person without JavaScript sees them too.
  const similar = async () =>
    input.title.length >= 3 || input.body.length >= 3 ? (await graphql({ request, context }, SimilarIdeasDocument, { text: input.title, body: input.body, first: 5 })).similarIdeas : [];
  const refuse = async (result: FormFailure) => {
    const refused = failure(formData, result);
    return data({ ...refused.data, similarIdeas: await similar() }, refused.init ?? { status: 400 });
  };
  if (!parsed.data) return refuse({ fieldErrors: parsed.fieldErrors });
  const serviceId = textOf(formData, 'serviceId');
  const { postIdea } = await graphql({ request, context }, PostIdeaDocument, { input: { ...parsed.data, serviceId } });
  if (!postIdea.idea) return refuse(fromUserErrors(postIdea.errors));
  return redirect(withNotice(`/gagasan/${postIdea.idea.id}`, 'post.posted'));
}

function SimilarIdeas({ ideas }: { ideas: SimilarIdeasQuery['similarIdeas'] }) {
  const t = useT();
  if (ideas.length === 0) return null;
  return (
    <aside className="similar-ideas" aria-live="polite" aria-labelledby="similar-title">
      <h2 id="similar-title">{t('post.similar')}</h2>
      <p>{t('post.similarHint')}</p>
      <ul>
        {ideas.map((idea) => (
          <li key={idea.id}>
            <Link to={`/gagasan/${idea.id}`} target="_blank">
              {idea.title}
            </Link>{' '}
            ({t('ideas.votes', { count: idea.voteCount })}, {t(`ideas.status.${idea.status}`)})
          </li>
        ))}
      </ul>
    </aside>
  );
}

export default function PostIdea() {
  const t = useT();
  const { services } = useLoaderData<typeof loader>();
  const actionData = useActionData<{ similarIdeas?: SimilarIdeasQuery['similarIdeas'] }>();
  const similar = useFetcher<SimilarIdeasQuery>();
  const [draft, setDraft] = useState({ title: '', body: '' });
  useEffect(() => {
    if (draft.title.trim().length < 3 && draft.body.trim().length < 3) return;
    const timer = setTimeout(() => similar.load(`/gagasan/mirip?${new URLSearchParams({ teks: draft.title, isi: draft.body.slice(0, 2000) })}`), 400);
    return () => clearTimeout(timer);
    // Only the draft starts a lookup: the fetcher's identity changes on every load.
  }, [draft]);
  const suggestions = similar.data?.similarIdeas ?? actionData?.similarIdeas ?? [];
  return (
    <div className="narrow">
      <h1>{t('post.title')}</h1>
      <p className="lead">{t('post.intro')}</p>
      <AppForm schema={postIdeaSchema} toInput={ideaFormInput}>
        <Field name="kind" label={t('post.kind')} defaultValue="PROBLEM">
          {(control) => (
            <select {...control}>
              {ideaKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`ideas.kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="title" label={t('post.titleField')} hint={t('post.titleHint')} required maxLength={160} onChange={(event) => {
            const title = event.currentTarget.value;
            setDraft((current) => ({ ...current, title }));
          }}
        />
        <SimilarIdeas ideas={suggestions} />
        <Field name="body" label={t('post.body')} hint={t('post.bodyHint')}>
          {(control) => (
            <textarea
              rows={8}
              {...control}
              required
              onChange={(event) => {
                const body = event.currentTarget.value;
                setDraft((current) => ({ ...current, body }));
              }}
            />
          )}
        </Field>
        <Field name="tags" label={t('post.tags')} hint={t('post.tagsHint')} optional />
        <Field name="serviceId" label={t('post.service')} optional defaultValue="">
          {(control) => (
            <select {...control}>
              <option value="">{t('post.noService')}</option>
              {services.map((service) => (
                <option key={service.id} value={service.id}>
                  {service.name} — {service.agency}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button">
          {t('post.submit')}
        </button>
      </AppForm>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
