import type { OrganizationCardFragment, ServiceCardFragment } from '@gotong/graphql-client';
import { Link } from '@remix-run/react';
import { useT, withElements } from '~/lib/i18n';

export function VerifiedBadge({ verified }: { verified: boolean }) {
  const t = useT();
  return <span className={verified ? 'badge badge-verified' : 'badge badge-pending'}>{t(verified ? 'organizations.verified' : 'organizations.unverified')}</span>;
}

export function OrganizationCard({ organization, headingLevel = 3 }: { organization: OrganizationCardFragment; headingLevel?: 2 | 3 }) {
  const t = useT();
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="card">
      <Heading className="card-title">
        <Link to={`/organisasi/${organization.slug}`}>{organization.name}</Link>
      </Heading>
      <p className="meta">
        <span>{t(`organizations.kind.${organization.kind}`)}</span> · <span>{t('organizations.memberCount', { count: organization.memberCount })}</span>{' '}
        <VerifiedBadge verified={organization.verified} />
      </p>
      {organization.description ? <p className="card-text">{organization.description}</p> : null}
    </article>
  );
}

export function ServiceCard({ service, showAgency = true }: { service: ServiceCardFragment; showAgency?: boolean }) {
  const t = useT();
  return (
    <article className="card">
      <h3 className="card-title">
        <Link to={`/layanan/${service.slug}`}>{service.name}</Link>
      </h3>
      {showAgency ? (
        <p className="meta">
          {withElements(t('services.by'), { agency: <Link to={`/organisasi/${service.agency.slug}`}>{service.agency.name}</Link> })}
        </p>
      ) : null}
      {service.description ? <p className="card-text">{service.description}</p> : null}
      {service.population ? <p className="meta">{t('services.population.value', { count: service.population })}</p> : null}
    </article>
  );
}

