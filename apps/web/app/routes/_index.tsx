import { OrganizationsDocument, ServicesDocument } from '@gotong/graphql-client';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { OrganizationCard, ServiceCard } from '~/components/organization-card';
import { graphql } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { useViewer } from '~/lib/root-data';

export const meta: MetaFunction = () => [
  { title: 'Gotong · Inovasi pelayanan publik, bersama' },
  { name: 'description', content: 'Usulkan, bahas, pilih dan kawal inovasi pelayanan publik bersama warga, instansi, mitra dan LSM.' },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [organizations, services] = await Promise.all([
    graphql({ request, context }, OrganizationsDocument, { first: 6, filter: { verified: true } }),
    graphql({ request, context }, ServicesDocument, { first: 6 }),
  ]);
  return { organizations: organizations.organizations, services: services.services };
}

export default function Home() {
  const t = useT();
  const viewer = useViewer();
  const { organizations, services } = useLoaderData<typeof loader>();
  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <p className="actions">
          {viewer ? null : (
            <Link to="/daftar" className="button">
              {t('home.join')}
            </Link>
          )}
          <Link to="/organisasi" className="button button-secondary">
            {t('home.explore')}
          </Link>
        </p>
      </section>

      <section aria-labelledby="how-title" className="section">
        <h2 id="how-title">{t('home.how.title')}</h2>
        <ol className="steps">
          <li>{t('home.how.propose')}</li>
          <li>{t('home.how.discuss')}</li>
          <li>{t('home.how.track')}</li>
        </ol>
      </section>

      <section aria-labelledby="organizations-title" className="section">
        <div className="section-heading">
          <h2 id="organizations-title">{t('home.organizations.title')}</h2>
          <Link to="/organisasi">{t('home.organizations.all')}</Link>
        </div>
        {organizations.edges.length > 0 ? (
          <div className="card-grid">
            {organizations.edges.map(({ node }) => (
              <OrganizationCard key={node.id} organization={node} />
            ))}
          </div>
        ) : (
          <EmptyState>{t('home.empty')}</EmptyState>
        )}
      </section>

      <section aria-labelledby="services-title" className="section">
        <div className="section-heading">
          <h2 id="services-title">{t('home.services.title')}</h2>
          <Link to="/layanan">{t('services.index.all')}</Link>
        </div>
        {services.edges.length > 0 ? (
          <div className="card-grid">
            {services.edges.map(({ node }) => (
              <ServiceCard key={node.id} service={node} />
            ))}
          </div>
        ) : (
          <EmptyState>{t('home.empty')}</EmptyState>
        )}
      </section>
    </>
  );
}
