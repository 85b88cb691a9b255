import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { ErrorPage } from '~/components/error-page';
import { kpiValue } from '~/components/pipeline/kpi-value';
import { useStageLabel } from '~/components/pipeline/stage';
import { loadEvidencePack } from '~/components/reports/evidence-pack.server';
import { PrintButton } from '~/components/reports/print';
import { useFormatNumber } from '~/components/surveys/format';
import { dynamicKey, useFormatDate, useLocale, useT, type Message } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(matches, ...evidenceMeta(data?.innovation.title));

function evidenceMeta(title: string | undefined): [Message, Message?] {
  return title === undefined ? ['meta.notFound'] : [{ key: 'meta.evidence', values: { title } }, { key: 'meta.evidence.description', values: { title } }];
}

export async function loader(args: LoaderFunctionArgs) {
  const innovation = await loadEvidencePack(args);
  return { innovation, generatedAt: new Date().toISOString() };
}

const adoptionItems = ['socialisation', 'training', 'feedbackChannel'] as const;

/** What the regional innovation index (IID) and KIPP ask of an innovation, on one printable page (and as JSON). */
export default function EvidencePackPage() {
  const t = useT();
  const locale = useLocale();
  const formatDate = useFormatDate();
  const formatNumber = useFormatNumber();
  const stageLabel = useStageLabel();
  const { innovation, generatedAt } = useLoaderData<typeof loader>();
  const zone = innovation.agency.timeZone;
  const path = `/inovasi/${encodeURIComponent(innovation.id)}`;
  const text = (value: string) => (value ? <p className="prose report-plan">{value}</p> : <p>{t('evidence.empty')}</p>);
  const satisfaction = [
    { label: t('evidence.satisfaction.before'), survey: innovation.satisfaction.before },
    { label: t('evidence.satisfaction.after'), survey: innovation.satisfaction.after },
  ];
  return (
    <article className="report" aria-labelledby="evidence-title">
      <header className="page-heading">
        <div>
          <p className="eyebrow no-print">
            <Link to={path}>{t('evidence.back')}</Link>
          </p>
          <h1 id="evidence-title">{t('evidence.title')}</h1>
          <p className="report-subtitle">{innovation.title}</p>
          <p className="meta">{t('evidence.intro')}</p>
        </div>
        <div className="no-print">
          <PrintButton label={t('evidence.print')} />
          <p>
            <a href={`${path}/bukti.json`} download>
              {t('evidence.json')}
            </a>
          </p>
        </div>
      </header>

      <section aria-labelledby="evidence-profile" className="section">
        <h2 id="evidence-profile">{t('evidence.profile')}</h2>
        {innovation.summary ? <p>{innovation.summary}</p> : null}
        <dl className="report-facts">
          <div>
            <dt>{t('evidence.agency')}</dt>
            <dd>{innovation.agency.name}</dd>
          </div>
          <div>
            <dt>{t('evidence.service')}</dt>
            <dd>{innovation.service?.name ?? t('evidence.noService')}</dd>
          </div>
          <div>
            <dt>{t('evidence.stage')}</dt>
            <dd>{stageLabel(innovation.stage)}</dd>
          </div>
          <div>
            <dt>{t('evidence.createdAt')}</dt>
            <dd>{formatDate(innovation.createdAt, zone)}</dd>
          </div>
          <div>
            <dt>{t('evidence.implementationStartedAt')}</dt>
            <dd>{innovation.implementationStartedAt ? formatDate(innovation.implementationStartedAt, zone) : t('evidence.notYet')}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="evidence-problem" className="section">
        <h2 id="evidence-problem">{t('evidence.problem')}</h2>
        {text(innovation.problemStatement)}
        <h3>{t('evidence.needAnalysis')}</h3>
        {text(innovation.needAnalysis)}
        <h3>{t('evidence.pilotPlan')}</h3>
        {text(innovation.pilotPlan)}
        <h3>{t('evidence.trialResult')}</h3>
        {text(innovation.trialResult)}
        <h3>{t('evidence.evaluationReport')}</h3>
        {text(innovation.evaluationReport)}
      </section>

      <section aria-labelledby="evidence-timeline" className="section">
        <h2 id="evidence-timeline">{t('evidence.timeline')}</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('evidence.timeline.date')}</th>
              <th scope="col">{t('evidence.timeline.move')}</th>
              <th scope="col">{t('evidence.timeline.note')}</th>
            </tr>
          </thead>
          <tbody>
            {innovation.timeline.edges.map(({ node }) => (
              <tr key={node.id}>
                <th scope="row">{formatDate(node.createdAt, zone)}</th>
                <td data-label={t('evidence.timeline.move')}>
                  {node.fromStage ? t('evidence.timeline.moved', { from: stageLabel(node.fromStage), to: stageLabel(node.toStage) }) : t('evidence.timeline.created', { stage: stageLabel(node.toStage) })}
                </td>
                <td data-label={t('evidence.timeline.note')}>{node.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="evidence-kpis" className="section">
        <h2 id="evidence-kpis">{t('evidence.kpis')}</h2>
        {innovation.kpis.length > 0 ? (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('evidence.kpi.name')}</th>
                <th scope="col">{t('evidence.kpi.baseline')}</th>
                <th scope="col">{t('evidence.kpi.target')}</th>
                <th scope="col">{t('evidence.kpi.results')}</th>
              </tr>
            </thead>
            <tbody>
              {innovation.kpis.map((kpi) => (
                <tr key={kpi.id}>
                  <th scope="row">{kpi.name}</th>
                  <td data-label={t('evidence.kpi.baseline')}>{kpiValue(kpi.baseline, kpi.unit, locale)}</td>
                  <td data-label={t('evidence.kpi.target')}>{kpiValue(kpi.target, kpi.unit, locale)}</td>
                  <td data-label={t('evidence.kpi.results')}>
                    {kpi.results.length > 0 ? (
                      <ul className="plain-list">
                        {kpi.results.map((result, index) => (
                          <li key={index}>{t('evidence.kpi.result', { value: kpiValue(result.value, kpi.unit, locale), date: formatDate(result.measuredOn, zone) })}</li>
                        ))}
                      </ul>
                    ) : (
                      t('evidence.kpi.noResults')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('evidence.none')}</p>
        )}
      </section>

      <section aria-labelledby="evidence-adoption" className="section">
        <h2 id="evidence-adoption">{t('evidence.adoption')}</h2>
        <dl className="report-facts">
          {adoptionItems.map((item) => {
            const done = innovation.adoption[item];
            return (
              <div key={item}>
                <dt>{t(dynamicKey(`evidence.adoption.${item}`))}</dt>
                <dd>{done ? t('evidence.adoption.item', { evidence: done.evidence, date: formatDate(done.doneOn, zone) }) : t('evidence.notYet')}</dd>
              </div>
            );
          })}
        </dl>
        <h3>{t('evidence.legalBasis')}</h3>
        <p>
          {innovation.legalBasis
            ? `${innovation.legalBasis.number} (${t(`legalBasisType.${innovation.legalBasis.type}`)})${innovation.legalBasis.enactedOn ? `, ${t('innovation.legalBasis.enactedOn', { date: formatDate(innovation.legalBasis.enactedOn, zone) })}` : ''}`
            : t('evidence.empty')}
        </p>
      </section>

      <section aria-labelledby="evidence-satisfaction" className="section">
        <h2 id="evidence-satisfaction">{t('evidence.satisfaction')}</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('evidence.satisfaction.when')}</th>
              <th scope="col">{t('evidence.satisfaction.survey')}</th>
              <th scope="col">{t('evidence.satisfaction.ikm')}</th>
              <th scope="col">{t('evidence.satisfaction.responses')}</th>
            </tr>
          </thead>
          <tbody>
            {satisfaction.map(({ label, survey }) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {survey ? (
                  <>
                    <td data-label={t('evidence.satisfaction.survey')}>
                      <Link to={`/survei/${encodeURIComponent(survey.id)}/laporan`}>{`${survey.title} · ${survey.period}`}</Link>
                    </td>
                    <td data-label={t('evidence.satisfaction.ikm')}>
                      {survey.results.ikm !== null ? t('evidence.satisfaction.ikmValue', { ikm: formatNumber(survey.results.ikm, 2), grade: survey.results.grade ?? '' }) : t('evidence.empty')}
                    </td>
                    <td data-label={t('evidence.satisfaction.responses')}>{formatNumber(survey.results.responseCount, 0)}</td>
                  </>
                ) : (
                  <td colSpan={3}>{t('evidence.satisfaction.missing')}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="evidence-links" className="section">
        <h2 id="evidence-links">{t('evidence.ideas')}</h2>
        {innovation.ideas.edges.length > 0 ? (
          <ul>
            {innovation.ideas.edges.map(({ node }) => (
              <li key={node.id}>
                <Link to={`/gagasan/${encodeURIComponent(node.id)}`}>{node.title}</Link> · {t(dynamicKey(`ideas.status.${node.status}`))}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('evidence.none')}</p>
        )}
        <h3>{t('evidence.proposals')}</h3>
        {innovation.pilotProposals.edges.length > 0 ? (
          <ul>
            {innovation.pilotProposals.edges.map(({ node }) => (
              <li key={node.id}>
                <Link to={`/usulan-pilot/${encodeURIComponent(node.id)}`}>{node.title}</Link> · {node.proposer.name} · {t(dynamicKey(`proposals.status.${node.status}`))}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('evidence.none')}</p>
        )}
        <h3>{t('evidence.courses')}</h3>
        {innovation.courses.edges.length > 0 ? (
          <ul>
            {innovation.courses.edges.map(({ node }) => (
              <li key={node.id}>
                <Link to={`/pelatihan/${encodeURIComponent(node.id)}`}>{node.title}</Link> · {node.institute.name}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('evidence.none')}</p>
        )}
      </section>
      <p className="meta print-only">{t('evidence.generatedAt', { date: formatDate(generatedAt, zone) })}</p>
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
