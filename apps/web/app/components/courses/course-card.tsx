import type { CoursesQuery } from '@gotong/graphql-client';
import { Link } from '@remix-run/react';
import { ButtonForm } from '~/components/form';
import { useLocale, useT } from '~/lib/i18n';
import { useViewer } from '~/lib/root-data';

type Course = CoursesQuery['courses']['edges'][number]['node'];

/** A course in the catalogue: schedule, seats left and the viewer's enrol / cancel button. */
export function CourseCard({ course }: { course: Course }) {
  const t = useT();
  const viewer = useViewer();
  const locale = useLocale();
  const status = course.viewerEnrollment?.status;
  const time = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' });
  return (
    <article className="card">
      <h2>{course.title}</h2>
      <p>
        <span className="badge">{t(`courses.format.${course.format}`)}</span> {t('courses.by', { institute: course.institute.name })}
      </p>
      <p>{course.summary}</p>
      <h3>{t('courses.sessions')}</h3>
      <ul>
        {course.sessions.map((session) => (
          <li key={session.startsAt}>
            {time.format(new Date(session.startsAt))}
            {session.place ? ` · ${session.place}` : ''}
          </li>
        ))}
      </ul>
      <p>{course.seatsLeft > 0 ? t('courses.seatsLeft', { seats: course.seatsLeft, capacity: course.capacity }) : t('courses.full')}</p>
      {status === 'COMPLETED' ? (
        <p>{t('courses.completed')}</p>
      ) : status === 'ENROLLED' ? (
        <>
          <p>{t('courses.enrolled')}</p>
          <ButtonForm intent="cancel" hidden={{ courseId: course.id }} className="button button-secondary" label={`${t('courses.cancel')}: ${course.title}`}>
            {t('courses.cancel')}
          </ButtonForm>
        </>
      ) : !viewer ? (
        <Link to="/masuk?kembali=/pelatihan">{t('courses.signInToEnroll')}</Link>
      ) : course.seatsLeft > 0 ? (
        <ButtonForm intent="enroll" hidden={{ courseId: course.id }} label={`${t('courses.enroll')}: ${course.title}`}>
          {t('courses.enroll')}
        </ButtonForm>
      ) : null}
    </article>
  );
}
