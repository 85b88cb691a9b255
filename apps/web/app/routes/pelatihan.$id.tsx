import { CommentAddedDocument, CourseChangedDocument, CourseDocument } from '@gotong/graphql-client';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { CourseHeading, CourseStatusBadge, EnrollmentControls, SeatsLeft, SessionList } from '~/components/courses/course-parts';
import { enrollmentAction } from '~/components/courses/enrollment-action.server';
import { ErrorPage } from '~/components/error-page';
import { CommentThread } from '~/components/ideas/comment-thread';
import { contentAction } from '~/components/ideas/content-actions.server';
import { ReportForm } from '~/components/ideas/report-form';
import { Notice } from '~/components/notice';
import { verifiedFormData } from '~/lib/csrf.server';
import { graphql, notFound } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { useViewer } from '~/lib/root-data';
import { withComment } from '~/lib/live-updates';
import { useLiveEvents, useLiveState } from '~/lib/use-live';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(matches, data ? { key: 'meta.course', values: { title: data.course.title } } : 'meta.notFound');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { course, comments } = await graphql({ request, context }, CourseDocument, { id: params.id ?? '', commentsAfter: new URL(request.url).searchParams.get('komentar') });
  if (!course || !comments) throw notFound();
  return { course, comments };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const courseId = params.id ?? '';
  const here = `/pelatihan/${encodeURIComponent(courseId)}`;
  return (await contentAction({ request, context }, formData, courseId, here)) ?? enrollmentAction({ request, context }, formData, here);
}

/** A course: what it teaches, when and where, seats left (kept current live) and the viewer's enrol / cancel. */
export default function CoursePage() {
  const t = useT();
  const viewer = useViewer();
  const [{ course, comments }, applyLive] = useLiveState(useLoaderData<typeof loader>());
  useLiveEvents(CourseChangedDocument, { id: course.id }, ({ courseChanged }) => applyLive((page) => ({ ...page, course: { ...page.course, ...courseChanged } })));
  useLiveEvents(CommentAddedDocument, { subjectId: course.id }, ({ commentAdded }) => applyLive((page) => ({ ...page, comments: withComment(page.comments, commentAdded, viewer) })));
  const here = `/pelatihan/${encodeURIComponent(course.id)}`;
  return (
    <>
      <CourseHeading
        course={course}
        title={course.title}
        aside={
          course.viewerCanManage ? (
            <p className="course-actions">
              <Link className="button button-secondary" to={`${here}/ubah`}>
                {t('courses.edit')}
              </Link>
              <Link className="button button-secondary" to={`${here}/peserta`}>
                {t('courses.enrollments')}
              </Link>
            </p>
          ) : null
        }
      >
        <p className="meta">
          <span className="badge">{t(`courses.format.${course.format}`)}</span> <CourseStatusBadge status={course.status} />
        </p>
        {viewer && !course.viewerCanManage ? <ReportForm subjectId={course.id} /> : null}
        <p className="lead">{course.summary}</p>
      </CourseHeading>
      <Notice />

      <section aria-labelledby="enrolment-title" className="section panel">
        <h2 id="enrolment-title">{t('courses.seats')}</h2>
        <SeatsLeft course={course} />
        <EnrollmentControls course={course} returnTo={here} />
      </section>

      <section aria-labelledby="sessions-title" className="section">
        <h2 id="sessions-title">{t('courses.sessions')}</h2>
        <SessionList sessions={course.sessions} timeZone={course.institute.timeZone} />
      </section>

      <section aria-labelledby="competencies-title" className="section">
        <h2 id="competencies-title">{t('courses.competencies')}</h2>
        {course.competencies.length > 0 ? (
          <ul className="course-tags">
            {course.competencies.map((competency) => (
              <li key={competency} className="badge">
                {competency}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('courses.noCompetencies')}</p>
        )}
      </section>

      <section aria-labelledby="innovations-title" className="section">
        <h2 id="innovations-title">{t('courses.innovations')}</h2>
        {course.innovations.length > 0 ? (
          <ul>
            {course.innovations.map((innovation) => (
              <li key={innovation.id}>
                <Link to={`/inovasi/${encodeURIComponent(innovation.id)}`}>{innovation.title}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('courses.noInnovations')}</p>
        )}
      </section>

      <CommentThread thread={comments} canComment={viewer !== null && course.status !== 'ARCHIVED'} closedMessage={t('courses.commentsClosed')} />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
