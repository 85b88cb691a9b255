import { computeSurveyIndex, minimumSample, surveyElementCodes, type OpenDataDatasetName, type OpenDataFormat } from '@gotong/domain';
import type { Context } from '../../context.js';
import { downloadPageSize, keysetRows } from '../../core/downloads.js';
import { toGlobalId } from '../../core/global-id.js';
import { publicContentSql } from '../moderation/moderatable-content.js';

type Row = Record<string, unknown>;
type Reading = { context: Context; format: OpenDataFormat; origin: string };

/**
 * A dataset: its CSV columns (the JSON rows carry the same fields, and an innovation's also its KPIs and timeline) and
 * its rows, read from the database in keyset pages by primary key (exact, indexed, and no order of arrival revealed).
 * Only public content, with no personal data: no person's name, email or account, only organisations' names.
 */
type Dataset = { columns: readonly string[]; rows: (reading: Reading) => AsyncIterable<Row> };

const globalId = (typeName: string, id: unknown) => (typeof id === 'string' ? toGlobalId(typeName, id) : null);

function pages<Raw extends { id: string }>(context: Context, sql: (keyset: string) => string, parameters: unknown[] = []) {
  return keysetRows<Raw>((after, limit) => context.em.execute<Raw[]>(sql(after ? 'and source.id > ?' : ''), [...parameters, ...(after ? [after.id] : []), limit]));
}

async function* mapped<Raw>(rows: AsyncIterable<Raw>, map: (raw: Raw) => Row): AsyncGenerator<Row> {
  for await (const raw of rows) yield map(raw);
}

type IdeaRaw = Row & { id: string };

/** Ideas as an anonymous visitor sees them (moderators' hidden ideas left out), without their authors. */
const ideas: Dataset = {
  columns: ['id', 'url', 'kind', 'status', 'title', 'body', 'tags', 'organization', 'agency', 'agency_slug', 'service', 'service_slug', 'vote_count', 'decision_reason', 'decided_at', 'merged_into_id', 'innovation_id', 'created_at'],
  rows: ({ context, origin }) => {
    // Open data is what anyone sees: the rule for someone signed out, whoever downloads.
    const raws = pages<IdeaRaw>(
      context,
      (keyset) => `select source.id, source.kind, source.status, source.title, source.body, source.tags, organization.name as organization, agency.name as agency, agency.slug as agency_slug,
          service.name as service, service.slug as service_slug, source.vote_count, source.decision_reason, source.decided_at, source.merged_into_id, source.innovation_id, source.created_at
        from ideas source
          left join organizations organization on organization.id = source.organization_id
          left join organizations agency on agency.id = source.agency_id
          left join services service on service.id = source.service_id
        where ${publicContentSql('source')} ${keyset} order by source.id limit ?`,
    );
    return mapped(raws, (raw) => ({
      ...raw,
      id: globalId('Idea', raw.id),
      url: `${origin}/gagasan/${globalId('Idea', raw.id)}`,
      merged_into_id: globalId('Idea', raw.merged_into_id),
      innovation_id: globalId('Innovation', raw.innovation_id),
    }));
  },
};

type AdoptionItem = { evidence: string; doneOn: string } | null;
type KpiJson = { id: string; name: string; unit: string; baseline: number; target: number; results: { value: number; measuredOn: string; note: string }[] };
type InnovationRaw = Row & {
  id: string;
  legal_basis: { type: string; number: string; enactedOn: string | null } | null;
  socialisation: AdoptionItem;
  training: AdoptionItem;
  feedback_channel: AdoptionItem;
  kpis: KpiJson[];
};

const innovationSql = (keyset: string) => `select source.id, source.title, source.summary, source.stage, source.paused_from, agency.name as agency, agency.slug as agency_slug,
    service.name as service, service.slug as service_slug, source.problem_statement, source.need_analysis, source.pilot_plan, source.trial_result, source.evaluation_report,
    source.legal_basis, source.socialisation, source.training, source.feedback_channel, source.kpis, source.created_at, source.stage_entered_at, source.implementation_started_at
  from innovations source
    join organizations agency on agency.id = source.agency_id
    left join services service on service.id = source.service_id
  where ${publicContentSql('source')} ${keyset} order by source.id limit ?`;

type StageChangeRaw = { id: string; innovation_id: string; from_stage: string | null; to_stage: string; note: string; created_at: Date };
const stageChangeOf = (raw: StageChangeRaw) => ({ innovation_id: globalId('Innovation', raw.innovation_id), from_stage: raw.from_stage, to_stage: raw.to_stage, note: raw.note, created_at: raw.created_at });

/** Innovations anyone sees (moderators' hidden ones left out). The JSON nests each one's KPIs and stage timeline (one more statement a page). */
const innovations: Dataset = {
  columns: [
    'id', 'url', 'title', 'summary', 'stage', 'paused_from', 'agency', 'agency_slug', 'service', 'service_slug', 'problem_statement', 'need_analysis', 'pilot_plan', 'trial_result',
    'evaluation_report', 'legal_basis_type', 'legal_basis_number', 'legal_basis_enacted_on', 'socialisation', 'socialisation_done_on', 'training', 'training_done_on',
    'feedback_channel', 'feedback_channel_done_on', 'created_at', 'stage_entered_at', 'implementation_started_at',
  ],
  rows: ({ context, format, origin }) => {
    const flat = ({ legal_basis, socialisation, training, feedback_channel, kpis, ...raw }: InnovationRaw): Row => ({
      ...raw,
      id: globalId('Innovation', raw.id),
      url: `${origin}/inovasi/${globalId('Innovation', raw.id)}`,
      legal_basis_type: legal_basis?.type ?? null,
      legal_basis_number: legal_basis?.number ?? null,
      legal_basis_enacted_on: legal_basis?.enactedOn ?? null,
      socialisation: socialisation?.evidence ?? null,
      socialisation_done_on: socialisation?.doneOn ?? null,
      training: training?.evidence ?? null,
      training_done_on: training?.doneOn ?? null,
      feedback_channel: feedback_channel?.evidence ?? null,
      feedback_channel_done_on: feedback_channel?.doneOn ?? null,
      ...(format === 'json' ? { kpis } : {}),
    });
    if (format === 'csv') return mapped(pages<InnovationRaw>(context, innovationSql), flat);
    return (async function* () {
      for (let after: string | null = null; ; ) {
        const page: InnovationRaw[] = await context.em.execute(innovationSql(after ? 'and source.id > ?' : ''), [...(after ? [after] : []), downloadPageSize]);
        if (page.length === 0) return;
        const changes: StageChangeRaw[] = await context.em.execute(
          'select id, innovation_id, from_stage, to_stage, note, created_at from innovation_stage_changes where innovation_id in (?) order by innovation_id, created_at, id',
          [page.map((raw) => raw.id)],
        );
        for (const raw of page) yield { ...flat(raw), timeline: changes.filter((change) => change.innovation_id === raw.id).map(({ from_stage, to_stage, note, created_at }) => ({ from_stage, to_stage, note, created_at })) };
        if (page.length < downloadPageSize) return;
        after = page[page.length - 1]!.id;
      }
    })();
  },
};

/** Every stage change of every innovation: who moved it is left out (a person), the move, its note and day are public. */
const stageChanges: Dataset = {
  columns: ['innovation_id', 'from_stage', 'to_stage', 'note', 'created_at'],
  rows: ({ context }) =>
    mapped(pages<StageChangeRaw>(context, (keyset) => `select source.id, source.innovation_id, source.from_stage, source.to_stage, source.note, source.created_at from innovation_stage_changes source join innovations innovation on innovation.id = source.innovation_id where ${publicContentSql('innovation')} ${keyset} order by source.id limit ?`), stageChangeOf),
};

/** One row per KPI result (a KPI without results: one row without a result), read a page of innovations at a time. */
const kpiResults: Dataset = {
  columns: ['innovation_id', 'kpi_id', 'name', 'unit', 'baseline', 'target', 'result_value', 'result_measured_on', 'result_note'],
  rows: ({ context }) =>
    (async function* () {
      for await (const raw of pages<{ id: string; kpis: KpiJson[] }>(context, (keyset) => `select source.id, source.kpis from innovations source where ${publicContentSql('source')} ${keyset} order by source.id limit ?`)) {
        for (const kpi of raw.kpis) {
          const kpiRow = { innovation_id: globalId('Innovation', raw.id), kpi_id: kpi.id, name: kpi.name, unit: kpi.unit, baseline: kpi.baseline, target: kpi.target };
          if (kpi.results.length === 0) yield { ...kpiRow, result_value: null, result_measured_on: null, result_note: null };
          for (const result of kpi.results) yield { ...kpiRow, result_value: result.value, result_measured_on: result.measuredOn, result_note: result.note };
        }
      }
    })(),
};

type SurveyRaw = Row & { id: string; response_count: number; element_sums: number[]; population: number | null };
const nrrColumns = surveyElementCodes.map((code) => `${code.toLowerCase()}_nrr`);

/** Closed surveys' final results (running totals; no response is read): per element NRR, the index, IKM and grade. */
const surveys: Dataset = {
  columns: ['id', 'url', 'title', 'period', 'agency', 'agency_slug', 'service', 'service_slug', 'population', 'opens_at', 'closes_at', 'response_count', 'minimum_sample', 'sufficient', ...nrrColumns, 'index', 'ikm', 'grade'],
  rows: ({ context, origin }) =>
    mapped(
      pages<SurveyRaw>(
        context,
        (keyset) => `select source.id, source.title, source.period, agency.name as agency, agency.slug as agency_slug, service.name as service, service.slug as service_slug, service.population,
            source.opens_at, source.closes_at, source.response_count, source.element_sums
          from surveys source join organizations agency on agency.id = source.agency_id join services service on service.id = source.service_id
          where source.closes_at <= now() ${keyset} order by source.id limit ?`,
      ),
      ({ element_sums, population, ...raw }) => {
        const computed = computeSurveyIndex(element_sums, element_sums.map(() => raw.response_count));
        const minimum = population ? minimumSample(population) : null;
        return {
          ...raw,
          id: globalId('Survey', raw.id),
          url: `${origin}/survei/${globalId('Survey', raw.id)}/laporan`,
          population,
          minimum_sample: minimum,
          sufficient: minimum === null ? null : raw.response_count >= minimum,
          ...Object.fromEntries(nrrColumns.map((column, index) => [column, computed?.elements[index]?.nrr ?? null])),
          index: computed?.index ?? null,
          ikm: computed?.ikm ?? null,
          grade: computed?.grade ?? null,
        };
      },
    ),
};

export const openDataSources: Record<OpenDataDatasetName, Dataset> = {
  gagasan: ideas,
  inovasi: innovations,
  'inovasi-tahapan': stageChanges,
  'inovasi-kpi': kpiResults,
  survei: surveys,
};
