import { AuditEntriesDocument, ModerationLogDocument, PeopleDocument, SetPlatformRoleDocument } from '@gotong/graphql-client';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { signIn, signUp, type SignedIn } from '../support/people.js';

const setPlatformRole = print(SetPlatformRoleDocument);
const people = print(PeopleDocument);
const auditEntries = print(AuditEntriesDocument);
const moderationLog = print(ModerationLogDocument);

describe('platform roles, the audit log and the moderation log', () => {
  let app: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await signIn(app, testAdmin.email, testAdmin.password);
  });
  afterAll(() => app?.close());

  const setRole = (as: SignedIn | null, userId: string, role: 'MODERATOR' | 'ADMIN', granted: boolean) =>
    app.graphql(setPlatformRole, { input: { userId, role, granted } }, { token: as?.token });
  const roleOf = async (person: SignedIn) => (await app.graphql(`{ viewer { platformRole } }`, {}, { token: person.token })).data?.viewer.platformRole;

  it('lets an admin grant and revoke MODERATOR and ADMIN, audited; the new moderator moderates at once', async () => {
    const citizen = await signUp(app, 'Rahmat Calon Moderator');
    const granted = await setRole(admin, citizen.id, 'MODERATOR', true);
    expect(granted.data?.setPlatformRole).toMatchObject({ user: { id: citizen.id, platformRole: 'MODERATOR', email: citizen.email }, errors: [] });
    expect(await roleOf(citizen)).toBe('MODERATOR');
    expect((await app.graphql(moderationLog, {}, { token: citizen.token })).errors).toBeUndefined();

    expect((await setRole(admin, citizen.id, 'ADMIN', true)).data?.setPlatformRole.user.platformRole).toBe('ADMIN');
    const notHeld = await setRole(admin, citizen.id, 'MODERATOR', false);
    expect(notHeld.data?.setPlatformRole.errors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED_NOW', field: 'input.role' })]);
    expect((await setRole(admin, citizen.id, 'ADMIN', false)).data?.setPlatformRole.user.platformRole).toBe('MEMBER');
    expect((await app.graphql(moderationLog, {}, { token: citizen.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Granting what the person already has changes nothing and writes no audit entry.
    await setRole(admin, citizen.id, 'MODERATOR', true);
    await setRole(admin, citizen.id, 'MODERATOR', true);

    const audit = await app.graphql(auditEntries, { filter: { actorId: admin.id } }, { token: admin.token });
    const changes = audit.data?.auditEntries.edges
      .map(({ node }: { node: { action: string; subjectId: string; note: string } }) => node)
      .filter((node: { subjectId: string }) => node.subjectId === citizen.id);
    expect(changes.map((node: { action: string; note: string }) => `${node.action} ${node.note}`)).toEqual([
      'user.grantPlatformRole MODERATOR',
      'user.revokePlatformRole ADMIN',
      'user.grantPlatformRole ADMIN',
      'user.grantPlatformRole MODERATOR',
    ]);
  });

  it('refuses the signed-out, members and moderators, and unknown people', async () => {
    const citizen = await signUp(app);
    const moderator = await signUp(app);
    await setRole(admin, moderator.id, 'MODERATOR', true);
    expect((await setRole(null, citizen.id, 'MODERATOR', true)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await setRole(citizen, citizen.id, 'ADMIN', true)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await setRole(moderator, citizen.id, 'MODERATOR', true)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await setRole(moderator, moderator.id, 'ADMIN', true)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await roleOf(citizen)).toBe('MEMBER');
    expect((await app.graphql(people, {}, { token: moderator.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.graphql(auditEntries, {}, { token: moderator.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await setRole(admin, 'VXNlcjowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA', 'MODERATOR', true);
    expect(unknown.data?.setPlatformRole).toMatchObject({ user: null, errors: [{ code: 'NOT_FOUND', field: 'input.userId' }] });
    const notAPerson = await setRole(admin, 'bm90LWFuLWlk', 'MODERATOR', true);
    expect(notAPerson.data?.setPlatformRole.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'input.userId' })]);
  });

  it('keeps the last admin, even when two admins revoke each other at the same moment', async () => {
    const second = await signUp(app, 'Admin Kedua');
    await setRole(admin, second.id, 'ADMIN', true);
    const both = await Promise.all([setRole(admin, second.id, 'ADMIN', false), setRole(second, admin.id, 'ADMIN', false)]);
    // The one that waited finds itself the last admin, or (if it started after the other committed) no admin at all.
    const outcomes = both.map((response) => response.data?.setPlatformRole.errors[0]?.code ?? response.errors?.[0].extensions?.code ?? 'DONE');
    expect(outcomes.filter((outcome) => outcome === 'DONE')).toHaveLength(1);
    expect(outcomes.find((outcome) => outcome !== 'DONE')).toMatch(/^(NOT_ALLOWED_NOW|FORBIDDEN)$/);
    const remaining = await app.graphql(people, { filter: { platformRole: 'ADMIN' } }, { token: outcomes[0] === 'DONE' ? admin.token : second.token });
    expect(remaining.data?.people.totalCount).toBe(1);

    const lastAdmin = remaining.data?.people.edges[0].node.id === admin.id ? admin : second;
    const selfRevoke = await setRole(lastAdmin, lastAdmin.id, 'ADMIN', false);
    expect(selfRevoke.data?.setPlatformRole.errors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED_NOW', field: 'input.userId' })]);
    const demoted = await setRole(lastAdmin, lastAdmin.id, 'MODERATOR', true);
    expect(demoted.data?.setPlatformRole.errors[0].code).toBe('NOT_ALLOWED_NOW');
    if (lastAdmin !== admin) await setRole(lastAdmin, admin.id, 'ADMIN', true);
  });

  it('finds people by name or email for admins, a page at a time', async () => {
    const marker = `zq${Date.now().toString(36)}`;
    const found = await Promise.all([signUp(app, `Ayu ${marker}`), signUp(app, `Bima ${marker}`), signUp(app, `Cahya ${marker}`)]);
    const first = await app.graphql(people, { first: 2, filter: { text: marker.toUpperCase() } }, { token: admin.token });
    expect(first.data?.people.totalCount).toBe(3);
    expect(first.data?.people.edges.map(({ node }: { node: { displayName: string } }) => node.displayName)).toEqual([`Ayu ${marker}`, `Bima ${marker}`]);
    const next = await app.graphql(people, { first: 2, after: first.data?.people.pageInfo.endCursor, filter: { text: marker } }, { token: admin.token });
    expect(next.data?.people.edges.map(({ node }: { node: { id: string } }) => node.id)).toEqual([found[2].id]);
    const byEmail = await app.graphql(people, { filter: { text: found[1].email } }, { token: admin.token });
    expect(byEmail.data?.people.edges.map(({ node }: { node: { id: string } }) => node.id)).toEqual([found[1].id]);
  });

  it('filters the audit log by action, actor and period, and the moderation log by decision, moderator and period', async () => {
    const moderator = await signUp(app, 'Moderator Penyaring');
    await setRole(admin, moderator.id, 'MODERATOR', true);
    const author = await signUp(app);
    const posted = await app.graphql(
      `mutation ($input: PostIdeaInput!) { postIdea(input: $input) { idea { id } errors { code } } }`,
      { input: { kind: 'PROBLEM', title: 'Antrean panjang di kantor kelurahan', body: 'Warga menunggu berjam-jam setiap pagi.' } },
      { token: author.token },
    );
    const ideaId = posted.data?.postIdea.idea.id;
    const moderate = (decision: string) =>
      app.graphql(`mutation ($input: ModerateContentInput!) { moderateContent(input: $input) { errors { code } } }`, { input: { subjectIds: [ideaId], decision, reason: 'Uji penyaring log moderasi' } }, { token: moderator.token });
    const before = new Date();
    await moderate('HIDE');
    await moderate('RESTORE');

    const hides = await app.graphql(moderationLog, { filter: { decision: 'HIDE', actorText: 'penyaring' } }, { token: moderator.token });
    expect(hides.data?.moderationLog.edges.map(({ node }: { node: object }) => node)).toEqual([
      expect.objectContaining({ decision: 'HIDE', subjectType: 'Idea', subjectId: ideaId, moderator: { id: moderator.id, displayName: 'Moderator Penyaring' } }),
    ]);
    const inPeriod = await app.graphql(moderationLog, { filter: { actorId: moderator.id, since: before.toISOString() } }, { token: moderator.token });
    expect(inPeriod.data?.moderationLog.totalCount).toBe(2);
    const earlier = await app.graphql(moderationLog, { filter: { actorId: moderator.id, until: before.toISOString() } }, { token: moderator.token });
    expect(earlier.data?.moderationLog.totalCount).toBe(0);
    expect((await app.graphql(moderationLog, {}, { token: author.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const grants = await app.graphql(auditEntries, { first: 1, filter: { action: 'user.grantPlatformRole', actorText: testAdmin.email, since: before.toISOString() } }, { token: admin.token });
    expect(grants.data?.auditEntries).toMatchObject({ totalCount: 0, edges: [] });
    const allGrants = await app.graphql(auditEntries, { first: 1, filter: { action: 'user.grantPlatformRole', until: new Date().toISOString() } }, { token: admin.token });
    expect(allGrants.data?.auditEntries.edges[0].node).toMatchObject({ action: 'user.grantPlatformRole', subjectId: moderator.id, subjectType: 'User', actor: { id: admin.id } });
    const badActor = await app.graphql(auditEntries, { filter: { actorId: ideaId } }, { token: admin.token });
    expect(badActor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
