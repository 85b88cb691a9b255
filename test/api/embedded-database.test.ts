import { afterAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

describe('the embedded PostgreSQL', () => {
  let app: TestApp | undefined;
  let database: TestDatabase | undefined;
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('keeps data across a restart', async () => {
    const scratch = await createTestDatabase();
    // Embedded whatever the environment says: no DATABASE_URL, only a data folder.
    database = { dataDirectory: scratch.dataDirectory, drop: scratch.drop };
    app = await startTestApp({ database });
    const register = await app.graphql(`mutation ($input: RegisterInput!) { register(input: $input) { token errors { code } } }`, {
      input: { email: 'tetap@example.id', password: 'kata-sandi-rahasia', displayName: 'Tetap Ada', acceptPrivacyPolicy: true },
    });
    const token = register.data?.register.token;
    expect(token).toEqual(expect.any(String));
    await app.restart();
    expect((await app.graphql('{ viewer { displayName } }', {}, { token })).data?.viewer).toEqual({ displayName: 'Tetap Ada' });
    const login = await app.graphql(`mutation { login(input: { email: "tetap@example.id", password: "kata-sandi-rahasia" }) { errors { code } } }`);
    expect(login.data?.login.errors).toEqual([]);
  });
});
