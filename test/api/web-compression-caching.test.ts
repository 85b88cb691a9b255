import { readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { IdeaFeedDocument } from '@gotong/graphql-client';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../support/api-process.js';
import { demoCitizen, startBuiltApp, type BuiltApp } from '../support/built-app.js';
import { WebClient } from '../support/web-client.js';

type RawResponse = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** A request whose answer is read as the bytes on the wire (fetch would decode them). */
function raw(url: string, headers: Record<string, string> = {}, options: { method?: string; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method: options.method ?? 'GET', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

function decoded(response: RawResponse): string {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.body).toString();
  if (encoding === 'gzip') return gunzipSync(response.body).toString();
  return response.body.toString();
}

/** A page without what differs from one answer to the next: the CSP nonce. */
const withoutNonce = (html: string) => html.replaceAll(/nonce="[^"]+"/g, 'nonce=""');

const webBuild = process.env.WEB_BUILD_DIR ? path.resolve(process.env.WEB_BUILD_DIR) : path.join(repositoryRoot, 'apps/web/build');

describe('web: compressed answers and cache headers', () => {
  let app: BuiltApp;
  let visitor: WebClient;
  beforeAll(async () => {
    app = await startBuiltApp();
    visitor = new WebClient(app.url);
    await visitor.get('/gagasan');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a page asked for with brotli comes as brotli, smaller, and decodes to the same page; gzip when only gzip is accepted; as it is otherwise', async () => {
    const cookie = visitor.cookieHeader();
    const plain = await raw(`${app.url}/gagasan`, { cookie });
    const brotli = await raw(`${app.url}/gagasan`, { cookie, 'accept-encoding': 'br' });
    // A page rendered for this request (a cookie the page cache does not share), and one from that cache, compressed once as gzip (ADR 033).
    const both = await raw(`${app.url}/gagasan`, { cookie: `${cookie}; other=1`, 'accept-encoding': 'gzip, deflate, br' });
    const bothFromCache = await raw(`${app.url}/gagasan`, { cookie, 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await raw(`${app.url}/gagasan`, { cookie, 'accept-encoding': 'gzip' });
    for (const response of [plain, brotli, both, bothFromCache, gzip]) {
      expect(response.status).toBe(200);
      expect(response.headers.vary).toMatch(/accept-encoding/i);
    }
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(both.headers['content-encoding']).toBe('br');
    expect(bothFromCache.headers).toMatchObject({ 'content-encoding': 'gzip', 'x-gotong-page-cache': 'hit' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(plain.body.toString()).toContain('</html>');
    expect(brotli.body.length).toBeLessThan(plain.body.length / 3);
    expect(gzip.body.length).toBeLessThan(plain.body.length / 3);
    for (const response of [brotli, both, bothFromCache, gzip]) expect(withoutNonce(decoded(response))).toBe(withoutNonce(plain.body.toString()));
  });

  it('a GraphQL answer of more than a kilobyte is compressed and never stored; a tiny one goes as it is', async () => {
    const feed = await raw(`${app.url}/graphql`, { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' }, { method: 'POST', body: JSON.stringify({ query: print(IdeaFeedDocument), variables: { first: 20 } }) });
    expect(feed.status).toBe(200);
    expect(feed.headers['content-encoding']).toBe('br');
    expect(feed.headers['cache-control']).toBe('no-store');
    const answer = JSON.parse(decoded(feed)) as { data: { ideas: { edges: unknown[] } } };
    expect(answer.data.ideas.edges.length).toBeGreaterThan(5);
    const tiny = await raw(`${app.url}/graphql`, { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' }, { method: 'POST', body: JSON.stringify({ query: '{ __typename }' }) });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(tiny.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });

  it('hashed assets are kept for a year, served from the copies compressed at build time', async () => {
    const page = (await raw(`${app.url}/gagasan`)).body.toString();
    const stylesheets = [...page.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]);
    const script = /<link rel="modulepreload" href="([^"]+)"/.exec(page)?.[1];
    expect(stylesheets).toHaveLength(1);
    for (const asset of [stylesheets[0], script!]) {
      const file = path.join(webBuild, 'client', asset);
      const brotli = await raw(`${app.url}${asset}`, { 'accept-encoding': 'gzip, br' });
      expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(brotli.headers['content-encoding']).toBe('br');
      expect(brotli.headers.vary).toMatch(/accept-encoding/i);
      expect(brotli.body.equals(readFileSync(`${file}.br`))).toBe(true);
      const gzip = await raw(`${app.url}${asset}`, { 'accept-encoding': 'gzip' });
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gzip.body).equals(readFileSync(file))).toBe(true);
      const plain = await raw(`${app.url}${asset}`);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers['content-type']).toMatch(asset.endsWith('.css') ? /^text\/css/ : /javascript/);
      expect(plain.body.equals(readFileSync(file))).toBe(true);
    }
    // A file that is not there is the web app's 404 page, not a cached answer.
    const missing = await raw(`${app.url}/assets/tidak-ada-123.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).not.toMatch(/max-age=31536000/);
    // The unhashed public files (icon, manifest, icons folder) for an hour; a page is not looked for on the disk.
    const manifest = JSON.parse(readFileSync(path.join(webBuild, 'client', 'manifest.webmanifest'), 'utf8')) as { icons: { src: string }[] };
    for (const address of ['/favicon.svg', '/manifest.webmanifest', manifest.icons[0]!.src]) {
      const answer = await raw(`${app.url}${address}`);
      expect([address, answer.status, answer.headers['cache-control']]).toEqual([address, 200, 'public, max-age=3600']);
    }
  });

  it("a visitor's page may be kept by the browser but is asked for again; a signed-in person's page and data are not stored; a download keeps its own header", async () => {
    for (const address of ['/', '/gagasan', '/gagasan.data', '/tidak-ada']) {
      const answer = await visitor.get(address);
      expect({ address, cacheControl: answer.headers.get('cache-control') }).toEqual({ address, cacheControl: 'private, no-cache' });
    }
    const citizen = new WebClient(app.url);
    expect((await citizen.signIn(demoCitizen)).status).toBe(302);
    for (const address of ['/', '/gagasan', '/profil', '/notifikasi', '/gagasan.data']) {
      const answer = await citizen.get(address);
      expect({ address, status: answer.status, cacheControl: answer.headers.get('cache-control') }).toEqual({ address, status: 200, cacheControl: 'private, no-store' });
    }
    const exported = await citizen.post('/profil/data', { csrf: await citizen.csrfToken('/profil') });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('cache-control')).toBe('no-store');
  });
});
