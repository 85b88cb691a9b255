import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { createOrganization, signIn, signUp, type SignedIn } from '../support/people.js';
import { advanceInnovation, createInnovation, recordKpiResult, updateInnovation } from './pilot-proposals-support.js';

const courseFields = /* GraphQL */ `id title status format capacity seatsLeft competencies viewerCanManage sessions { startsAt endsAt place } institute { id } innovations { id }`;
const publishMutation = /* GraphQL */ `
  mutation ($input: PublishCourseInput!) { publishCourse(input: $input) { course { ${courseFields} } errors { code field message } } }
`;
const enrollMutation = /* GraphQL */ `
  mutation ($input: CourseInput!) { enrollInCourse(input: $input) { enrollment { id status } course { seatsLeft } errors { code field message } } }
`;
const cancelMutation = /* GraphQL */ `
  mutation ($input: CourseInput!) { cancelEnrollment(input: $input) { enrollment { id status } course { seatsLeft } errors { code field message } } }
`;
const completeMutation = /* GraphQL */ `
  mutation ($input: CompleteEnrollmentInput!) { completeEnrollment(input: $input) { enrollment { id status completedAt } errors { code field message } } }
`;

const inDays = (days: number, hours = 9) => new Date(Date.now() + days * 86_400_000 + hours * 3_600_000).toISOString();

describe('courses', () => {
  let app: TestApp;
  let admin: SignedIn;
  let trainer: SignedIn;
  let citizen: SignedIn;
  let officer: SignedIn;
  let institute: { id: string };
  let agency: { id: string };

  const courseInput = (overrides: Record<string, unknown> = {}) => ({
    instituteId: institute.id,
    title: 'Pelayanan Prima untuk Petugas Loket',
    summary: 'Standar pelayanan, komunikasi dengan warga dan penanganan keluhan di loket.',
    format: 'HYBRID',
    sessions: [{ startsAt: inDays(10), endsAt: inDays(10, 12), place: 'Aula Lembaga, Jl. Merdeka 1' }],
    capacity: 30,
    competencies: ['Pelayanan Publik', 'Komunikasi'],
    ...overrides,
  });
  const publishCourse = (who: SignedIn | null, input: Record<string, unknown>) => app.graphql(publishMutation, { input }, { token: who?.token });
  const enroll = (who: SignedIn | null, courseId: string) => app.graphql(enrollMutation, { input: { courseId } }, { token: who?.token });

  beforeAll(async () => {
    app = await startTestApp({ environment: { RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '1000', RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '100000' } });
    admin = await signIn(app, testAdmin.email, testAdmin.password);
    trainer = await signUp(app, 'Pelatih Lembaga');
    citizen = await signUp(app, 'Siti Warga');
    officer = await signUp(app, 'Petugas Inovasi');
    institute = await createOrganization(app, trainer, admin, { name: 'Lembaga Pelatihan Uji', kind: 'TRAINING_INSTITUTE' });
    agency = await createOrganization(app, officer, admin, { name: 'Disdukcapil Uji', kind: 'AGENCY' });
  });

  afterAll(() => app?.close());

  it('is published by the institute only; others are refused', async () => {
    expect((await publishCourse(null, courseInput())).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await publishCourse(citizen, courseInput())).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const published = await publishCourse(trainer, courseInput());
    expect(published.data?.publishCourse.errors).toEqual([]);
    expect(published.data?.publishCourse.course).toMatchObject({ status: 'PUBLISHED', seatsLeft: 30, competencies: ['pelayanan publik', 'komunikasi'], viewerCanManage: true });
  });

  it('gives clear field errors for bad input', async () => {
    const response = await publishCourse(trainer, courseInput({ capacity: 0, sessions: [{ startsAt: inDays(5, 12), endsAt: inDays(5, 10) }], title: '' }));
    const fields = response.data?.publishCourse.errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['input.title', 'input.capacity', 'input.sessions.0.endsAt']));
  });

  it('keeps drafts to the institute', async () => {
    const draft = (await publishCourse(trainer, courseInput({ title: 'Draf Literasi Digital', status: 'DRAFT' }))).data!.publishCourse.course;
    const query = `query ($id: ID!) { course(id: $id) { id } node(id: $id) { id } }`;
    expect((await app.graphql(query, { id: draft.id }, { token: citizen.token })).data).toEqual({ course: null, node: null });
    expect((await app.graphql(query, { id: draft.id }, { token: trainer.token })).data?.course).toEqual({ id: draft.id });
    const listed = await app.graphql(`{ courses(first: 100) { edges { node { id } } } }`, {}, { token: citizen.token });
    expect(listed.data?.courses.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(draft.id);
    expect((await enroll(citizen, draft.id)).data?.enrollInCourse.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'input.courseId' });
  });

  it('never takes more than its capacity: 100 people enrolling at once in 30 seats', async () => {
    const course = (await publishCourse(trainer, courseInput({ title: 'Literasi Digital Aparatur', capacity: 30 }))).data!.publishCourse.course;
    const people = await Promise.all(Array.from({ length: 100 }, (_, index) => signUp(app, `Peserta ${index + 1}`)));
    const results = await Promise.all(people.map((person) => enroll(person, course.id)));
    const payloads = results.map((result) => result.data?.enrollInCourse);
    expect(results.every((result) => !result.errors)).toBe(true);
    expect(payloads.filter((payload) => payload.errors.length === 0)).toHaveLength(30);
    const refused = payloads.filter((payload) => payload.errors.length > 0);
    expect(refused).toHaveLength(70);
    expect(refused.every((payload) => payload.errors[0].code === 'FULL' && payload.errors[0].field === 'input.courseId')).toBe(true);

    const read = await app.graphql(`query ($id: ID!) { course(id: $id) { seatsLeft enrollments { totalCount } } }`, { id: course.id }, { token: trainer.token });
    expect(read.data?.course).toEqual({ seatsLeft: 0, enrollments: { totalCount: 30 } });

    const seated = people[payloads.findIndex((payload) => payload.errors.length === 0)]!;
    const waiting = people[payloads.findIndex((payload) => payload.errors.length > 0)]!;
    expect((await app.graphql(cancelMutation, { input: { courseId: course.id } }, { token: seated.token })).data?.cancelEnrollment).toMatchObject({ enrollment: { status: 'CANCELLED' }, course: { seatsLeft: 1 }, errors: [] });
    expect((await enroll(waiting, course.id)).data?.enrollInCourse).toMatchObject({ enrollment: { status: 'ENROLLED' }, course: { seatsLeft: 0 }, errors: [] });
    expect((await enroll(waiting, course.id)).data?.enrollInCourse.errors[0].code).toBe('ALREADY_DONE');
  });

  it("shows the enrolment list only to the institute", async () => {
    const course = (await publishCourse(trainer, courseInput({ title: 'Manajemen Inovasi Daerah' }))).data!.publishCourse.course;
    const response = await app.graphql(`query ($id: ID!) { course(id: $id) { enrollments { totalCount } } }`, { id: course.id }, { token: citizen.token });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('meets the EVALUATION gate\'s training requirement with completions of a linked course', async () => {
    const innovationId = await createInnovation(app, officer, agency.id, 'Antrean daring Disdukcapil');
    await updateInnovation(app, officer, {
      innovationId,
      pilotPlan: 'Uji coba di dua kecamatan selama 8 minggu.',
      trialResult: 'Waktu tunggu turun menjadi 35 menit.',
      kpis: [{ name: 'Waktu tunggu', unit: 'menit', baseline: 180, target: 30 }],
      socialisation: { evidence: 'Rapat staf', doneOn: '2026-03-02' },
      feedbackChannel: { evidence: 'Kanal pengaduan', doneOn: '2026-03-04' },
    });
    await recordKpiResult(app, officer, innovationId, { value: 35, measuredOn: '2026-02-28' });
    for (const to of ['DEVELOPMENT', 'TRIAL', 'IMPLEMENTATION']) expect((await advanceInnovation(app, officer, innovationId, to)).errors).toEqual([]);
    expect((await advanceInnovation(app, officer, innovationId, 'EVALUATION')).unmetRequirements.map((item) => item.code)).toEqual(['STAFF_TRAINING']);

    const course = (await publishCourse(trainer, courseInput({ title: 'Operator Antrean Daring', innovationIds: [innovationId] }))).data!.publishCourse.course;
    expect(course.innovations).toEqual([{ id: innovationId }]);
    const staff = await signUp(app, 'Staf Loket');
    const enrollment = (await enroll(staff, course.id)).data!.enrollInCourse.enrollment;
    expect((await app.graphql(completeMutation, { input: { enrollmentId: enrollment.id } }, { token: staff.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await advanceInnovation(app, officer, innovationId, 'EVALUATION')).unmetRequirements.map((item) => item.code)).toEqual(['STAFF_TRAINING']);

    const completed = await app.graphql(completeMutation, { input: { enrollmentId: enrollment.id } }, { token: trainer.token });
    expect(completed.data?.completeEnrollment).toMatchObject({ enrollment: { status: 'COMPLETED' }, errors: [] });
    const profile = await app.graphql(`query ($id: ID!) { node(id: $id) { ... on User { completedCourses { edges { node { course { title } } } } } } }`, { id: staff.id });
    expect(profile.data?.node.completedCourses.edges).toEqual([{ node: { course: { title: 'Operator Antrean Daring' } } }]);
    const moved = await advanceInnovation(app, officer, innovationId, 'EVALUATION');
    expect(moved.errors).toEqual([]);
    expect(moved.innovation?.stage).toBe('EVALUATION');
  });

  it('lists courses and pilot proposals in a bounded number of statements whatever the page size', async () => {
    const query = /* GraphQL */ `
      query ($first: Int) {
        courses(first: $first) { edges { node { id seatsLeft institute { name } innovations { title agency { name } } viewerEnrollment { status } } } }
        pilotProposals(first: $first) { edges { node { id agency { name } proposer { name } innovation { title } } } }
      }
    `;
    const statements = async (first: number) => {
      const before = app.queries.length;
      const response = await app.graphql(query, { first }, { token: trainer.token });
      expect(response.errors).toBeUndefined();
      expect(response.data?.courses.edges.length).toBeGreaterThanOrEqual(Math.min(first, 3));
      return app.queries.length - before;
    };
    expect(await statements(20)).toBe(await statements(1));
  });
});
