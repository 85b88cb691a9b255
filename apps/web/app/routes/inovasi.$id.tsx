import { legalBasisTypeLabels, legalBasisTypes, updateInnovationSchema } from '@gotong/domain';
import { CommentAddedDocument, InnovationChangedDocument, InnovationDocument, InnovationPilotProposalsDocument, ProposalOrganizationsDocument, UpdateInnovationDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { ErrorPage } from '~/components/error-page';
import { Field } from '~/components/field';
import { AppForm } from '~/components/form';
import { CommentThread } from '~/components/ideas/comment-thread';
import { contentAction } from '~/components/ideas/content-actions.server';
import ideaStyles from '~/components/ideas/ideas.css?url';
import { Notice } from '~/components/notice';
import partnerStyles from '~/components/partners/partners.css?url';
import { proposingOrganizations } from '~/components/partners/proposal-organizations';
import { ProposalSection, proposalsParameter } from '~/components/partners/proposal-section';
import { moveInnovation } from '~/components/pipeline/move-action.server';
import { MoveForm } from '~/components/pipeline/move-form';
import pipelineStyles from '~/components/pipeline/pipeline.css?url';
import { StageBadge, useStageLabel } from '~/components/pipeline/stage';
import { InnovationSatisfaction } from '~/components/surveys/innovation-satisfaction';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf, validate } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql, notFound } from '~/lib/graphql.server';
import { useFormatDate, useLocale, useT } from '~/lib/i18n';
import { localeOf } from '~/lib/i18n.server';
import { withNotice } from '~/lib/notice';
import { useViewer } from '~/lib/root-data';
import { useLiveRevalidation } from '~/lib/use-live';

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.innovation.title} · Gotong` : 'Gotong' }];
export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: pipelineStyles },
  { rel: 'stylesheet', href: partnerStyles },
  { rel: 'stylesheet', href: ideaStyles },
];

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

const longTexts = ['problemStatement', 'needAnalysis', 'pilotPlan', 'trialResult', 'evaluationReport'] as const;
const adoptionItems = ['socialisation', 'training', 'feedbackChannel'] as const;

/** The edit form's fields as updateInnovation takes them: an emptied text clears it; the legal basis only when named. */
function editInput(formData: FormData) {
  const texts = Object.fromEntries(longTexts.map((name) => [name, String(formData.get(name) ?? '')]));
  const type = textOf(formData, 'legalBasis.type');
  const number = textOf(formData, 'legalBasis.number');
  const enactedOn = textOf(formData, 'legalBasis.enactedOn') ?? null;
  // A checklist item is sent once either of its fields is filled in; an untouched item stays as it is.
  const adoption = Object.fromEntries(
    adoptionItems.map((item) => {
      const evidence = textOf(formData, `${item}.evidence`);
      const doneOn = textOf(formData, `${item}.doneOn`);
      return [item, evidence || doneOn ? { evidence: evidence ?? '', doneOn: doneOn ?? '' } : undefined];
    }),
  );
  return { ...texts, ...adoption, legalBasis: type || number ? { type, number: number ?? '', enactedOn } : undefined };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const intent = textOf(formData, 'intent') ?? '';
  const here = `/inovasi/${encodeURIComponent(params.id ?? '')}`;
  const args = { request, context };
  const commented = await contentAction(args, formData, params.id ?? '', here);
  if (commented) return commented;
  if (intent.startsWith('move-')) return moveInnovation(args, formData, localeOf(request, null), here);
  if (intent === 'edit') {
    const parsed = validate(updateInnovationSchema, editInput(formData));
    if (!parsed.data) return failure(formData, { intent, fieldErrors: parsed.fieldErrors });
    const changes = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined && value !== null));
    const { updateInnovation } = await graphql(args, UpdateInnovationDocument, { input: { innovationId: params.id ?? '', ...changes } });
    if (updateInnovation.errors.length > 0) return failure(formData, fromUserErrors(updateInnovation.errors, intent));
    return redirect(withNotice(here, 'edit.done'));
  }
  throw new Response('Unknown action', { status: 400 });
}

function TextSection({ title, text }: { title: string; text: string }) {
  const t = useT();
  return (
    <section className="section">
      <h2>{title}</h2>
      <p className="prose">{text || t('innovation.notYet')}</p>
    </section>
  );
}

export default function InnovationPage() {
  const t = useT();
  const locale = useLocale();
  const formatDate = useFormatDate();
  const stageLabel = useStageLabel();
  const { innovation, pilotProposals, mayPropose } = useLoaderData<typeof loader>();
  useLiveRevalidation(InnovationChangedDocument, { id: innovation.id });
  useLiveRevalidation(CommentAddedDocument, { subjectId: innovation.id });
  const viewer = useViewer();
  const gate = innovation.nextGate;
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
          {innovation.summary ? <p className="lead">{innovation.summary}</p> : null}
          <p className="meta">{t('innovations.progress', { percent: Math.round(innovation.progress * 100) })}</p>
        </div>
      </header>
      <Notice />

      <section aria-labelledby="gate-title" className="section panel">
        {gate ? (
          <>
            <h2 id="gate-title">{t('innovation.nextGate', { stage: stageLabel(gate.stage) })}</h2>
            {gate.missing.length === 0 ? <p>{t('innovation.nextGate.met')}</p> : null}
            <ul className="gate-list">
              {gate.requirements.map((requirement) => {
                const missing = gate.missing.some((item) => item.code === requirement.code);
                return (
                  <li key={requirement.code} className={missing ? 'missing' : 'met'}>
                    <span aria-hidden="true">{missing ? '✗ ' : '✓ '}</span>
                    {requirement.label}
                  </li>
                );
              })}
            </ul>
          </>
        ) : (
          <h2 id="gate-title">{t('innovation.nextGate.none')}</h2>
        )}
        {innovation.viewerCanMove ? (
          <>
            <h3>{t('move.title')}</h3>
            <MoveForm innovation={innovation} />
          </>
        ) : null}
      </section>

      <TextSection title={t('innovation.problemStatement')} text={innovation.problemStatement} />
      <TextSection title={t('innovation.needAnalysis')} text={innovation.needAnalysis} />

      <section aria-labelledby="kpi-title" className="section">
        <h2 id="kpi-title">{t('innovation.kpis')}</h2>
        {innovation.kpis.length > 0 ? (
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
                <tr key={kpi.name}>
                  <th scope="row">{kpi.name}</th>
                  <td>{`${kpi.baseline.toLocaleString(locale)} ${kpi.unit}`}</td>
                  <td>{`${kpi.target.toLocaleString(locale)} ${kpi.unit}`}</td>
                  <td>
                    {kpi.results.length > 0 ? (
                      <ul>
                        {kpi.results.map((result) => (
                          <li key={`${result.measuredOn}-${result.value}`}>
                            {`${result.value.toLocaleString(locale)} ${kpi.unit} · ${formatDate(result.measuredOn)}`}
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
        ) : (
          <p>{t('innovation.noKpis')}</p>
        )}
      </section>

      <section aria-labelledby="milestones-title" className="section">
        <h2 id="milestones-title">{t('innovation.milestones')}</h2>
        {innovation.milestones.length > 0 ? (
          <ul>
            {innovation.milestones.map((milestone) => (
              <li key={`${milestone.title}-${milestone.dueOn}`}>
                {milestone.doneOn ? '✓ ' : '○ '}
                {milestone.title} · {t('innovation.milestone.due', { date: formatDate(milestone.dueOn) })}
                {milestone.doneOn ? ` · ${t('innovation.milestone.done', { date: formatDate(milestone.doneOn) })}` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('innovation.noMilestones')}</p>
        )}
      </section>

      <TextSection title={t('innovation.pilotPlan')} text={innovation.pilotPlan} />
      <TextSection title={t('innovation.trialResult')} text={innovation.trialResult} />

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

      <TextSection title={t('innovation.evaluationReport')} text={innovation.evaluationReport} />
      <InnovationSatisfaction service={innovation.service} before={innovation.satisfaction.before} after={innovation.satisfaction.after} />
      <section aria-labelledby="legal-title" className="section">
        <h2 id="legal-title">{t('innovation.legalBasis')}</h2>
        <p>
          {innovation.legalBasis
            ? `${innovation.legalBasis.number} (${legalBasisTypeLabels[innovation.legalBasis.type][locale]})${innovation.legalBasis.enactedOn ? ` · ${formatDate(innovation.legalBasis.enactedOn)}` : ''}`
            : t('legalBasis.none')}
        </p>
      </section>

      <section aria-labelledby="ideas-title" className="section">
        <h2 id="ideas-title">{t('innovation.ideas')}</h2>
        {innovation.ideas.edges.length > 0 ? (
          <ul>
            {innovation.ideas.edges.map(({ node }) => (
              <li key={node.id}>
                <Link to={`/gagasan/${encodeURIComponent(node.id)}`}>{node.title}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('innovation.noIdeas')}</p>
        )}
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

      {innovation.viewerCanEdit ? (
        <section aria-labelledby="edit-innovation-heading" className="section panel">
          <h2 id="edit-innovation-heading">{t('edit.title')}</h2>
          <AppForm intent="edit" schema={updateInnovationSchema} toInput={editInput}>
            {longTexts.map((name) => (
              <Field key={name} name={name} label={t(`innovation.${name}`)} defaultValue={innovation[name]} optional>
                {(control) => <textarea rows={4} {...control} />}
              </Field>
            ))}
            {adoptionItems.map((item) => (
              <fieldset key={item} className="fieldset">
                <legend>{t(`innovation.adoption.${item}`)}</legend>
                <Field name={`${item}.evidence`} label={t('adoption.evidence')} defaultValue={innovation.adoption[item]?.evidence ?? ''} optional />
                <Field name={`${item}.doneOn`} type="date" label={t('adoption.doneOn')} defaultValue={innovation.adoption[item]?.doneOn ?? ''} optional />
              </fieldset>
            ))}
            <Field name="legalBasis.type" label={t('legalBasis.type')} defaultValue={innovation.legalBasis?.type ?? ''} optional>
              {(control) => (
                <select {...control}>
                  <option value="">{t('legalBasis.none')}</option>
                  {legalBasisTypes.map((type) => (
                    <option key={type} value={type}>
                      {legalBasisTypeLabels[type][locale]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <input type="hidden" name="legalBasis.enactedOn" value={innovation.legalBasis?.enactedOn ?? ''} />
            <Field name="legalBasis.number" label={t('legalBasis.number')} hint={t('legalBasis.numberHint')} defaultValue={innovation.legalBasis?.number ?? ''} optional />
            <button type="submit" className="button">
              {t('edit.submit')}
            </button>
          </AppForm>
        </section>
      ) : null}

      <CommentThread thread={innovation.comments} canComment={viewer !== null} />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
