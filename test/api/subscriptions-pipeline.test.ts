import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { createOrganization, signIn, signUp, type SignedIn } from '../support/people.js';
import { liveClients, settled, subscribe } from '../support/ws-client.js';

const createInnovation = `mutation ($input: CreateInnovationInput!) { createInnovation(input: $input) { innovation { id } errors { code field } } }`;
const advance = `mutation ($input: AdvanceInnovationInput!) { advanceInnovation(input: $input) { errors { code field } } }`;
const follow = `mutation ($input: FollowInput!) { follow(input: $input) { errors { code } } }`;

describe('pipeline subscriptions', () => {
  let app: TestApp;
  let head: SignedIn;
  let agency: { id: string };
  let otherAgency: { id: string };
  const clients = liveClients(() => app.url);
  const live = clients.connect;

  beforeAll(async () => {
    app = await startTestApp();
    const admin = await signIn(app, testAdmin.email, testAdmin.password);
    head = await signUp(app, 'Kepala Dinas');
    agency = await createOrganization(app, head, admin, { name: 'Disdukcapil Kota Uji', kind: 'AGENCY' });
    otherAgency = await createOrganization(app, await signUp(app), admin, { name: 'Bapenda Kota Uji', kind: 'AGENCY' });
  });
  afterEach(() => clients.disposeAll());
  afterAll(() => app?.close());

  it('innovationChanged, pipelineChanged and the followers\' notifications follow a stage change', async () => {
    const created = await app.graphql(
      createInnovation,
      { input: { agencyId: agency.id, title: 'Antrean daring KTP-el', needAnalysis: 'Warga menunggu tiga jam di kecamatan setiap hari kerja.' } },
      { token: head.token },
    );
    const innovationId = created.data?.createInnovation.innovation.id;
    const follower = await signUp(app);
    await app.graphql(follow, { input: { subjectId: innovationId } }, { token: follower.token });

    const anonymous = await live();
    const changes = subscribe(anonymous, `subscription ($id: ID!) { innovationChanged(id: $id) { id stage } }`, { id: innovationId });
    const board = subscribe(anonymous, `subscription ($agencyId: ID!) { pipelineChanged(agencyId: $agencyId) { id stage } }`, { agencyId: agency.id });
    const otherBoard = subscribe(anonymous, `subscription ($agencyId: ID!) { pipelineChanged(agencyId: $agencyId) { id } }`, { agencyId: otherAgency.id });
    const followerClient = await live(follower.token);
    const notifications = subscribe(followerClient, `subscription { notificationAdded { kind title text } }`);
    const headClient = await live(head.token);
    const headNotifications = subscribe(headClient, `subscription { notificationAdded { kind } }`);
    await Promise.all([settled(anonymous), settled(followerClient), settled(headClient)]);

    const paused = await app.graphql(advance, { input: { innovationId, to: 'PAUSED', note: 'Menunggu anggaran tahun depan.' } }, { token: head.token });
    expect(paused.data?.advanceInnovation.errors).toEqual([]);
    expect((await changes.next()).data?.innovationChanged).toEqual({ id: innovationId, stage: 'PAUSED' });
    expect((await board.next()).data?.pipelineChanged).toEqual({ id: innovationId, stage: 'PAUSED' });
    expect((await notifications.next()).data?.notificationAdded).toEqual({ kind: 'INNOVATION_STAGE_CHANGED', title: 'Antrean daring KTP-el', text: 'PAUSED' });
    await otherBoard.expectNothing();
    await headNotifications.expectNothing(0);
    await notifications.expectNothing(0);
  });
});
