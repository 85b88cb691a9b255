import { SurveysDocument } from '@gotong/graphql-client';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { Pagination } from '~/components/pagination';
import { SurveyList } from '~/components/surveys/survey-list';
import { graphql } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { localeOf } from '~/lib/i18n.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.surveys', 'surveys.intro');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const locale = localeOf(request, null);
  const [open, closed] = await Promise.all([
    graphql({ request, context }, SurveysDocument, { first: 20, after: search.get('dibuka'), filter: { open: true }, locale }),
    graphql({ request, context }, SurveysDocument, { first: 20, after: search.get('setelah'), filter: { open: false }, locale }),
  ]);
  return { open: open.surveys, closed: closed.surveys };
}

export default function Surveys() {
  const t = useT();
  const { open, closed } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t('surveys.title')}</h1>
          <p className="lead">{t('surveys.intro')}</p>
        </div>
      </div>
      <section aria-labelledby="open-surveys" className="section">
        <h2 id="open-surveys">{t('surveys.open')}</h2>
        {open.edges.length > 0 ? <SurveyList surveys={open.edges.map((edge) => edge.node)} /> : <EmptyState>{t('surveys.noneOpen')}</EmptyState>}
        <Pagination pageInfo={open.pageInfo} parameter="dibuka" />
      </section>
      <section aria-labelledby="closed-surveys" className="section">
        <h2 id="closed-surveys">{t('surveys.closed')}</h2>
        {closed.edges.length > 0 ? <SurveyList surveys={closed.edges.map((edge) => edge.node)} /> : <EmptyState>{t('surveys.noneClosed')}</EmptyState>}
        <Pagination pageInfo={closed.pageInfo} totalCount={closed.totalCount} />
      </section>
    </>
  );
}
