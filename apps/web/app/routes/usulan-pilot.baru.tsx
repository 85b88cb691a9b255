import { ProposalSubjectDocument } from '@gotong/graphql-client';
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { ErrorPage } from '~/components/error-page';
import { saveProposal } from '~/components/partners/proposal-editor.server';
import { ProposalForm } from '~/components/partners/proposal-form';
import { proposingOrganizations } from '~/components/partners/proposal-organizations';
import { verifiedFormData } from '~/lib/csrf.server';
import { graphql, notFound } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { requireViewer } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.newProposal');

function subjectIdOf(request: Request): string {
  const subjectId = new URL(request.url).searchParams.get('untuk');
  if (!subjectId) throw notFound();
  return subjectId;
}

/** The idea or innovation named by `?untuk=`, and the organisations the viewer may propose for (none: who may propose). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireViewer({ request, context });
  const { node, viewer } = await graphql({ request, context }, ProposalSubjectDocument, { id: subjectIdOf(request) });
  if (!node || !('title' in node)) throw notFound();
  const subject =
    'addressedTo' in node
      ? { id: node.id, title: node.title, path: `/gagasan/${encodeURIComponent(node.id)}`, agency: node.addressedTo }
      : { id: node.id, title: node.title, path: `/inovasi/${encodeURIComponent(node.id)}`, agency: node.agency };
  const proposers = proposingOrganizations(viewer).map(({ id, name }) => ({ id, name }));
  const refused = proposers.length === 0 || !subject.agency;
  return data({ subject, proposers }, { status: refused ? 403 : 200 });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  return saveProposal({ request, context }, formData, { subjectId: subjectIdOf(request) });
}

export default function NewProposal() {
  const t = useT();
  const { subject, proposers } = useLoaderData<typeof loader>();
  const heading = (
    <p className="eyebrow">
      <Link to={subject.path}>{subject.title}</Link>
      {subject.agency ? ` · ${subject.agency.name}` : ''}
    </p>
  );
  if (!subject.agency || proposers.length === 0) {
    return (
      <div className="narrow">
        {heading}
        <h1>{t('proposals.whoMay.title')}</h1>
        <p>{t(subject.agency ? 'proposals.whoMay.body' : 'proposals.whoMay.noAgency')}</p>
        {subject.agency ? (
          <p>
            <Link to="/organisasi/baru">{t('proposals.whoMay.register')}</Link>
          </p>
        ) : null}
        <p>
          <Link to={subject.path}>{t('proposals.whoMay.back')}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      {heading}
      <h1>{t('proposals.new.title')}</h1>
      <p className="lead">{t('proposals.new.intro', { agency: subject.agency.name })}</p>
      <ProposalForm proposers={proposers} />
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
