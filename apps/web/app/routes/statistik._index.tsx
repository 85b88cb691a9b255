import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { ErrorPage } from '~/components/error-page';
import { FigureList, StatisticsSection } from '~/components/statistics/statistics-section';
import { loadStatistics } from '~/components/statistics/statistics-data.server';
import { formatNumber } from '@gotong/messages/format';
import { filterSearch, ikmText, statisticsTables } from '~/components/statistics/statistics-tables';
import { formatDay } from '~/lib/dates';
import { useLocale, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageMeta(matches, 'meta.statistics', 'meta.statistics.description');

export async function loader({ request, context }: LoaderFunctionArgs) {
  return loadStatistics({ request, context });
}

export default function Statistics() {
  const t = useT();
  const locale = useLocale();
  const { chosen, agencies, services, stats } = useLoaderData<typeof loader>();
  const tables = statisticsTables(stats, t, locale);
  const search = filterSearch(chosen);
  const agency = agencies.find((candidate) => candidate.id === chosen.agencyId);
  const service = services.find((candidate) => candidate.id === chosen.serviceId);
  const dayText = (day: string) => formatDay(locale, `${day}T12:00:00+07:00`);
  const scope = [
    agency?.name,
    service?.name,
    chosen.from ? t('statistics.scope.from', { day: dayText(chosen.from) }) : null,
    chosen.to ? t('statistics.scope.to', { day: dayText(chosen.to) }) : null,
  ].filter(Boolean);
  const figures: [string, string][] = [
    [t('statistics.figures.ideas'), formatNumber(locale, stats.ideas.total)],
    [t('statistics.figures.innovations'), formatNumber(locale, stats.innovations.total)],
    [t('statistics.figures.agencies'), formatNumber(locale, stats.agenciesTakingPart)],
    [t('statistics.figures.ikm'), ikmText(locale, stats.satisfaction.overall, t('statistics.figures.noIkm'))],
  ];
  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t('statistics.title')}</h1>
          <p className="lead">{t('statistics.lead')}</p>
          <p>
            <Link to="/data-terbuka">{t('statistics.openData')}</Link>
          </p>
        </div>
      </div>
      <Form method="get" className="filter-bar statistics-filter" aria-label={t('statistics.filter.legend')}>
        <label htmlFor="statistics-agency">{t('statistics.filter.agency')}</label>
        <select id="statistics-agency" name="instansi" defaultValue={chosen.agencyId ?? ''} key={`agency-${chosen.agencyId}`}>
          <option value="">{t('statistics.filter.allAgencies')}</option>
          {agencies.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
        {chosen.agencyId ? (
          <>
            <label htmlFor="statistics-service">{t('statistics.filter.service')}</label>
            <select id="statistics-service" name="layanan" defaultValue={chosen.serviceId ?? ''} key={`service-${chosen.serviceId}`}>
              <option value="">{t('statistics.filter.allServices')}</option>
              {services.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </select>
          </>
        ) : (
          <p className="field-hint">{t('statistics.filter.serviceHint')}</p>
        )}
        <label htmlFor="statistics-from">{t('statistics.filter.from')}</label>
        <input id="statistics-from" name="dari" type="date" defaultValue={chosen.from} key={`from-${chosen.from}`} />
        <label htmlFor="statistics-to">{t('statistics.filter.to')}</label>
        <input id="statistics-to" name="sampai" type="date" defaultValue={chosen.to} key={`to-${chosen.to}`} />
        <button type="submit" className="button button-secondary">
          {t('statistics.filter.apply')}
        </button>
        {search ? <Link to="/statistik">{t('statistics.filter.clear')}</Link> : null}
      </Form>
      <p className="meta">{scope.length > 0 ? t('statistics.scope.some', { scope: scope.join(', ') }) : t('statistics.scope.all')}</p>

      <section className="section" aria-labelledby="statistics-figures">
        <h2 id="statistics-figures">{t('statistics.figures.title')}</h2>
        <FigureList figures={figures} />
      </section>

      {tables.map((table) => (
        <StatisticsSection key={table.id} table={table} search={search} />
      ))}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
