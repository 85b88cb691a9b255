import type { OrganizationCoursesAndProposalsQuery } from '@gotong/graphql-client';
import { Link } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { Pagination } from '~/components/pagination';
import { useFormatDate, useT } from '~/lib/i18n';
import { CourseStatusBadge } from './course-parts';

type Activity = NonNullable<OrganizationCoursesAndProposalsQuery['organization']>;

/** A training institute's courses on its page (drafts only for its officers), with "new course" for them. */
export function OrganizationCourses({ courses, newCourseFor }: { courses: Activity['courses']; newCourseFor: string | null }) {
  const t = useT();
  const formatDate = useFormatDate();
  return (
    <section aria-labelledby="courses-title" className="section">
      <div className="section-heading">
        <h2 id="courses-title">
          {t('courses.organization.title')} <span className="count">{t('layout.count', { count: courses.totalCount })}</span>
        </h2>
        {newCourseFor ? (
          <Link className="button" to={`/pelatihan/baru?lembaga=${encodeURIComponent(newCourseFor)}`}>
            {t('courses.organization.new')}
          </Link>
        ) : null}
      </div>
      {courses.edges.length > 0 ? (
        <ul className="card-list">
          {courses.edges.map(({ node }) => (
            <li key={node.id} className="card">
              <h3 className="card-title">
                <Link to={`/pelatihan/${encodeURIComponent(node.id)}`}>{node.title}</Link>
              </h3>
              <p className="meta">
                <span className="badge">{t(`courses.format.${node.format}`)}</span> <CourseStatusBadge status={node.status} />{' '}
                {node.sessions[0] ? t('courses.organization.starts', { date: formatDate(node.sessions[0].startsAt) }) : null}
                {' · '}
                {node.seatsLeft > 0 ? t('courses.seatsLeft', { seats: node.seatsLeft, capacity: node.capacity }) : t('courses.full')}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>{t('courses.organization.none')}</EmptyState>
      )}
      <Pagination pageInfo={courses.pageInfo} parameter="pelatihan-setelah" />
    </section>
  );
}

/** Pilot proposals made by or to the organisation that the viewer may see (for everyone: the accepted ones). */
export function OrganizationProposals({ proposals }: { proposals: Activity['pilotProposals'] }) {
  const t = useT();
  return (
    <section aria-labelledby="proposals-title" className="section">
      <h2 id="proposals-title">
        {t('proposals.title')} <span className="count">{t('layout.count', { count: proposals.totalCount })}</span>
      </h2>
      {proposals.edges.length > 0 ? (
        <ul className="card-list">
          {proposals.edges.map(({ node }) => (
            <li key={node.id} className="card">
              <h3 className="card-title">
                <Link to={`/usulan-pilot/${encodeURIComponent(node.id)}`}>{node.title}</Link>
              </h3>
              <p className="meta">
                <span className="badge">{t(`proposals.status.${node.status}`)}</span>{' '}
                {t('courses.organization.proposalParties', { proposer: node.proposer.name, agency: node.agency.name })}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>{t('courses.organization.noProposals')}</EmptyState>
      )}
      <Pagination pageInfo={proposals.pageInfo} parameter="usulan-setelah" />
    </section>
  );
}
