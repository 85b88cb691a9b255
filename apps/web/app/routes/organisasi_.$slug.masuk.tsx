import { AgencyInboxDocument, type IdeaStatus } from '@gotong/graphql-client';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { ErrorPage } from '~/components/error-page';
import { Pagination } from '~/components/pagination';
import { ClockList } from '~/components/responses/response-clocks';
import { graphql, notFound } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(matches, data ? { key: 'meta.agencyInbox', values: { name: data.organization.name } } : 'meta.notFound');

const statuses: readonly IdeaStatus[] = ['OPEN', 'UNDER_REVIEW', 'ACCEPTED', 'DECLINED', 'MERGED'];

/** The filter as the address holds it: ?layanan=<service id>&status=OPEN&lewat=1. */
function filterOf(search: URLSearchParams) {
  return {
    serviceId: search.get('layanan') || null,
    status: statuses.find((status) => status === search.get('status')) ?? null,
    overdue: search.get('lewat') === '1' ? true : null,
  };
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const filter = filterOf(search);
  // The API refuses the inbox to anyone but the agency's officers: a 403 (or sign in) from the GraphQL error.
  const { organization } = await graphql({ request, context }, AgencyInboxDocument, { slug: params.slug ?? '', filter, first: 20, after: search.get('setelah') });
  if (!organization) throw notFound();
  return { organization, filter };
}

/** An agency's officers' inbox: each problem addressed to it with its clocks, the nearest deadline first. */
export default function AgencyInbox() {
  const t = useT();
  const { organization, filter } = useLoaderData<typeof loader>();
  const services = organization.services.edges.map(({ node }) => node);
  return (
    <>
      <h1>{t('responses.inbox.title', { name: organization.name })}</h1>
      <p>
        <Link to={`/organisasi/${organization.slug}`}>{organization.name}</Link> · {t('responses.inbox.intro')}
      </p>
      <Form method="get" className="filter-bar" role="search">
        <label htmlFor="inbox-service">{t('responses.inbox.service')}</label>
        <select id="inbox-service" name="layanan" defaultValue={filter.serviceId ?? ''}>
          <option value="">{t('responses.inbox.all')}</option>
          {services.map((service) => (
            <option key={service.id} value={service.id}>
              {service.name}
            </option>
          ))}
        </select>
        <label htmlFor="inbox-status">{t('responses.inbox.status')}</label>
        <select id="inbox-status" name="status" defaultValue={filter.status ?? ''}>
          <option value="">{t('responses.inbox.all')}</option>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {t(`ideas.status.${status}`)}
            </option>
          ))}
        </select>
        <label>
          <input type="checkbox" name="lewat" value="1" defaultChecked={filter.overdue === true} /> {t('responses.inbox.overdue')}
        </label>
        <button type="submit" className="button button-secondary">
          {t('responses.inbox.filter')}
        </button>
      </Form>
      {organization.inbox.edges.length > 0 ? (
        <ol className="inbox-list">
          {organization.inbox.edges.map(({ node }) => (
            <li key={node.id} className="card inbox-item">
              <h2>
                <Link to={`/gagasan/${node.id}`}>{node.title}</Link>
              </h2>
              <p>
                <span className="badge">{t(`ideas.status.${node.status}`)}</span>
                {node.service ? ` · ${node.service.name}` : null}
              </p>
              <ClockList clocks={node.responseClocks} timeZone={organization.timeZone} />
            </li>
          ))}
        </ol>
      ) : (
        <EmptyState>{t('responses.inbox.empty')}</EmptyState>
      )}
      <Pagination pageInfo={organization.inbox.pageInfo} totalCount={organization.inbox.totalCount} />
    </>
  );
}

export const ErrorBoundary = ErrorPage;
