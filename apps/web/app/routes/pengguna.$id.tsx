import { PersonCompletedCoursesDocument, PersonIdeasDocument } from '@gotong/graphql-client';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { ErrorPage } from '~/components/error-page';
import { IdeaCard } from '~/components/ideas/idea-card';
import { Pagination } from '~/components/pagination';
import { graphql, notFound } from '~/lib/graphql.server';
import { useFormatDate, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(matches, data ? { key: 'meta.person', values: { name: data.person.displayName } } : 'meta.notFound');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const id = params.id ?? '';
  const [{ node }, courses] = await Promise.all([
    graphql({ request, context }, PersonIdeasDocument, { id, first: 20, after: search.get('setelah') }),
    graphql({ request, context }, PersonCompletedCoursesDocument, { id, after: search.get('pelatihan-setelah') }),
  ]);
  if (!node || !('ideas' in node) || !courses.node || !('completedCourses' in courses.node)) throw notFound();
  return { person: node, completedCourses: courses.node.completedCourses };
}

/** A person's public page: who they are, the ideas they posted and the courses they completed. */
export default function PersonPage() {
  const t = useT();
  const formatDate = useFormatDate();
  const { person, completedCourses } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{person.displayName}</h1>
      {person.bio ? <p className="lead">{person.bio}</p> : null}
      <p className="idea-meta">{t('person.since', { date: formatDate(person.createdAt) })}</p>
      <h2>{t('person.ideas', { name: person.displayName })}</h2>
      {person.ideas.edges.length > 0 ? (
        <div className="idea-list">
          {person.ideas.edges.map(({ node }) => (
            <IdeaCard key={node.id} idea={node} headingLevel={3} />
          ))}
        </div>
      ) : (
        <EmptyState>{t('ideas.empty')}</EmptyState>
      )}
      <Pagination pageInfo={person.ideas.pageInfo} totalCount={person.ideas.totalCount} />
      <section aria-labelledby="completed-courses-title" className="section">
        <h2 id="completed-courses-title">{t('courses.person.completed')}</h2>
        {completedCourses.edges.length > 0 ? (
          <ul>
            {completedCourses.edges.map(({ node }) => (
              <li key={node.id}>
                <Link to={`/pelatihan/${encodeURIComponent(node.course.id)}`}>{node.course.title}</Link>
                {` · ${node.course.institute.name}`}
                {node.completedAt ? ` · ${formatDate(node.completedAt)}` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('courses.person.none')}</EmptyState>
        )}
        <Pagination pageInfo={completedCourses.pageInfo} parameter="pelatihan-setelah" />
      </section>
    </>
  );
}

export const ErrorBoundary = ErrorPage;
