import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

describe('security: GraphQL over HTTP conformance (graphql-http audit, finding 10)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('passes every MUST and every SHOULD of the audit', async () => {
    const results = await auditServer({ url: () => `${app.url}/graphql` });
    const failing = results
      .filter((result) => /^(MUST|SHOULD)\b/.test(result.name) && result.status !== 'ok')
      .map((result) => `${result.status}: ${result.name}${'reason' in result ? ` — ${result.reason}` : ''}`);
    expect(failing).toEqual([]);
    expect(results.filter((result) => /^MUST\b/.test(result.name)).length).toBeGreaterThanOrEqual(13);
    expect(results.filter((result) => /^SHOULD\b/.test(result.name)).length).toBeGreaterThanOrEqual(10);
  });
});
