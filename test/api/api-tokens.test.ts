import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { postIdea, postIdeaMutation } from '../support/ideas.js';
import { signUp } from '../support/people.js';
import { executeOverWebSocket } from '../support/ws.js';
import { liveClients, subscribe } from '../support/ws-client.js';

const createToken = `mutation ($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { secret apiToken { id name scopes expiresAt lastUsedAt } errors { code field } }
}`;
const apiTokens = `{ apiTokens(first: 10) { totalCount edges { node { id name scopes } } } }`;
const revokeToken = `mutation ($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { apiToken { id } errors { code field } } }`;
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();
const ideaInput = { kind: 'PROBLEM', title: 'Trotoar rusak di depan sekolah', body: 'Trotoar di depan SD Negeri 3 berlubang dan membahayakan murid.' };

describe('API tokens', () => {
  let app: TestApp;
  const live = liveClients(() => app.url);
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterEach(() => live.disposeAll());
  afterAll(() => app?.close());

  const issue = async (token: string, scopes: string[], name = 'Sistem mitra') => {
    const created = await app.graphql(createToken, { input: { name, scopes, expiresAt: inAWeek() } }, { token });
    expect(created.data?.createApiToken.errors).toEqual([]);
    return created.data?.createApiToken as { secret: string; apiToken: { id: string; scopes: string[] } };
  };

  it('acts as its owner within READ and WRITE, shown once, stored hashed', async () => {
    const owner = await signUp(app, 'Mitra Integrasi');
    const { secret, apiToken } = await issue(owner.token, ['WRITE', 'READ']);
    expect(secret).toMatch(/^gtk_[A-Za-z0-9_-]{43}$/);
    expect(apiToken.scopes).toEqual(['READ', 'WRITE']);
    const stored: { token_hash: string }[] = await app.server.services.orm.em.fork().execute('select token_hash from api_tokens');
    expect(stored.map((row) => row.token_hash)).not.toContain(secret);
    expect(JSON.stringify((await app.graphql(apiTokens, {}, { token: owner.token })).data)).not.toContain(secret);

    expect((await app.graphql('{ viewer { id } }', {}, { token: secret })).data?.viewer.id).toBe(owner.id);
    const posted = await app.graphql(postIdeaMutation, { input: ideaInput }, { token: secret });
    expect(posted.data?.postIdea.idea.author.id).toBe(owner.id);
  });

  it('refuses what is outside its scopes, over HTTP and WebSocket, with the missing scope named', async () => {
    const owner = await signUp(app);
    const reader = (await issue(owner.token, ['READ'])).secret;
    const writer = (await issue(owner.token, ['WRITE'])).secret;

    const mutation = await app.graphql(postIdeaMutation, { input: ideaInput }, { token: reader });
    expect(mutation.errors?.[0]).toMatchObject({ message: 'This API token lacks the WRITE scope, which a mutation needs.', extensions: { code: 'FORBIDDEN' } });
    expect(mutation.data).toBeUndefined();
    const query = await app.graphql('{ viewer { id } }', {}, { token: writer });
    expect(query.errors?.[0]).toMatchObject({ message: 'This API token lacks the READ scope, which a query needs.', extensions: { code: 'FORBIDDEN' } });

    const readerSocket = await live.connect(reader);
    expect((await executeOverWebSocket(readerSocket, '{ viewer { id } }')).data).toEqual({ viewer: { id: owner.id } });
    const overSocket = await executeOverWebSocket(readerSocket, postIdeaMutation, { input: ideaInput });
    expect(overSocket.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const writerSocket = await live.connect(writer);
    const subscription = subscribe(writerSocket, 'subscription { notificationAdded { id } }');
    expect(await subscription.ended).toEqual([expect.objectContaining({ message: 'This API token lacks the READ scope, which a subscription needs.', extensions: { code: 'FORBIDDEN' } })]);
  });

  it('stops at once when revoked or expired; only its owner lists and revokes it', async () => {
    const owner = await signUp(app);
    const stranger = await signUp(app);
    const { secret, apiToken } = await issue(owner.token, ['READ', 'WRITE']);
    await postIdea(app, { ...owner, token: secret });
    expect((await app.graphql(apiTokens, {}, { token: stranger.token })).data?.apiTokens.totalCount).toBe(0);
    expect((await app.graphql(apiTokens, {}, { token: secret })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.graphql(apiTokens)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.graphql(createToken, { input: { name: 'anak', scopes: ['READ'], expiresAt: inAWeek() } }, { token: secret })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await app.graphql(revokeToken, { input: { id: apiToken.id } }, { token: stranger.token })).data?.revokeApiToken.errors).toEqual([
      { code: 'NOT_FOUND', field: 'input.id' },
    ]);
    expect((await app.graphql(revokeToken, { input: { id: apiToken.id } }, { token: owner.token })).data?.revokeApiToken).toEqual({ apiToken: { id: apiToken.id }, errors: [] });
    const afterRevocation = await app.graphql('{ viewer { id } }', {}, { token: secret });
    expect(afterRevocation.errors?.[0]).toMatchObject({ message: 'This API token is unknown, expired or revoked.', extensions: { code: 'UNAUTHENTICATED' } });
    expect((await app.graphql(apiTokens, {}, { token: owner.token })).data?.apiTokens.totalCount).toBe(0);

    const expiring = await issue(owner.token, ['READ']);
    await app.server.services.orm.em.fork().execute(`update api_tokens set expires_at = now() - interval '1 second' where id = ?`, [
      Buffer.from(expiring.apiToken.id, 'base64url').toString().split(':')[1],
    ]);
    expect((await app.graphql('{ viewer { id } }', {}, { token: expiring.secret })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('says what to fix in a bad request for a token', async () => {
    const owner = await signUp(app);
    const bad = await app.graphql(createToken, { input: { name: ' ', scopes: [], expiresAt: new Date(Date.now() - 1000).toISOString() } }, { token: owner.token });
    expect(bad.data?.createApiToken.errors).toEqual([
      { code: 'REQUIRED', field: 'input.name' },
      { code: 'TOO_SHORT', field: 'input.scopes' },
      { code: 'INVALID', field: 'input.expiresAt' },
    ]);
    const tooLate = await app.graphql(createToken, { input: { name: 'Lama', scopes: ['READ'], expiresAt: new Date(Date.now() + 400 * 86_400_000).toISOString() } }, { token: owner.token });
    expect(tooLate.data?.createApiToken.errors).toEqual([{ code: 'INVALID', field: 'input.expiresAt' }]);
  });

  it('cannot manage the account that issued it, even with WRITE', async () => {
    const owner = await signUp(app);
    const { secret, apiToken } = await issue(owner.token, ['READ', 'WRITE']);
    const accountOperations: [string, Record<string, unknown>][] = [
      ['mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { changed } }', { input: { currentPassword: 'kata-sandi-rahasia', newPassword: 'diambil-alih-123' } }],
      ['mutation ($input: ChangeEmailInput!) { changeEmail(input: $input) { pendingEmail } }', { input: { newEmail: 'penyerang@example.id', password: 'kata-sandi-rahasia' } }],
      ['mutation ($input: EndSessionInput!) { endSession(input: $input) { endedSessions } }', { input: { allOthers: true } }],
      ['mutation ($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { apiToken { id } } }', { input: { id: apiToken.id } }],
      ['mutation ($input: SetConsentInput!) { setConsent(input: $input) { consents { given } } }', { input: { purpose: 'PUBLIC_PROFILE', given: true } }],
      ['mutation ($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted } }', { input: { password: 'kata-sandi-rahasia' } }],
      ['mutation { logout { loggedOut } }', {}],
      ['{ sessions { totalCount } }', {}],
    ];
    for (const [operation, variables] of accountOperations) {
      const refused = await app.graphql(operation, variables, { token: secret });
      expect({ operation, code: refused.errors?.[0].extensions?.code }).toEqual({ operation, code: 'FORBIDDEN' });
    }
    expect((await app.graphql('{ viewer { id } }', {}, { token: owner.token })).data?.viewer.id).toBe(owner.id);
    expect((await app.graphql('{ viewer { id } }', {}, { token: secret })).data?.viewer.id).toBe(owner.id);
  });
});
