import { CompleteEnrollmentDocument, CourseEnrollmentsDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { CourseHeading, SeatsLeft } from '~/components/courses/course-parts';
import { InstitutePageErrorBoundary } from '~/components/courses/course-refusal';
import { EmptyState } from '~/components/empty-state';
import { ButtonForm } from '~/components/form';
import { Notice } from '~/components/notice';
import { Pagination } from '~/components/pagination';
import { verifiedFormData } from '~/lib/csrf.server';
import { textOf } from '~/lib/forms';
import { graphql, notFound } from '~/lib/graphql.server';
import { useFormatDate, useT } from '~/lib/i18n';
import { withNotice } from '~/lib/notice';
import { requireViewer } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(matches, data ? { key: 'meta.courseParticipants', values: { title: data.course.title } } : 'meta.notFound');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const args = { request, context };
  await requireViewer(args);
  // The API refuses the enrolments of a course to anyone but the institute's officers (a 403 page).
  const { course } = await graphql(args, CourseEnrollmentsDocument, { id: params.id ?? '', after: new URL(request.url).searchParams.get('setelah') });
  if (!course) throw notFound();
  return { course };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const args = { request, context };
  await requireViewer(args);
  const { completeEnrollment } = await graphql(args, CompleteEnrollmentDocument, { input: { enrollmentId: textOf(formData, 'enrollmentId') ?? '' } });
  const here = `/pelatihan/${encodeURIComponent(params.id ?? '')}/peserta`;
  return redirect(withNotice(here, completeEnrollment.errors.length > 0 ? 'courses.enrollments.notCompleted' : 'courses.enrollments.completedNotice'));
}

/** The institute's list of who enrolled, first come first, with "mark completed" for each enrolled person. */
export default function CourseEnrollments() {
  const t = useT();
  const formatDate = useFormatDate();
  const { course } = useLoaderData<typeof loader>();
  const { enrollments } = course;
  return (
    <>
      <CourseHeading
        course={course}
        title={t('courses.enrollments.title', { title: course.title })}
        aside={
          <p>
            <Link to={`/pelatihan/${encodeURIComponent(course.id)}`}>{t('courses.enrollments.backToCourse')}</Link>
          </p>
        }
      >
        <SeatsLeft course={course} />
      </CourseHeading>
      <Notice />
      {enrollments.edges.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('courses.enrollments.name')}</th>
              <th scope="col">{t('courses.enrollments.status')}</th>
              <th scope="col">{t('courses.enrollments.date')}</th>
              <th scope="col">{t('courses.enrollments.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {enrollments.edges.map(({ node }) => (
              <tr key={node.id}>
                <th scope="row">
                  <Link to={`/pengguna/${encodeURIComponent(node.user.id)}`}>{node.user.displayName}</Link>
                </th>
                <td>{t(`courses.enrollmentStatus.${node.status}`)}</td>
                <td>
                  {formatDate(node.createdAt)}
                  {node.completedAt ? ` · ${t('courses.enrollments.completedOn', { date: formatDate(node.completedAt) })}` : ''}
                </td>
                <td className="row-actions">
                  {node.status === 'ENROLLED' ? (
                    <ButtonForm intent="complete" hidden={{ enrollmentId: node.id }} className="button button-small" label={t('courses.enrollments.completeName', { name: node.user.displayName })}>
                      {t('courses.enrollments.complete')}
                    </ButtonForm>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <EmptyState>{t('courses.enrollments.empty')}</EmptyState>
      )}
      <Pagination pageInfo={enrollments.pageInfo} totalCount={enrollments.totalCount} />
    </>
  );
}

export const ErrorBoundary = InstitutePageErrorBoundary;
