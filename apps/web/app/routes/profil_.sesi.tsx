import { EndSessionDocument, MySessionsDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { ButtonForm } from '~/components/form';
import { Notice } from '~/components/notice';
import { Pagination } from '~/components/pagination';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql } from '~/lib/graphql.server';
import { useFormatDate, useT } from '~/lib/i18n';
import { withNotice } from '~/lib/notice';
import { requireViewer } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.sessions');

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireViewer({ request, context });
  const after = new URL(request.url).searchParams.get('setelah');
  const { sessions } = await graphql({ request, context }, MySessionsDocument, { first: 20, after });
  return { sessions };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const input = textOf(formData, 'intent') === 'endOthers' ? { allOthers: true } : { id: textOf(formData, 'id') ?? '' };
  const { endSession } = await graphql({ request, context }, EndSessionDocument, { input });
  if (endSession.errors.length > 0) return failure(formData, fromUserErrors(endSession.errors));
  return redirect(withNotice('/profil/sesi', 'accounts.sessions.ended'));
}

export default function Sessions() {
  const t = useT();
  const formatDate = useFormatDate();
  const { sessions } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const others = sessions.edges.filter(({ node }) => !node.current);
  return (
    <section className="narrow" aria-labelledby="sessions-title">
      <p>
        <Link to="/profil">{t('accounts.profile.title')}</Link>
      </p>
      <h1 id="sessions-title">{t('accounts.sessions.title')}</h1>
      <Notice />
      {refused?.formError ? <p role="alert">{t(refused.formError)}</p> : null}
      <p>{t('accounts.sessions.intro')}</p>
      <ul className="card-list">
        {sessions.edges.map(({ node }) => {
          const device = node.device ?? t('accounts.sessions.unknownDevice');
          return (
            <li key={node.id} className="card">
              <p>
                <strong>{device}</strong>
                {node.current ? ` · ${t('accounts.sessions.current')}` : null}
              </p>
              <p className="meta">{t('accounts.sessions.times', { started: formatDate(node.createdAt), lastUsed: formatDate(node.lastUsedAt) })}</p>
              {node.current ? null : (
                <ButtonForm hidden={{ id: node.id }} className="button button-small button-secondary" label={t('accounts.sessions.endLabel', { device })}>
                  {t('accounts.sessions.end')}
                </ButtonForm>
              )}
            </li>
          );
        })}
      </ul>
      <Pagination pageInfo={sessions.pageInfo} />
      {others.length > 0 ? (
        <ButtonForm intent="endOthers" className="button button-danger">
          {t('accounts.sessions.endOthers')}
        </ButtonForm>
      ) : null}
    </section>
  );
}
