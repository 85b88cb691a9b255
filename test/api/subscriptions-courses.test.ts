import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { createOrganization, signIn, signUp, type SignedIn } from '../support/people.js';
import { liveClients, settled, subscribe } from '../support/ws-client.js';

const publish = `mutation ($input: PublishCourseInput!) { publishCourse(input: $input) { course { id } errors { code field } } }`;
const enroll = `mutation ($input: CourseInput!) { enrollInCourse(input: $input) { errors { code field } } }`;
const courseChanged = `subscription ($id: ID!) { courseChanged(id: $id) { id title seatsLeft } }`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('course subscriptions', () => {
  let app: TestApp;
  let trainer: SignedIn;
  let institute: { id: string };
  const clients = liveClients(() => app.url);

  const courseInput = (overrides: Record<string, unknown> = {}) => ({
    instituteId: institute.id,
    title: 'Pelayanan Prima untuk Petugas Loket',
    summary: 'Standar pelayanan dan penanganan keluhan di loket.',
    format: 'IN_PERSON',
    sessions: [{ startsAt: inDays(7), endsAt: inDays(7.1), place: 'Aula Lembaga' }],
    capacity: 20,
    ...overrides,
  });

  beforeAll(async () => {
    app = await startTestApp();
    const admin = await signIn(app, testAdmin.email, testAdmin.password);
    trainer = await signUp(app, 'Pelatih');
    institute = await createOrganization(app, trainer, admin, { name: 'Lembaga Pelatihan Siaran', kind: 'TRAINING_INSTITUTE' });
  });
  afterEach(() => clients.disposeAll());
  afterAll(() => app?.close());

  it('courseChanged brings the seats left after an enrolment to anyone watching the course', async () => {
    const published = await app.graphql(publish, { input: courseInput() }, { token: trainer.token });
    const courseId = published.data?.publishCourse.course.id;
    const anonymous = await clients.connect();
    const changes = subscribe(anonymous, courseChanged, { id: courseId });
    await settled(anonymous);

    const citizen = await signUp(app);
    expect((await app.graphql(enroll, { input: { courseId } }, { token: citizen.token })).data?.enrollInCourse.errors).toEqual([]);
    expect((await changes.next()).data?.courseChanged).toEqual({ id: courseId, title: 'Pelayanan Prima untuk Petugas Loket', seatsLeft: 19 });
  });

  it('keeps a draft course’s changes from subscribers who may not see it', async () => {
    const draft = await app.graphql(publish, { input: courseInput({ title: 'Draf Literasi Digital', status: 'DRAFT' }) }, { token: trainer.token });
    const courseId = draft.data?.publishCourse.course.id;
    const anonymous = await clients.connect();
    const outsider = subscribe(anonymous, courseChanged, { id: courseId });
    const institution = await clients.connect(trainer.token);
    const own = subscribe(institution, courseChanged, { id: courseId });
    await Promise.all([settled(anonymous), settled(institution)]);

    const edited = await app.graphql(publish, { input: courseInput({ courseId, instituteId: undefined, title: 'Draf Literasi Digital Aparatur', status: 'DRAFT' }) }, { token: trainer.token });
    expect(edited.data?.publishCourse.errors).toEqual([]);
    expect((await own.next()).data?.courseChanged).toMatchObject({ id: courseId, title: 'Draf Literasi Digital Aparatur' });
    await outsider.expectNothing(0);
  });
});
