import { CoursesDocument } from '@gotong/graphql-client';
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { CourseCard } from '~/components/courses/course-card';
import { enrollmentAction } from '~/components/courses/enrollment-action.server';
import { EmptyState } from '~/components/empty-state';
import { Notice } from '~/components/notice';
import { Pagination } from '~/components/pagination';
import { verifiedFormData } from '~/lib/csrf.server';
import { graphql } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.courses');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const upcoming = search.get('semua') === null;
  const { courses } = await graphql({ request, context }, CoursesDocument, { first: 20, after: search.get('setelah'), filter: { upcoming } });
  return { courses, upcoming };
}

/** Enrol or cancel, then back to the catalogue with a notice saying what happened. */
export async function action({ request, context }: ActionFunctionArgs) {
  return enrollmentAction({ request, context }, await verifiedFormData(request), '/pelatihan');
}

export default function Courses() {
  const t = useT();
  const { courses, upcoming } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t('courses.title')}</h1>
          <p className="lead">{t('courses.intro')}</p>
        </div>
      </div>
      <Notice />
      <p className="filter-bar">
        {upcoming ? (
          <Link to="/pelatihan?semua=1">{t('courses.all')}</Link>
        ) : (
          <Link to="/pelatihan">{t('courses.upcomingOnly')}</Link>
        )}
      </p>
      {courses.edges.length > 0 ? (
        <div className="card-grid">
          {courses.edges.map(({ node }) => (
            <CourseCard key={node.id} course={node} />
          ))}
        </div>
      ) : (
        <EmptyState>{t('courses.empty')}</EmptyState>
      )}
      <Pagination pageInfo={courses.pageInfo} totalCount={courses.totalCount} />
    </>
  );
}
