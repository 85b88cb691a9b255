import type { SatisfactionPointFragment } from '@gotong/graphql-client';
import { Link } from '@remix-run/react';
import { useFormatDate, useT } from '~/lib/i18n';
import { useFormatNumber } from './format';

type Service = { slug: string; name: string } | null | undefined;

function Point({ label, survey }: { label: string; survey: SatisfactionPointFragment | null | undefined }) {
  const t = useT();
  const formatNumber = useFormatNumber();
  const formatDate = useFormatDate();
  const { ikm, grade, performance, responseCount } = survey?.results ?? {};
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {survey && ikm !== null && ikm !== undefined ? (
          <>
            <strong>{t('surveys.ikmShort', { ikm: formatNumber(ikm, 2), grade: grade ?? '' })}</strong> · {performance} ·{' '}
            <Link to={`/survei/${encodeURIComponent(survey.id)}`}>{survey.period}</Link>
            <span className="meta">
              {' '}
              · {t('surveys.responses', { count: responseCount ?? 0 })} · {formatDate(survey.closesAt)}
            </span>
          </>
        ) : (
          t('innovation.satisfaction.none')
        )}
      </dd>
    </div>
  );
}

/** The IKM of the innovation's target service before and after implementation (DESIGN §5), linked to both surveys. */
export function InnovationSatisfaction({ service, before, after }: { service: Service; before?: SatisfactionPointFragment | null; after?: SatisfactionPointFragment | null }) {
  const t = useT();
  return (
    <section aria-labelledby="satisfaction-title" className="section">
      <h2 id="satisfaction-title">{t('innovation.satisfaction')}</h2>
      {service ? (
        <>
          <dl>
            <Point label={t('innovation.satisfaction.before')} survey={before} />
            <Point label={t('innovation.satisfaction.after')} survey={after} />
          </dl>
          <p>
            <Link to={`/layanan/${service.slug}`}>{t('innovation.satisfaction.history', { service: service.name })}</Link>
          </p>
        </>
      ) : (
        <p>{t('innovation.satisfaction.noService')}</p>
      )}
    </section>
  );
}
