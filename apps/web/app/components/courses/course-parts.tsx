import { isCourseOpenForEnrollment } from '@gotong/domain';
import type { CourseCardFragment } from '@gotong/graphql-client';
import { Link } from '@remix-run/react';
import type { ReactNode } from 'react';
import { ButtonForm } from '~/components/form';
import { useFormatTimeRange } from '~/lib/dates';
import { useT } from '~/lib/i18n';
import { useViewer } from '~/lib/root-data';

type Session = CourseCardFragment['sessions'][number];

/** Session times in the page's language and the institute's time zone, where the course takes place. */
export function SessionList({ sessions, timeZone }: { sessions: readonly Session[]; timeZone: string }) {
  const formatRange = useFormatTimeRange();
  return (
    <ul className="course-sessions">
      {sessions.map((session) => (
        <li key={session.startsAt}>
          {formatRange(session.startsAt, session.endsAt, timeZone)}
          {session.place ? ` · ${session.place}` : ''}
        </li>
      ))}
    </ul>
  );
}

/** Seats left, announced politely when a live update changes them. */
export function SeatsLeft({ course }: { course: Pick<CourseCardFragment, 'seatsLeft' | 'capacity'> }) {
  const t = useT();
  return (
    <p className="course-seats" aria-live="polite">
      {course.seatsLeft > 0 ? t('courses.seatsLeft', { seats: course.seatsLeft, capacity: course.capacity }) : <strong>{t('courses.full')}</strong>}
    </p>
  );
}

/** The viewer's place in the course and the one button that changes it (enrol or cancel), or why there is none. */
export function EnrollmentControls({ course, returnTo }: { course: CourseCardFragment; returnTo: string }) {
  const t = useT();
  const viewer = useViewer();
  const status = course.viewerEnrollment?.status;
  if (status === 'COMPLETED') return <p>{t('courses.completed')}</p>;
  if (status === 'ENROLLED') {
    return (
      <>
        <p>{t('courses.enrolled')}</p>
        <ButtonForm intent="cancel" hidden={{ courseId: course.id }} className="button button-secondary" label={`${t('courses.cancel')}: ${course.title}`}>
          {t('courses.cancel')}
        </ButtonForm>
      </>
    );
  }
  const firstSession = course.sessions[0];
  if (!firstSession || !isCourseOpenForEnrollment(course.status, new Date(firstSession.startsAt), new Date())) {
    return course.status === 'DRAFT' ? null : <p>{t('courses.closed')}</p>;
  }
  if (course.seatsLeft === 0) return <p className="callout">{t('courses.fullExplained')}</p>;
  if (!viewer) return <Link to={`/masuk?kembali=${encodeURIComponent(returnTo)}`}>{t('courses.signInToEnroll')}</Link>;
  return (
    <ButtonForm intent="enroll" hidden={{ courseId: course.id }} label={`${t('courses.enroll')}: ${course.title}`}>
      {t('courses.enroll')}
    </ButtonForm>
  );
}

export function CourseStatusBadge({ status }: { status: CourseCardFragment['status'] }) {
  const t = useT();
  return status === 'PUBLISHED' ? null : <span className="badge badge-pending">{t(`courses.status.${status}`)}</span>;
}

/** The heading of a course's pages: its institute (a link), the title, and what goes under it or beside it. */
export function CourseHeading({ course, title, children, aside }: { course: Pick<CourseCardFragment, 'institute'>; title: string; children?: ReactNode; aside?: ReactNode }) {
  return (
    <header className="page-heading">
      <div>
        <p className="eyebrow">
          <Link to={`/organisasi/${course.institute.slug}`}>{course.institute.name}</Link>
        </p>
        <h1>{title}</h1>
        {children}
      </div>
      {aside}
    </header>
  );
}
