import { HomePageDocument } from '@gotong/graphql-client';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { IdeaCard } from '~/components/ideas/idea-card';
import { OrganizationCard, ServiceCard } from '~/components/organization-card';
import { InnovationCard } from '~/components/pipeline/innovation-card';
import { useStageLabel } from '~/components/pipeline/stage';
import { FigureList } from '~/components/statistics/statistics-section';
import { formatNumber } from '@gotong/messages/format';
import { ikmText } from '~/components/statistics/statistics-tables';
import { SurveyList } from '~/components/surveys/survey-list';
import { graphql } from '~/lib/graphql.server';
import { useLocale, useT } from '~/lib/i18n';
import { localeOf } from '~/lib/i18n.server';
import { useViewer } from '~/lib/root-data';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.home');

export async function loader({ request, context }: LoaderFunctionArgs) {
  return graphql({ request, context }, HomePageDocument, { locale: localeOf(request, null) });
}

function Figures() {
  const t = useT();
  const locale = useLocale();
  const stageLabel = useStageLabel();
  const { stats } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="figures-title" className="section">
      <div className="section-heading">
        <h2 id="figures-title">{t('home.figures.title')}</h2>
        <Link to="/statistik">{t('home.figures.all')}</Link>
      </div>
      <FigureList
        figures={[
          [t('home.figures.ideas'), formatNumber(locale, stats.ideas.total)],
          [t('home.figures.innovations'), formatNumber(locale, stats.innovations.total)],
          [t('home.figures.agencies'), formatNumber(locale, stats.agenciesTakingPart)],
          [t('home.figures.ikm'), ikmText(locale, stats.satisfaction.overall, t('home.figures.noIkm'))],
        ]}
      />
      <h3>{t('home.figures.stages')}</h3>
      <ul className="stage-counts">
        {stats.innovations.byStage.map((entry) => (
          <li key={entry.stage}>
            <Link to={`/inovasi?tahap=${entry.stage}`}>{stageLabel(entry.stage)}</Link> <strong>{formatNumber(locale, entry.count)}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function Home() {
  const t = useT();
  const viewer = useViewer();
  const { mostSupportedIdeas, recentlyInstitutionalizedInnovations, surveys, organizations, services } = useLoaderData<typeof loader>();
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

      <Figures />

      <section aria-labelledby="supported-title" className="section">
        <div className="section-heading">
          <h2 id="supported-title">{t('home.supported.title')}</h2>
          <Link to="/gagasan?urut=HOT">{t('home.supported.all')}</Link>
        </div>
        {mostSupportedIdeas.length > 0 ? (
          <ol className="card-list">
            {mostSupportedIdeas.map(({ idea, votes }) => (
              <li key={idea.id}>
                <p className="meta">{t('home.supported.votes', { count: votes })}</p>
                <IdeaCard idea={idea} headingLevel={3} />
              </li>
            ))}
          </ol>
        ) : (
          <EmptyState>{t('home.supported.empty')}</EmptyState>
        )}
      </section>

      <section aria-labelledby="institutionalized-title" className="section">
        <div className="section-heading">
          <h2 id="institutionalized-title">{t('home.institutionalized.title')}</h2>
          <Link to="/inovasi?tahap=INSTITUTIONALIZED">{t('home.institutionalized.all')}</Link>
        </div>
        {recentlyInstitutionalizedInnovations.length > 0 ? (
          <div className="card-grid">
            {recentlyInstitutionalizedInnovations.map((innovation) => (
              <InnovationCard key={innovation.id} innovation={innovation} headingLevel={3} />
            ))}
          </div>
        ) : (
          <EmptyState>{t('home.institutionalized.empty')}</EmptyState>
        )}
      </section>

      <section aria-labelledby="surveys-title" className="section">
        <div className="section-heading">
          <h2 id="surveys-title">{t('home.surveys.title')}</h2>
          <Link to="/survei">{t('home.surveys.all')}</Link>
        </div>
        {surveys.edges.length > 0 ? <SurveyList surveys={surveys.edges.map((edge) => edge.node)} /> : <EmptyState>{t('home.surveys.empty')}</EmptyState>}
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
