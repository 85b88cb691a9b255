import {
  adoptionItemSchema,
  calendarDayInZone,
  defaultTimeZone,
  kpiResultSchema,
  kpiSchema,
  legalBasisSchema,
  legalBasisTypes,
  milestoneSchema,
  updateInnovationSchema,
} from '@gotong/domain';
import { IdeaFeedDocument, InnovationEditorDocument, RecordKpiResultDocument, UpdateInnovationDocument, type UpdateInnovationInput } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import type { ReactNode } from 'react';
import { z, type ZodType } from 'zod';
import { ErrorPage } from '~/components/error-page';
import { Field } from '~/components/field';
import { AppForm, ButtonForm } from '~/components/form';
import { IdeaSearchForm } from '~/components/ideas/idea-search';
import { Notice } from '~/components/notice';
import { GateChecklist } from '~/components/pipeline/gate-checklist';
import { kpiValue } from '~/components/pipeline/kpi-value';
import { LinkedIdeas } from '~/components/pipeline/linked-ideas';
import { StageStepper } from '~/components/pipeline/stage-stepper';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf, validate, type FieldErrors, type FormFailure } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql, notFound } from '~/lib/graphql.server';
import { translator, useFormatDate, useLocale, useT } from '~/lib/i18n';
import { localeOf } from '~/lib/i18n.server';
import { withNotice } from '~/lib/notice';
import { requireViewer } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(matches, data ? { key: 'meta.editInnovation', values: { title: data.title } } : 'meta.notFound');

/** The GET parameter of the idea search. */
const searchParameter = 'gagasan';
const longTexts = ['problemStatement', 'needAnalysis', 'pilotPlan', 'trialResult', 'evaluationReport'] as const;
const adoptionItems = ['socialisation', 'training', 'feedbackChannel'] as const;
const linkable = new Set(['OPEN', 'UNDER_REVIEW']);

async function editableInnovation(args: { request: Request; context: LoaderFunctionArgs['context'] }, id: string) {
  const { innovation } = await graphql(args, InnovationEditorDocument, { id, locale: localeOf(args.request, null) });
  if (!innovation) throw notFound();
  if (!innovation.viewerCanEdit) throw new Response('Forbidden', { status: 403 });
  return innovation;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireViewer({ request, context });
  const innovation = await editableInnovation({ request, context }, params.id ?? '');
  const query = (new URL(request.url).searchParams.get(searchParameter) ?? '').trim().slice(0, 100);
  const found =
    query.length >= 2
      ? await graphql({ request, context }, IdeaFeedDocument, { first: 10, filter: { text: query, agencyId: innovation.agency.id } })
      : null;
  const t = translator(localeOf(request, null));
  return {
    title: t('editor.titleOf', { title: innovation.title }),
    innovation,
    query,
    found: found ? found.ideas.edges.map(({ node }) => ({ id: node.id, title: node.title, status: node.status, linked: innovation.ideas.edges.some((edge) => edge.node.id === node.id) })) : null,
  };
}

/** "1,8" and "1.8" alike (Indonesian writes a decimal comma); undefined when empty, NaN when not a number. */
function numberOf(formData: FormData, name: string): number | undefined {
  const text = textOf(formData, name);
  return text === undefined ? undefined : Number(text.replace(/\s/g, '').replace(',', '.'));
}

const contentInput = (formData: FormData) => ({
  title: String(formData.get('title') ?? ''),
  summary: String(formData.get('summary') ?? ''),
  ...Object.fromEntries(longTexts.map((name) => [name, String(formData.get(name) ?? '')])),
});
const kpiInput = (formData: FormData) => ({ name: textOf(formData, 'name') ?? '', unit: textOf(formData, 'unit'), baseline: numberOf(formData, 'baseline'), target: numberOf(formData, 'target') });
const resultInput = (formData: FormData) => ({ value: numberOf(formData, 'value'), measuredOn: textOf(formData, 'measuredOn') ?? '', note: textOf(formData, 'note') });
const milestoneInput = (formData: FormData) => ({ title: textOf(formData, 'title') ?? '', dueOn: textOf(formData, 'dueOn') ?? '', doneOn: textOf(formData, 'doneOn') ?? null });
const adoptionSchema = z.object({ socialisation: adoptionItemSchema.optional(), training: adoptionItemSchema.optional(), feedbackChannel: adoptionItemSchema.optional() });
/** A checklist item is sent once either of its fields is filled in; an untouched item stays as it is. */
function adoptionInput(formData: FormData) {
  return Object.fromEntries(
    adoptionItems.map((item) => {
      const evidence = textOf(formData, `${item}.evidence`);
      const doneOn = textOf(formData, `${item}.doneOn`);
      return [item, evidence || doneOn ? { evidence: evidence ?? '', doneOn: doneOn ?? '' } : undefined];
    }),
  );
}
const legalSchema = z.object({ legalBasis: legalBasisSchema });
const legalInput = (formData: FormData) => ({
  legalBasis: { type: textOf(formData, 'legalBasis.type') ?? '', number: textOf(formData, 'legalBasis.number') ?? '', enactedOn: textOf(formData, 'legalBasis.enactedOn') ?? null },
});

/** The day in Jakarta, as the API dates results and milestones. */
const today = () => calendarDayInZone(new Date(), defaultTimeZone);

/** API errors on a list item ("input.kpis.2.name", "input.milestones.0.dueOn") belong to the one form that sent that item. */
function itemFailure(errors: Parameters<typeof fromUserErrors>[0], intent: string): FormFailure {
  return fromUserErrors(
    errors.map((error) => ({ ...error, field: error.field?.replace(/^input\.(kpis|milestones)(\.\d+)?\.?/, '') || null })),
    intent,
  );
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const args = { request, context };
  const innovationId = params.id ?? '';
  const intent = textOf(formData, 'intent') ?? '';
  const here = `/inovasi/${encodeURIComponent(innovationId)}/ubah`;
  /** Back to the section just saved, with a message saying what happened. */
  const saved = (anchor: string, notice: string) => redirect(`${withNotice(here, `editor.saved.${notice}`)}#${anchor}`);
  const update = async (input: Omit<UpdateInnovationInput, 'innovationId'>, anchor: string, notice: string, onItem = false) => {
    const { updateInnovation } = await graphql(args, UpdateInnovationDocument, { input: { innovationId, ...input } });
    if (updateInnovation.errors.length > 0) return failure(formData, onItem ? itemFailure(updateInnovation.errors, intent) : fromUserErrors(updateInnovation.errors, intent));
    return saved(anchor, notice);
  };
  const refused = (fieldErrors: FieldErrors) => failure(formData, { intent, fieldErrors });

  if (intent === 'content') {
    const parsed = validate(updateInnovationSchema, contentInput(formData));
    if (!parsed.data) return refused(parsed.fieldErrors);
    return update({ ...parsed.data, serviceId: textOf(formData, 'serviceId') }, 'content', 'content');
  }
  if (intent === 'adoption') {
    const parsed = validate(adoptionSchema, adoptionInput(formData));
    if (!parsed.data) return refused(parsed.fieldErrors);
    return update(parsed.data, 'adoption', 'adoption');
  }
  if (intent === 'legal') {
    const parsed = validate(legalSchema, legalInput(formData));
    if (!parsed.data) return refused(parsed.fieldErrors);
    return update(parsed.data, 'legal', 'legal');
  }
  if (intent === 'link-idea') return update({ addIdeaIds: [textOf(formData, 'ideaId') ?? ''] }, 'ideas', 'idea');
  if (intent.startsWith('result-')) {
    const parsed = validate(kpiResultSchema, resultInput(formData));
    if (!parsed.data) return refused(parsed.fieldErrors);
    const { recordKpiResult } = await graphql(args, RecordKpiResultDocument, { input: { innovationId, kpiId: intent.slice('result-'.length), ...parsed.data } });
    if (recordKpiResult.errors.length > 0) return failure(formData, fromUserErrors(recordKpiResult.errors, intent));
    return saved('kpis', 'result');
  }

  // KPIs and milestones are lists updateInnovation replaces whole: the one item changes in the current list.
  const current = await editableInnovation(args, innovationId);
  const kpis = current.kpis.map(({ id, name, unit, baseline, target }) => ({ id, name, unit, baseline, target }));
  if (intent.startsWith('kpi-')) {
    if (intent === 'kpi-remove') return update({ kpis: kpis.filter((kpi) => kpi.id !== textOf(formData, 'kpiId')) }, 'kpis', 'kpiRemoved', true);
    const parsed = validate(kpiSchema, kpiInput(formData));
    if (!parsed.data) return refused(parsed.fieldErrors);
    const kpiId = intent.slice('kpi-'.length);
    const edited = intent === 'kpi-add' ? [...kpis, parsed.data] : kpis.map((kpi) => (kpi.id === kpiId ? { ...parsed.data, id: kpiId } : kpi));
    return update({ kpis: edited }, 'kpis', 'kpi', true);
  }
  const milestones = current.milestones.map(({ title, dueOn, doneOn }) => ({ title, dueOn, doneOn }));
  if (intent === 'milestone-done') {
    const index = Number(textOf(formData, 'index'));
    return update({ milestones: milestones.map((milestone, position) => (position === index ? { ...milestone, doneOn: today() } : milestone)) }, 'milestones', 'milestoneDone', true);
  }
  if (intent.startsWith('milestone-')) {
    const parsed = validate(milestoneSchema, milestoneInput(formData));
    if (!parsed.data) return refused(parsed.fieldErrors);
    const index = Number(intent.slice('milestone-'.length));
    const edited = intent === 'milestone-add' ? [...milestones, parsed.data] : milestones.map((milestone, position) => (position === index ? parsed.data : milestone));
    return update({ milestones: edited }, 'milestones', 'milestone', true);
  }
  throw new Response('Unknown action', { status: 400 });
}

function KpiFields({ kpi }: { kpi?: { name: string; unit: string; baseline: number; target: number } }) {
  const t = useT();
  return (
    <div className="field-row">
      <Field name="name" label={t('innovation.kpi.name')} defaultValue={kpi?.name} />
      <Field name="unit" label={t('editor.kpi.unit')} hint={t('editor.kpi.unitHint')} defaultValue={kpi?.unit} optional />
      <Field name="baseline" label={t('innovation.kpi.baseline')} defaultValue={kpi?.baseline} inputMode="decimal" />
      <Field name="target" label={t('innovation.kpi.target')} defaultValue={kpi?.target} inputMode="decimal" />
    </div>
  );
}

function MilestoneFields({ milestone }: { milestone?: { title: string; dueOn: string; doneOn: string | null | undefined } }) {
  const t = useT();
  return (
    <div className="field-row">
      <Field name="title" label={t('editor.milestone.title')} defaultValue={milestone?.title} />
      <Field name="dueOn" type="date" label={t('editor.milestone.dueOn')} defaultValue={milestone?.dueOn} />
      <Field name="doneOn" type="date" label={t('editor.milestone.doneOn')} defaultValue={milestone?.doneOn ?? ''} optional />
    </div>
  );
}

/** The form that adds one item to a list (a KPI, a milestone), named by its heading. */
function AddForm<T>({ title, submit, children, ...form }: { intent: string; schema: ZodType<T>; toInput: (formData: FormData) => unknown; title: string; submit: string; children: ReactNode }) {
  return (
    <AppForm {...form} aria-label={title} className="panel editor-item">
      <h3>{title}</h3>
      {children}
      <button type="submit" className="button button-small">
        {submit}
      </button>
    </AppForm>
  );
}

export default function InnovationEditor() {
  const t = useT();
  const locale = useLocale();
  const formatDate = useFormatDate();
  const { innovation, query, found } = useLoaderData<typeof loader>();
  const page = `/inovasi/${encodeURIComponent(innovation.id)}`;
  return (
    <>
      <header className="page-heading">
        <div>
          <p className="eyebrow">
            <Link to={page}>{innovation.title}</Link>
          </p>
          <h1>{t('editor.title')}</h1>
          <StageStepper stage={innovation.stage} pausedFrom={innovation.pausedFrom ?? null} />
        </div>
      </header>
      <Notice />

      <section aria-labelledby="gate-title" className="section panel">
        <GateChecklist gate={innovation.nextGate ?? null} innovation={innovation} linked onEditor />
        <p>
          <Link to={page}>{t('editor.backToPage')}</Link>
        </p>
      </section>

      <section id="content" aria-labelledby="content-heading" className="section">
        <h2 id="content-heading">{t('editor.content')}</h2>
        <AppForm intent="content" schema={updateInnovationSchema} toInput={contentInput}>
          <Field name="title" label={t('create.name')} defaultValue={innovation.title} maxLength={160} />
          <Field name="summary" label={t('create.summary')} defaultValue={innovation.summary} optional>
            {(control) => <textarea rows={2} maxLength={500} {...control} />}
          </Field>
          <Field name="serviceId" label={t('create.service')} hint={t('editor.serviceHint')} defaultValue={innovation.service?.id ?? ''} optional>
            {(control) => (
              <select {...control}>
                <option value="">{t('create.noService')}</option>
                {innovation.agency.services.edges.map(({ node }) => (
                  <option key={node.id} value={node.id}>
                    {node.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {longTexts.map((name) => (
            <Field key={name} name={name} label={t(`innovation.${name}`)} hint={t(`editor.hint.${name}`)} defaultValue={innovation[name]} optional>
              {(control) => <textarea rows={5} {...control} />}
            </Field>
          ))}
          <button type="submit" className="button">
            {t('edit.submit')}
          </button>
        </AppForm>
      </section>

      <section id="kpis" aria-labelledby="kpis-heading" className="section" tabIndex={-1}>
        <h2 id="kpis-heading">{t('innovation.kpis')}</h2>
        <p className="field-hint">{t('editor.kpi.intro')}</p>
        {innovation.kpis.map((kpi) => (
          <article key={kpi.id} className="panel editor-item" aria-labelledby={`kpi-${kpi.id}-title`}>
            <h3 id={`kpi-${kpi.id}-title`}>{kpi.name}</h3>
            {kpi.results.length > 0 ? (
              <>
                <p className="meta">
                  {t('editor.kpi.definition', { baseline: kpiValue(kpi.baseline, kpi.unit, locale), target: kpiValue(kpi.target, kpi.unit, locale) })}
                </p>
                <p className="field-hint">{t('editor.kpi.locked')}</p>
                <ul>
                  {kpi.results.map((result, index) => (
                    <li key={index}>
                      {`${kpiValue(result.value, kpi.unit, locale)} · ${formatDate(result.measuredOn)}`}
                      {result.note ? ` · ${result.note}` : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <>
                <AppForm intent={`kpi-${kpi.id}`} schema={kpiSchema} toInput={kpiInput} aria-label={t('editor.kpi.editFor', { name: kpi.name })}>
                  <KpiFields kpi={kpi} />
                  <button type="submit" className="button button-small">
                    {t('editor.kpi.save')}
                  </button>
                </AppForm>
                <ButtonForm intent="kpi-remove" hidden={{ kpiId: kpi.id }} className="button button-small button-danger" label={t('editor.kpi.removeFor', { name: kpi.name })}>
                  {t('editor.kpi.remove')}
                </ButtonForm>
              </>
            )}
            <AppForm key={kpi.results.length} intent={`result-${kpi.id}`} schema={kpiResultSchema} toInput={resultInput} aria-label={t('editor.result.for', { name: kpi.name })} className="result-form">
              <div className="field-row">
                <Field name="value" label={t('editor.result.value')} hint={kpi.unit ? t('editor.result.unit', { unit: kpi.unit }) : undefined} inputMode="decimal" />
                <Field name="measuredOn" type="date" label={t('editor.result.measuredOn')} />
                <Field name="note" label={t('editor.result.note')} optional maxLength={500} />
              </div>
              <button type="submit" className="button button-small">
                {t('editor.result.submit')}
              </button>
            </AppForm>
          </article>
        ))}
        {/* Keyed by the list's length: after an item is added (with JavaScript, without a reload) the form starts empty again. */}
        <AddForm key={innovation.kpis.length} intent="kpi-add" schema={kpiSchema} toInput={kpiInput} title={t('editor.kpi.add')} submit={t('editor.kpi.addSubmit')}>
          <KpiFields />
        </AddForm>
      </section>

      <section id="milestones" aria-labelledby="milestones-heading" className="section" tabIndex={-1}>
        <h2 id="milestones-heading">{t('innovation.milestones')}</h2>
        {innovation.milestones.map((milestone, index) => (
          <article key={index} className="panel editor-item" aria-labelledby={`milestone-${index}-title`}>
            <h3 id={`milestone-${index}-title`}>
              {milestone.doneOn ? '✓ ' : ''}
              {milestone.title}
            </h3>
            <AppForm intent={`milestone-${index}`} schema={milestoneSchema} toInput={milestoneInput} aria-label={t('editor.milestone.editFor', { title: milestone.title })}>
              <MilestoneFields milestone={milestone} />
              <button type="submit" className="button button-small">
                {t('editor.milestone.save')}
              </button>
            </AppForm>
            {milestone.doneOn ? null : (
              <ButtonForm intent="milestone-done" hidden={{ index: String(index) }} className="button button-small button-secondary" label={t('editor.milestone.doneFor', { title: milestone.title })}>
                {t('editor.milestone.markDone')}
              </ButtonForm>
            )}
          </article>
        ))}
        <AddForm key={innovation.milestones.length} intent="milestone-add" schema={milestoneSchema} toInput={milestoneInput} title={t('editor.milestone.add')} submit={t('editor.milestone.addSubmit')}>
          <MilestoneFields />
        </AddForm>
      </section>

      <section id="adoption" aria-labelledby="adoption-heading" className="section" tabIndex={-1}>
        <h2 id="adoption-heading">{t('innovation.adoption')}</h2>
        <AppForm intent="adoption" schema={adoptionSchema} toInput={adoptionInput}>
          {adoptionItems.map((item) => (
            <fieldset key={item} className="fieldset">
              <legend>{t(`innovation.adoption.${item}`)}</legend>
              {item === 'training' ? <p className="field-hint">{t('editor.trainingHint')}</p> : null}
              <Field name={`${item}.evidence`} label={t('adoption.evidence')} defaultValue={innovation.adoption[item]?.evidence ?? ''} optional />
              <Field name={`${item}.doneOn`} type="date" label={t('adoption.doneOn')} defaultValue={innovation.adoption[item]?.doneOn ?? ''} optional />
            </fieldset>
          ))}
          <button type="submit" className="button">
            {t('editor.adoption.save')}
          </button>
        </AppForm>
      </section>

      <section id="legal" aria-labelledby="legal-heading" className="section" tabIndex={-1}>
        <h2 id="legal-heading">{t('innovation.legalBasis')}</h2>
        <AppForm intent="legal" schema={legalSchema} toInput={legalInput}>
          <Field name="legalBasis.type" label={t('legalBasis.type')} defaultValue={innovation.legalBasis?.type ?? ''}>
            {(control) => (
              <select {...control}>
                <option value="">{t('legalBasis.choose')}</option>
                {legalBasisTypes.map((type) => (
                  <option key={type} value={type}>
                    {t(`legalBasisType.${type}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="legalBasis.number" label={t('legalBasis.number')} hint={t('legalBasis.numberHint')} defaultValue={innovation.legalBasis?.number ?? ''} />
          <Field name="legalBasis.enactedOn" type="date" label={t('legalBasis.enactedOn')} defaultValue={innovation.legalBasis?.enactedOn ?? ''} optional />
          <button type="submit" className="button">
            {t('editor.legal.save')}
          </button>
        </AppForm>
      </section>

      <section id="ideas" aria-labelledby="ideas-heading" className="section" tabIndex={-1}>
        <h2 id="ideas-heading">{t('innovation.ideas')}</h2>
        <LinkedIdeas ideas={innovation.ideas.edges} empty={t('editor.ideas.none')} />
        <IdeaSearchForm parameter={searchParameter} label={t('editor.ideas.search')} hint={t('editor.ideas.searchHint', { agency: innovation.agency.name })} defaultValue={query} />
        {found ? (
          found.length > 0 ? (
            <ul className="search-results" aria-label={t('editor.ideas.results')}>
              {found.map((idea) => (
                <li key={idea.id}>
                  <Link to={`/gagasan/${encodeURIComponent(idea.id)}`}>{idea.title}</Link>{' '}
                  {idea.linked ? (
                    <span className="meta">{t('editor.ideas.linked')}</span>
                  ) : linkable.has(idea.status) ? (
                    <ButtonForm intent="link-idea" hidden={{ ideaId: idea.id }} className="button button-small" label={t('editor.ideas.linkFor', { title: idea.title })}>
                      {t('editor.ideas.link')}
                    </ButtonForm>
                  ) : (
                    <span className="meta">{t('editor.ideas.notLinkable')}</span>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p role="status">{t('editor.ideas.noResults', { query })}</p>
          )
        ) : null}
      </section>
    </>
  );
}

export const ErrorBoundary = ErrorPage;
