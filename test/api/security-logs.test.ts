import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

const register = `mutation ($input: RegisterInput!) { register(input: $input) { token errors { code } } }`;

describe('security: a failed write logs what failed, never the statement’s values (finding 6)', () => {
  let app: TestApp;
  const logLines: string[] = [];
  beforeAll(async () => {
    app = await startTestApp({ logLines, environment: { LOG_LEVEL: 'info' } });
  });
  afterAll(() => app?.close());

  it('logs a refused insert of a person without their email, name, password hash or the statement', async () => {
    const connection = app.server.services.orm.em.getConnection();
    // A constraint that PostgreSQL checks and the app does not know of: the insert itself fails.
    await connection.execute(`alter table users add constraint security_test_no_one_new check (created_at < '2000-01-01') not valid`);
    const email = 'rahasia.pribadi@example.id';
    const displayName = 'Nama Sangat Pribadi';
    let response;
    try {
      response = await app.graphql(register, { input: { email, password: 'kata-sandi-yang-panjang', displayName, acceptPrivacyPolicy: true } });
    } finally {
      await connection.execute('alter table users drop constraint security_test_no_one_new');
    }
    expect(response.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const failures = logLines.filter((line) => line.includes('"level":50'));
    expect(failures.length).toBeGreaterThan(0);
    const logged = logLines.join('\n');
    expect(logged).toContain('violates check constraint');
    expect(logged).toContain('security_test_no_one_new');
    for (const secret of [email, 'rahasia.pribadi', displayName, '$argon2', 'kata-sandi-yang-panjang']) expect(logged).not.toContain(secret);
    expect(logged).not.toMatch(/insert into|Failing row|"parameters"|"detail"/i);
  });
});
