import { computeSurveyIndex, ideaStatuses, innovationStages, pilotProposalStatuses } from '@gotong/domain';
import { AddCommentDocument, HomePageDocument, MarkOfficialReplyDocument, ReviewIdeaDocument, StatisticsDocument, type HomePageQuery, type StatisticsQuery, type StatsFilter } from '@gotong/graphql-client';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { demoPassword } from '../support/built-app.js';
import { postIdea } from '../support/ideas.js';
import { signIn, signUp, type SignedIn } from '../support/people.js';

/**
 * The figures of `stats`, each worked out here from the rows themselves (read with the test's own SQL, counted and
 * grouped in JavaScript), for the whole platform and for every filter.
 */

type Scope = { agencyId?: string; serviceId?: string; from?: Date; to?: Date };
type Rows = {
  ideas: { status: string; created_at: Date; agency_id: string | null; service_id: string | null; hidden_at: Date | null }[];
  innovations: { id: string; stage: string; created_at: Date; agency_id: string; service_id: string | null }[];
  changes: { innovation_id: string; to_stage: string; created_at: Date; id: string }[];
  proposals: { status: string; created_at: Date; agency_id: string; service_id: string | null }[];
  enrollments: { status: string; created_at: Date; completed_at: Date | null; course_status: string; owners: { agency_id: string; service_id: string | null }[] }[];
  surveys: { closes_at: Date; agency_id: string; service_id: string; response_count: number; element_sums: number[] }[];
  agencies: { id: string; verified_at: Date | null }[];
  clocks: { step: string; started_at: Date; due_at: Date; met_at: Date | null; working_days_taken: number | null; agency_id: string; service_id: string | null; hidden_at: Date | null }[];
};

const month = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit' }).format(date).slice(0, 7);
const inPeriod = (scope: Scope, at: Date | null) => at !== null && (!scope.from || at >= scope.from) && (!scope.to || at < scope.to);
const owned = (scope: Scope, row: { agency_id: string | null; service_id: string | null }) =>
  (!scope.agencyId || row.agency_id === scope.agencyId) && (!scope.serviceId || row.service_id === scope.serviceId);
const tally = (values: string[]) => values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {});
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const ikmOf = (surveys: Rows['surveys']) => {
  const responses = surveys.reduce((sum, survey) => sum + survey.response_count, 0);
  const sums = Array.from({ length: 9 }, (_, index) => surveys.reduce((sum, survey) => sum + survey.element_sums[index]!, 0));
  return { surveyCount: surveys.length, responseCount: responses, ikm: computeSurveyIndex(sums, sums.map(() => responses))?.ikm ?? null };
};
function groupBy<T>(values: T[], key: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) groups.set(key(value), [...(groups.get(key(value)) ?? []), value]);
  return groups;
}
const nonZero = (series: { month: string; count: number }[]) => Object.fromEntries(series.filter((entry) => entry.count > 0).map((entry) => [entry.month, entry.count]));

function expectedFigures(rows: Rows, scope: Scope, now: Date) {
  const ideas = rows.ideas.filter((idea) => idea.hidden_at === null && owned(scope, idea) && inPeriod(scope, idea.created_at));
  const innovations = rows.innovations.filter((innovation) => owned(scope, innovation) && inPeriod(scope, innovation.created_at));
  const ownedInnovations = new Set(rows.innovations.filter((innovation) => owned(scope, innovation)).map((innovation) => innovation.id));
  const stays = new Map<string, number[]>();
  const byInnovation = groupBy(
    rows.changes.filter((change) => ownedInnovations.has(change.innovation_id)),
    (change) => change.innovation_id,
  );
  for (const changes of byInnovation.values()) {
    changes.sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || a.id.localeCompare(b.id));
    changes.forEach((change, index) => {
      const next = changes[index + 1];
      if (next && inPeriod(scope, next.created_at)) stays.set(change.to_stage, [...(stays.get(change.to_stage) ?? []), (next.created_at.getTime() - change.created_at.getTime()) / 86_400_000]);
    });
  }
  const proposals = rows.proposals.filter((proposal) => proposal.status === 'ACCEPTED' && owned(scope, proposal) && inPeriod(scope, proposal.created_at));
  const courses = rows.enrollments.filter((enrollment) => enrollment.course_status !== 'DRAFT' && (!(scope.agencyId || scope.serviceId) || enrollment.owners.some((owner) => owned(scope, owner))));
  const enrolled = courses.filter((enrollment) => enrollment.status !== 'CANCELLED' && inPeriod(scope, enrollment.created_at));
  const completed = courses.filter((enrollment) => enrollment.status === 'COMPLETED' && inPeriod(scope, enrollment.completed_at));
  const surveys = rows.surveys.filter((survey) => survey.closes_at <= now && owned(scope, survey) && inPeriod(scope, survey.closes_at));
  const agencies = rows.agencies.filter(
    (agency) =>
      agency.verified_at !== null &&
      (ideas.some((idea) => idea.agency_id === agency.id) || innovations.some((innovation) => innovation.agency_id === agency.id) || surveys.some((survey) => survey.agency_id === agency.id)),
  );
  const clocks = rows.clocks.filter((clock) => clock.hidden_at === null && clock.started_at <= now && owned(scope, clock) && inPeriod(scope, clock.started_at));
  const ideaStatus = tally(ideas.map((idea) => idea.status));
  const stage = tally(innovations.map((innovation) => innovation.stage));
  const proposalStatus = tally(proposals.map((proposal) => proposal.status));
  return {
    agenciesTakingPart: agencies.length,
    responses: ['ACKNOWLEDGE', 'REPLY', 'RESOLVE'].map((step) => {
      const started = clocks.filter((clock) => clock.step === step);
      const met = started.filter((clock) => clock.met_at !== null);
      const decided = started.filter((clock) => clock.met_at !== null || clock.due_at <= now).length;
      const onTime = met.filter((clock) => clock.met_at! < clock.due_at).length;
      return { step, started: started.length, met: met.length, decided, onTime, shareOnTime: decided ? onTime / decided : null, medianWorkingDays: met.length ? median(met.map((clock) => clock.working_days_taken!)) : null };
    }),
    ideas: { total: ideas.length, byStatus: ideaStatuses.map((status) => ({ status, count: ideaStatus[status] ?? 0 })), byMonth: tally(ideas.map((idea) => month(idea.created_at))) },
    innovations: {
      total: innovations.length,
      byStage: innovationStages.map((name) => ({ stage: name, count: stage[name] ?? 0, completedStays: stays.get(name)?.length ?? 0, medianDays: stays.has(name) ? median(stays.get(name)!) : null })),
    },
    pilotProposals: { total: proposals.length, byStatus: pilotProposalStatuses.filter((status) => proposalStatus[status]).map((status) => ({ status, count: proposalStatus[status] })) },
    courses: {
      enrollments: enrolled.length,
      completions: completed.length,
      enrollmentsByMonth: tally(enrolled.map((enrollment) => month(enrollment.created_at))),
      completionsByMonth: tally(completed.map((enrollment) => month(enrollment.completed_at!))),
    },
    satisfaction: {
      overall: ikmOf(surveys),
      byService: Object.fromEntries([...groupBy(surveys, (survey) => `${survey.service_id} ${month(survey.closes_at)}`)].map(([key, group]) => [key, ikmOf(group)])),
      byAgency: Object.fromEntries([...groupBy(surveys, (survey) => `${survey.agency_id} ${month(survey.closes_at)}`)].map(([key, group]) => [key, ikmOf(group)])),
    },
  };
}

const globalUuid = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];

/** The API's answer in the shape of expectedFigures. */
function figuresOf(stats: StatisticsQuery['stats']) {
  const figure = ({ surveyCount, responseCount, ikm }: { surveyCount: number; responseCount: number; ikm: number | null }) => ({ surveyCount, responseCount, ikm });
  return {
    agenciesTakingPart: stats.agenciesTakingPart,
    responses: stats.responses,
    ideas: { total: stats.ideas.total, byStatus: stats.ideas.byStatus, byMonth: nonZero(stats.ideas.byMonth) },
    innovations: {
      total: stats.innovations.total,
      byStage: stats.innovations.byStage.map((entry) => ({ ...entry, medianDays: entry.medianDays })),
    },
    pilotProposals: stats.pilotProposals,
    courses: {
      enrollments: stats.courses.enrollments,
      completions: stats.courses.completions,
      enrollmentsByMonth: nonZero(stats.courses.byMonth.map((entry) => ({ month: entry.month, count: entry.enrollments }))),
      completionsByMonth: nonZero(stats.courses.byMonth.map((entry) => ({ month: entry.month, count: entry.completions }))),
    },
    satisfaction: {
      overall: figure(stats.satisfaction.overall),
      byService: Object.fromEntries(stats.satisfaction.byService.map((entry) => [`${globalUuid(entry.service.id)} ${entry.month}`, figure(entry)])),
      byAgency: Object.fromEntries(stats.satisfaction.byAgency.map((entry) => [`${globalUuid(entry.agency.id)} ${entry.month}`, figure(entry)])),
    },
  };
}

describe('public statistics', () => {
  let app: TestApp;
  let moderator: SignedIn;
  const statistics = print(StatisticsDocument);
  const sql = <T = Record<string, unknown>[]>(query: string, params: unknown[] = []) => app.server.services.orm.em.fork().getConnection().execute(query, params) as Promise<T>;

  /** Timestamps as Dates and JSON as values, whichever way the driver hands them over. */
  const normalised = (rows: Record<string, unknown>[]) =>
    rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([key, value]) => [
          key,
          /_at$/.test(key) && value !== null ? new Date(value as string) : typeof value === 'string' && /^[[{]/.test(value) ? JSON.parse(value) : value,
        ]),
      ),
    );

  async function readRows(): Promise<Rows> {
    const rows = await readRawRows();
    return Object.fromEntries(Object.entries(rows).map(([key, value]) => [key, normalised(value as Record<string, unknown>[])])) as Rows;
  }

  async function readRawRows() {
    return {
      ideas: await sql(`select status, created_at, agency_id, service_id, hidden_at from ideas`),
      innovations: await sql(`select id, stage, created_at, agency_id, service_id from innovations`),
      changes: await sql(`select innovation_id, to_stage, created_at, id from innovation_stage_changes`),
      proposals: await sql(
        `select p.status, p.created_at, p.agency_id, coalesce(n.service_id, d.service_id) as service_id
         from pilot_proposals p left join innovations n on n.id = p.innovation_id left join ideas d on d.id = p.idea_id`,
      ),
      enrollments: await sql(
        `select e.status, e.created_at, e.completed_at, c.status as course_status,
           coalesce((select json_agg(json_build_object('agency_id', n.agency_id, 'service_id', n.service_id)) from course_innovations ci join innovations n on n.id = ci.innovation_id where ci.course_id = c.id), '[]') as owners
         from enrollments e join courses c on c.id = e.course_id`,
      ),
      surveys: await sql(`select closes_at, agency_id, service_id, response_count, element_sums from surveys`),
      agencies: await sql(`select id, verified_at from organizations where kind = 'AGENCY'`),
      clocks: await sql(
        `select c.step, c.started_at, c.due_at, c.met_at, c.working_days_taken, c.agency_id, i.service_id, i.hidden_at from response_clocks c join ideas i on i.id = c.idea_id`,
      ),
    };
  }

  async function stats(filter: StatsFilter | null = null) {
    const before = app.queries.length;
    const response = await app.graphql<StatisticsQuery>(statistics, { filter });
    expect(response.errors).toBeUndefined();
    return { stats: response.data!.stats, statements: app.queries.length - before };
  }

  beforeAll(async () => {
    app = await startTestApp({ seedDemo: true, environment: { RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '1000' } });
    moderator = await signIn(app, testAdmin.email, testAdmin.password);
    // Problems addressed to an agency, one acknowledged and one answered officially: the response figures count something.
    const officer = await signIn(app, 'hendra@dukcapil.bandung.go.id', demoPassword);
    const citizen = await signIn(app, 'siti@warga.id', demoPassword);
    const agencyId: string = (await app.graphql(`{ organization(slug: "disdukcapil-kota-bandung") { id } }`)).data!.organization.id;
    const [acknowledged, answered] = [
      await postIdea(app, citizen, { agencyId, title: 'Antrean cetak KK baru di kecamatan' }),
      await postIdea(app, citizen, { agencyId, title: 'Aplikasi antrean daring sering gagal' }),
      await postIdea(app, citizen, { agencyId, title: 'Petugas loket belum datang pukul delapan' }),
    ];
    const written = (response: { data?: Record<string, { errors: unknown[] }> | null }) => expect(Object.values(response.data!)[0]!.errors).toEqual([]);
    written(await app.graphql(print(ReviewIdeaDocument), { input: { ideaId: acknowledged!.id, status: 'UNDER_REVIEW' } }, { token: officer.token }));
    const reply = await app.graphql(print(AddCommentDocument), { input: { subjectId: answered!.id, body: 'Server antrean kami perbaiki minggu ini.' } }, { token: officer.token });
    written(await app.graphql(print(MarkOfficialReplyDocument), { input: { commentId: reply.data!.addComment.comment.id } }, { token: officer.token }));
  });
  afterAll(() => app?.close());

  it('counts what the rows hold, for the whole platform and under every filter, in a fixed number of statements', async () => {
    const rows = await readRows();
    const now = new Date();
    const [busiestAgency] = Object.entries(tally(rows.innovations.map((innovation) => innovation.agency_id))).sort(([, a], [, b]) => b - a);
    const agencyId = busiestAgency![0];
    const surveyedService = rows.surveys.find((survey) => survey.closes_at <= now && survey.response_count > 0)!.service_id;
    const toGlobal = (typeName: string, id: string) => Buffer.from(`${typeName}:${id}`).toString('base64url');
    const from = new Date(now.getTime() - 60 * 86_400_000);
    const to = new Date(now.getTime() - 10 * 86_400_000);
    const scopes: Scope[] = [{}, { agencyId }, { serviceId: surveyedService }, { from, to }, { agencyId, from }, { to }];
    const whole = expectedFigures(rows, {}, now);
    // The demo data gives every figure something to count.
    expect(whole.ideas.total).toBeGreaterThan(0);
    expect(whole.innovations.byStage.some((stage) => stage.medianDays !== null)).toBe(true);
    expect(whole.pilotProposals.total).toBeGreaterThan(0);
    expect(whole.courses.completions).toBeGreaterThan(0);
    expect(whole.satisfaction.overall.responseCount).toBeGreaterThan(0);
    expect(whole.responses[0]!.met).toBeGreaterThan(0);
    expect(whole.responses[1]!.met).toBeGreaterThan(0);

    const statementCounts = new Set<number>();
    for (const scope of scopes) {
      const filter: StatsFilter = {
        agencyId: scope.agencyId ? toGlobal('Organization', scope.agencyId) : undefined,
        serviceId: scope.serviceId ? toGlobal('Service', scope.serviceId) : undefined,
        from: scope.from?.toISOString(),
        to: scope.to?.toISOString(),
      };
      const answer = await stats(filter);
      const expected = expectedFigures(rows, scope, now);
      const actual = figuresOf(answer.stats);
      expect({ scope, ...actual, innovations: { ...actual.innovations, byStage: actual.innovations.byStage.map((entry) => ({ ...entry, medianDays: entry.medianDays === null ? null : Number(entry.medianDays.toFixed(6)) })) } }).toEqual({
        scope,
        ...expected,
        innovations: { ...expected.innovations, byStage: expected.innovations.byStage.map((entry) => ({ ...entry, medianDays: entry.medianDays === null ? null : Number(entry.medianDays.toFixed(6)) })) },
      });
      // A month series has no holes: consecutive months, and its counts add up to the total.
      const months = answer.stats.ideas.byMonth.map((entry) => entry.month);
      months.slice(1).forEach((value, index) => expect(new Date(`${value}-01`).getUTCMonth()).toBe((new Date(`${months[index]}-01`).getUTCMonth() + 1) % 12));
      expect(answer.stats.ideas.byMonth.reduce((sum, entry) => sum + entry.count, 0)).toBe(answer.stats.ideas.total);
      statementCounts.add(answer.statements);
    }
    // The filters narrow: each narrower scope counts no more than the whole, and the agency's count is smaller.
    expect(expectedFigures(rows, { agencyId }, now).ideas.total).toBeLessThan(whole.ideas.total);
    expect(expectedFigures(rows, { agencyId }, now).innovations.total).toBeLessThan(whole.innovations.total);
    // Eight statements whatever the scope: ideas, innovations and their stays, proposals, courses, surveys, agencies, response clocks.
    expect([...statementCounts]).toEqual([8]);
  });

  it('leaves out what the public does not see: a hidden idea (for every viewer), proposals not accepted', async () => {
    const author = await signUp(app, 'Penulis Tersembunyi');
    const before = (await stats()).stats;
    const idea = await postIdea(app, author, { title: 'Gagasan yang nanti disembunyikan moderator' });
    expect((await stats()).stats.ideas.total).toBe(before.ideas.total + 1);
    const hidden = await app.graphql(
      `mutation ($input: ModerateContentInput!) { moderateContent(input: $input) { errors { code } } }`,
      { input: { decision: 'HIDE', reason: 'Iklan tersembunyi', subjectIds: [idea.id] } },
      { token: moderator.token },
    );
    expect(hidden.data?.moderateContent.errors).toEqual([]);
    // Also not for its author, nor for a moderator: the figures are the public's.
    for (const viewer of [null, author, moderator]) {
      const response = await app.graphql<StatisticsQuery>(statistics, {}, { token: viewer?.token });
      expect(response.data!.stats.ideas.total).toBe(before.ideas.total);
      expect(response.data!.stats.ideas.byStatus).toEqual(before.ideas.byStatus);
    }
    const [{ count: notAccepted }] = await sql<{ count: number }[]>(`select count(*)::int as count from pilot_proposals where status <> 'ACCEPTED'`);
    expect(notAccepted).toBeGreaterThan(0);
    expect(before.pilotProposals.byStatus.map((entry) => entry.status)).toEqual(['ACCEPTED']);
  });

  it('refuses a filter that names something else', async () => {
    const response = await app.graphql(statistics, { filter: { agencyId: Buffer.from('Idea:00000000-0000-0000-0000-000000000000').toString('base64url') } });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists the ideas most supported this week and the innovations institutionalised last', async () => {
    const home = (await app.graphql<HomePageQuery>(print(HomePageDocument))).data!;
    const expected = await sql<{ idea_id: string; votes: number }[]>(
      `select v.idea_id, count(*)::int as votes from idea_votes v join ideas i on i.id = v.idea_id
       where v.created_at >= now() - interval '7 days' and i.hidden_at is null and i.status <> 'MERGED'
       group by v.idea_id order by votes desc, v.idea_id limit 5`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(home.mostSupportedIdeas.map((entry) => [globalUuid(entry.idea.id), entry.votes])).toEqual(expected.map((row) => [row.idea_id, row.votes]));

    const latest = await sql<{ id: string }[]>(`select id from innovations where stage = 'INSTITUTIONALIZED' order by stage_entered_at desc, id desc limit 3`);
    expect(latest.length).toBeGreaterThan(0);
    expect(home.recentlyInstitutionalizedInnovations.map((innovation) => globalUuid(innovation.id))).toEqual(latest.map((row) => row.id));
    expect(home.surveys.edges.every((edge) => edge.node.open)).toBe(true);
  });
});
