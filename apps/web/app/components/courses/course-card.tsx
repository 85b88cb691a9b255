import type { CourseCardFragment } from '@gotong/graphql-client';
import { Link } from '@remix-run/react';
import { useT } from '~/lib/i18n';
import { CourseStatusBadge, EnrollmentControls, SeatsLeft, SessionList } from './course-parts';

/** A course in the catalogue: schedule, seats left and the viewer's enrol / cancel button. */
export function CourseCard({ course }: { course: CourseCardFragment }) {
  const t = useT();
  return (
    <article className="card">
      <h2>
        <Link to={`/pelatihan/${encodeURIComponent(course.id)}`}>{course.title}</Link>
      </h2>
      <p>
        <span className="badge">{t(`courses.format.${course.format}`)}</span> <CourseStatusBadge status={course.status} /> {t('courses.by', { institute: course.institute.name })}
      </p>
      <p>{course.summary}</p>
      <h3>{t('courses.sessions')}</h3>
      <SessionList sessions={course.sessions} timeZone={course.institute.timeZone} />
      <SeatsLeft course={course} />
      <EnrollmentControls course={course} returnTo="/pelatihan" />
    </article>
  );
}
