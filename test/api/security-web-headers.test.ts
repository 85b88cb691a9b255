import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { startBuiltApp, type BuiltApp } from '../support/built-app.js';

function expectSecurityHeaders(headers: Headers) {
  const policy = headers.get('content-security-policy') ?? '';
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'/);
  expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toMatch(/connect-src 'self' ws:\/\/127\.0\.0\.1:\d+ wss:\/\/127\.0\.0\.1:\d+/);
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('referrer-policy')).toBe('same-origin');
}

describe('security headers', () => {
  let built: BuiltApp;
  let production: TestApp;
  beforeAll(async () => {
    [built, production] = await Promise.all([startBuiltApp(), startTestApp({ environment: { NODE_ENV: 'production' } })]);
  });
  afterAll(async () => {
    await Promise.all([built?.close(), production?.close()]);
  });

  it('every page, asset, error page and API answer carries them; no HSTS outside production', async () => {
    const home = await fetch(built.url);
    for (const path of ['/', '/gagasan', '/graphiql', '/tidak-ada', '/favicon.svg', '/healthz', '/graphql?query=%7B__typename%7D']) {
      const response = await fetch(new URL(path, built.url));
      expectSecurityHeaders(response.headers);
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
    expectSecurityHeaders(home.headers);
  });

  it('every inline script of a page carries the nonce of its own response, a new one each time', async () => {
    const nonces = new Set<string>();
    for (let round = 0; round < 2; round += 1) {
      const response = await fetch(new URL('/gagasan', built.url));
      const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
      expect(nonce).toBeDefined();
      nonces.add(nonce!);
      const html = await response.text();
      const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/g)].map((match) => match[1]);
      expect(inlineScripts.length).toBeGreaterThan(0);
      for (const attributes of inlineScripts) expect(attributes).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size).toBe(2);
  });

  it('HSTS in production only', async () => {
    const response = await fetch(`${production.url}/healthz`);
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expectSecurityHeaders(response.headers);
  });
});
