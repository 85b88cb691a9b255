import { ServiceIndexDocument, type ServiceIndexQuery } from '@gotong/graphql-client';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { ErrorPage } from '~/components/error-page';
import { Pagination } from '~/components/pagination';
import { useFormatNumber } from '~/components/surveys/format';
import { graphql } from '~/lib/graphql.server';
import { useFormatDate, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.services', 'meta.services.description');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const text = search.get('q')?.trim() ?? '';
  const { services } = await graphql({ request, context }, ServiceIndexDocument, { first: 30, after: search.get('setelah'), filter: { text: text || undefined } });
  return { services, text };
}

type ServiceNode = ServiceIndexQuery['services']['edges'][number]['node'];

/** The page's services in runs of one agency each (the API orders them so). */
function byAgency(services: ServiceNode[]): { agency: ServiceNode['agency']; services: ServiceNode[] }[] {
  const groups: { agency: ServiceNode['agency']; services: ServiceNode[] }[] = [];
  for (const service of services) {
    const last = groups.at(-1);
    if (last?.agency.id === service.agency.id) last.services.push(service);
    else groups.push({ agency: service.agency, services: [service] });
  }
  return groups;
}

function LatestIkm({ service }: { service: ServiceNode }) {
  const t = useT();
  const formatNumber = useFormatNumber();
  const formatDate = useFormatDate();
  const latest = service.satisfaction.findLast((survey) => survey.results.ikm !== null);
  if (!latest || latest.results.ikm === null) return <p className="meta">{t('services.index.noIkm')}</p>;
  return (
    <p className="meta">
      <Link to={`/survei/${encodeURIComponent(latest.id)}`}>
        {t('services.index.latestIkm', { ikm: formatNumber(latest.results.ikm, 2), grade: latest.results.grade ?? '', date: formatDate(latest.closesAt, service.agency.timeZone) })}
      </Link>
    </p>
  );
}

export default function ServiceIndex() {
  const t = useT();
  const { services, text } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t('services.index.title')}</h1>
      <p className="lead">{t('services.index.intro')}</p>
      <Form method="get" className="filter-bar" role="search">
        <label htmlFor="services-text">{t('services.index.search')}</label>
        <input id="services-text" name="q" type="search" defaultValue={text} key={text} />
        <button type="submit" className="button button-secondary">
          {t('services.index.find')}
        </button>
      </Form>
      {services.edges.length > 0 ? (
        byAgency(services.edges.map(({ node }) => node)).map((group) => (
          <section key={`${group.agency.id}-${group.services[0].id}`} className="section" aria-labelledby={`agency-${group.services[0].id}`}>
            <h2 id={`agency-${group.services[0].id}`}>
              <Link to={`/organisasi/${group.agency.slug}`}>{group.agency.name}</Link>
            </h2>
            <ul className="card-list">
              {group.services.map((service) => (
                <li key={service.id} className="card">
                  <h3 className="card-title">
                    <Link to={`/layanan/${service.slug}`}>{service.name}</Link>
                  </h3>
                  {service.description ? <p className="card-text">{service.description}</p> : null}
                  <LatestIkm service={service} />
                </li>
              ))}
            </ul>
          </section>
        ))
      ) : (
        <EmptyState>{t('services.index.empty')}</EmptyState>
      )}
      <Pagination pageInfo={services.pageInfo} totalCount={services.totalCount} />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
