import { CommentAddedDocument, InnovationChangedDocument, InnovationDocument, InnovationPilotProposalsDocument, ProposalOrganizationsDocument } from '@gotong/graphql-client';
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { ErrorPage } from '~/components/error-page';
import { CommentThread } from '~/components/ideas/comment-thread';
import { contentAction } from '~/components/ideas/content-actions.server';
import { ReportForm } from '~/components/ideas/report-form';
import { Notice } from '~/components/notice';
import { proposingOrganizations } from '~/components/partners/proposal-organizations';
import { ProposalSection, proposalsParameter } from '~/components/partners/proposal-section';
import { moveInnovation } from '~/components/pipeline/move-action.server';
import { MoveForm } from '~/components/pipeline/move-form';
import { GateChecklist } from '~/components/pipeline/gate-checklist';
import { kpiValue } from '~/components/pipeline/kpi-value';
import { LinkedIdeas } from '~/components/pipeline/linked-ideas';
import { editorPath } from '~/components/pipeline/requirement-links';
import { StageBadge, useStageLabel } from '~/components/pipeline/stage';
import { MilestoneProgress, StageStepper } from '~/components/pipeline/stage-stepper';
import { InnovationSatisfaction } from '~/components/surveys/innovation-satisfaction';
import { verifiedFormData } from '~/lib/csrf.server';
import { textOf } from '~/lib/forms';
import { graphql, notFound } from '~/lib/graphql.server';
import { useFormatDate, useLocale, useT } from '~/lib/i18n';
import { localeOf } from '~/lib/i18n.server';
import { useViewer } from '~/lib/root-data';
import { withComment } from '~/lib/live-updates';
import { useLiveEvents, useLiveState } from '~/lib/use-live';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(matches, data ? { key: 'meta.innovation', values: { title: data.innovation.title } } : 'meta.notFound');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const id = params.id ?? '';
  const search = new URL(request.url).searchParams;
  const [{ innovation }, proposals, { viewer }] = await Promise.all([
    graphql({ request, context }, InnovationDocument, { id, locale: localeOf(request, null), commentsAfter: search.get('komentar') }),
    graphql({ request, context }, InnovationPilotProposalsDocument, { id, after: search.get(proposalsParameter) }),
    graphql({ request, context }, ProposalOrganizationsDocument),
  ]);
  if (!innovation || !proposals.innovation) throw notFound();
  return { innovation, pilotProposals: proposals.innovation.pilotProposals, mayPropose: proposingOrganizations(viewer).length > 0 };
}

const adoptionItems = ['socialisation', 'training', 'feedbackChannel'] as const;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const intent = textOf(formData, 'intent') ?? '';
  const here = `/inovasi/${encodeURIComponent(params.id ?? '')}`;
  const args = { request, context };
  const commented = await contentAction(args, formData, params.id ?? '', here);
  if (commented) return commented;
  if (intent.startsWith('move-')) return moveInnovation(args, formData, localeOf(request, null), here);
  throw new Response('Unknown action', { status: 400 });
}

function TextSection({ title, text }: { title: string; text: string }) {
  return (
    <section className="section">
      <h2>{title}</h2>
      <p className="prose">{text}</p>
    </section>
  );
}

type SectionName = 'problemStatement' | 'needAnalysis' | 'kpis' | 'milestones' | 'pilotPlan' | 'trialResult' | 'adoption' | 'evaluationReport' | 'legalBasis' | 'courses';

/** Where the editor fills in each section (courses are linked by training institutes, not here). */
const sectionAnchors: Partial<Record<SectionName, string>> = {
  problemStatement: 'content-problemStatement',
  needAnalysis: 'content-needAnalysis',
  kpis: 'kpi-add-name',
  milestones: 'milestone-add-title',
  pilotPlan: 'content-pilotPlan',
  trialResult: 'content-trialResult',
  adoption: 'adoption-socialisation.evidence',
  evaluationReport: 'content-evaluationReport',
  legalBasis: 'legal-legalBasis.type',
};

/** The sections with nothing in them yet, one line each saying what will appear there (a link to fill it in for editors). */
function EmptySections({ names, innovationId, editable }: { names: SectionName[]; innovationId: string; editable: boolean }) {
  const t = useT();
  if (names.length === 0) return null;
  return (
    <section aria-labelledby="empty-sections-title" className="section">
      <h2 id="empty-sections-title">{t('innovation.emptySections')}</h2>
      <ul className="empty-sections">
        {names.map((name) => {
          const anchor = sectionAnchors[name];
          return (
            <li key={name}>
              <strong>{editable && anchor ? <Link to={`${editorPath(innovationId)}#${anchor}`}>{t(`innovation.${name}`)}</Link> : t(`innovation.${name}`)}</strong>
              {' — '}
              {t(`innovation.empty.${name}`)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export default function InnovationPage() {
  const t = useT();
  const locale = useLocale();
  const formatDate = useFormatDate();
  const stageLabel = useStageLabel();
  const viewer = useViewer();
  const [{ innovation, pilotProposals, mayPropose }, applyLive] = useLiveState(useLoaderData<typeof loader>());
  useLiveEvents(InnovationChangedDocument, { id: innovation.id, locale }, ({ innovationChanged }) =>
    applyLive((page) => ({ ...page, innovation: { ...page.innovation, ...innovationChanged, viewerCanMove: page.innovation.viewerCanMove && innovationChanged.allowedMoves.length > 0 } })),
  );
  useLiveEvents(CommentAddedDocument, { subjectId: innovation.id }, ({ commentAdded }) =>
    applyLive((page) => ({ ...page, innovation: { ...page.innovation, comments: withComment(page.innovation.comments, commentAdded, viewer) } })),
  );
  const adopted = adoptionItems.some((item) => innovation.adoption[item] !== null);
  const filled: Record<SectionName, boolean> = {
    problemStatement: innovation.problemStatement !== '',
    needAnalysis: innovation.needAnalysis !== '',
    kpis: innovation.kpis.length > 0,
    milestones: innovation.milestones.length > 0,
    pilotPlan: innovation.pilotPlan !== '',
    trialResult: innovation.trialResult !== '',
    adoption: adopted,
    evaluationReport: innovation.evaluationReport !== '',
    legalBasis: innovation.legalBasis !== null,
    courses: innovation.courses.totalCount > 0,
  };
  const empty = (Object.keys(filled) as SectionName[]).filter((name) => !filled[name]);
  return (
    <>
      <header className="page-heading">
        <div>
          <p className="eyebrow">
            <Link to={`/organisasi/${innovation.agency.slug}/inovasi`}>{innovation.agency.name}</Link>
            {innovation.service ? ` · ${innovation.service.name}` : ''}
          </p>
          <h1>{innovation.title}</h1>
          <p className="meta">
            <StageBadge stage={innovation.stage} /> {t('innovation.since', { date: formatDate(innovation.stageEnteredAt) })}
            {innovation.pausedFrom ? ` · ${t('innovation.pausedFrom', { stage: stageLabel(innovation.pausedFrom) })}` : ''}
          </p>
          <StageStepper stage={innovation.stage} pausedFrom={innovation.pausedFrom ?? null} />
          {innovation.summary ? <p className="lead">{innovation.summary}</p> : null}
          <MilestoneProgress progress={innovation.progress} count={innovation.milestones.length} />
          <p>
            <Link to={`/inovasi/${encodeURIComponent(innovation.id)}/bukti`}>{t('evidence.link')}</Link>
          </p>
          {innovation.viewerCanEdit ? (
            <p>
              <Link className="button" to={editorPath(innovation.id)}>
                {t('innovation.edit')}
              </Link>
            </p>
          ) : null}
          {viewer && !innovation.viewerCanEdit ? <ReportForm subjectId={innovation.id} /> : null}
        </div>
      </header>
      <Notice />

      <section aria-labelledby="gate-title" className="section panel">
        <GateChecklist gate={innovation.nextGate ?? null} innovation={innovation} linked={innovation.viewerCanEdit} />
        {innovation.viewerCanMove ? (
          <>
            <h3>{t('move.title')}</h3>
            <MoveForm innovation={innovation} />
          </>
        ) : null}
      </section>

      {filled.problemStatement ? <TextSection title={t('innovation.problemStatement')} text={innovation.problemStatement} /> : null}
      {filled.needAnalysis ? <TextSection title={t('innovation.needAnalysis')} text={innovation.needAnalysis} /> : null}

      {filled.kpis ? (
        <section aria-labelledby="kpi-title" className="section">
          <h2 id="kpi-title">{t('innovation.kpis')}</h2>
          <table className="table kpi-table">
            <thead>
              <tr>
                <th scope="col">{t('innovation.kpi.name')}</th>
                <th scope="col">{t('innovation.kpi.baseline')}</th>
                <th scope="col">{t('innovation.kpi.target')}</th>
                <th scope="col">{t('innovation.kpi.results')}</th>
              </tr>
            </thead>
            <tbody>
              {innovation.kpis.map((kpi) => (
                <tr key={kpi.id}>
                  <th scope="row">{kpi.name}</th>
                  <td>{kpiValue(kpi.baseline, kpi.unit, locale)}</td>
                  <td>{kpiValue(kpi.target, kpi.unit, locale)}</td>
                  <td>
                    {kpi.results.length > 0 ? (
                      <ul>
                        {kpi.results.map((result, index) => (
                          <li key={index}>
                            {`${kpiValue(result.value, kpi.unit, locale)} · ${formatDate(result.measuredOn)}`}
                            {result.note ? ` · ${result.note}` : ''}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      t('innovation.kpi.noResults')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {filled.milestones ? (
        <section aria-labelledby="milestones-title" className="section">
          <h2 id="milestones-title">{t('innovation.milestones')}</h2>
          <ul>
            {innovation.milestones.map((milestone, index) => (
              <li key={index}>
                {milestone.doneOn ? '✓ ' : '○ '}
                {milestone.title} · {t('innovation.milestone.due', { date: formatDate(milestone.dueOn) })}
                {milestone.doneOn ? ` · ${t('innovation.milestone.done', { date: formatDate(milestone.doneOn) })}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {filled.pilotPlan ? <TextSection title={t('innovation.pilotPlan')} text={innovation.pilotPlan} /> : null}
      {filled.trialResult ? <TextSection title={t('innovation.trialResult')} text={innovation.trialResult} /> : null}

      {filled.adoption ? (
        <section aria-labelledby="adoption-title" className="section">
          <h2 id="adoption-title">{t('innovation.adoption')}</h2>
          <dl>
            {adoptionItems.map((item) => {
              const done = innovation.adoption[item];
              return (
                <div key={item}>
                  <dt>{t(`innovation.adoption.${item}`)}</dt>
                  <dd>{done ? `${done.evidence} · ${formatDate(done.doneOn)}` : t('innovation.adoption.notDone')}</dd>
                </div>
              );
            })}
          </dl>
        </section>
      ) : null}

      {filled.courses ? (
        <section aria-labelledby="courses-title" className="section">
          <h2 id="courses-title">{t('innovation.courses')}</h2>
          <ul>
            {innovation.courses.edges.map(({ node }) => (
              <li key={node.id}>
                <Link to={`/pelatihan/${encodeURIComponent(node.id)}`}>{node.title}</Link> <span className="meta">{t('innovation.courses.by', { institute: node.institute.name })}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {filled.evaluationReport ? <TextSection title={t('innovation.evaluationReport')} text={innovation.evaluationReport} /> : null}
      <InnovationSatisfaction service={innovation.service} before={innovation.satisfaction.before} after={innovation.satisfaction.after} />
      {innovation.legalBasis ? (
        <section aria-labelledby="legal-title" className="section">
          <h2 id="legal-title">{t('innovation.legalBasis')}</h2>
          <p>
            {`${innovation.legalBasis.number} (${t(`legalBasisType.${innovation.legalBasis.type}`)})`}
            {innovation.legalBasis.enactedOn ? ` · ${t('innovation.legalBasis.enactedOn', { date: formatDate(innovation.legalBasis.enactedOn) })}` : ''}
          </p>
        </section>
      ) : null}

      <EmptySections names={empty} innovationId={innovation.id} editable={innovation.viewerCanEdit} />

      <section aria-labelledby="ideas-title" className="section">
        <h2 id="ideas-title">{t('innovation.ideas')}</h2>
        <LinkedIdeas ideas={innovation.ideas.edges} empty={t('innovation.noIdeas')} />
      </section>

      <ProposalSection proposals={pilotProposals} subjectId={innovation.id} mayPropose={mayPropose} />

      <section aria-labelledby="timeline-title" className="section">
        <h2 id="timeline-title">{t('innovation.timeline')}</h2>
        <ol className="timeline">
          {innovation.timeline.edges.map(({ node }) => (
            <li key={node.id}>
              <p>
                <strong>
                  {node.fromStage
                    ? t('innovation.timeline.moved', { from: stageLabel(node.fromStage), to: stageLabel(node.toStage) })
                    : t('innovation.timeline.created', { to: stageLabel(node.toStage) })}
                </strong>{' '}
                <span className="meta">
                  {formatDate(node.createdAt)}
                  {node.actor ? ` · ${t('innovation.timeline.by', { name: node.actor.displayName })}` : ''}
                </span>
              </p>
              {node.note ? <p>{node.note}</p> : null}
            </li>
          ))}
        </ol>
      </section>

      <CommentThread thread={innovation.comments} canComment={viewer !== null} />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
