import { request as httpRequest } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { UnvoteIdeaDocument } from '@gotong/graphql-client';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, demoAdmin, demoCitizen, startBuiltApp, type BuiltApp } from '../support/built-app.js';
import { WebClient, type WebResponse } from '../support/web-client.js';

const cacheHeader = 'x-gotong-page-cache';

/** What differs from one answer to the next and must be this answer's own: its CSP nonce and the CSRF token of its forms. */
function ownValues(page: WebResponse) {
  const headerNonce = /'nonce-([^']+)'/.exec(page.headers.get('content-security-policy') ?? '')?.[1];
  const nonces = new Set([...page.body.matchAll(/nonce="([^"]+)"/g)].map((match) => match[1]));
  const tokens = new Set([...page.body.matchAll(/name="csrf" value="([^"]+)"/g)].map((match) => match[1]));
  return { headerNonce, nonces: [...nonces], tokens: [...tokens] };
}

const voteCount = (page: WebResponse) => Number(/class="vote-count"[^>]*>(\d+)/.exec(page.body)?.[1]);

/** A page as sent to a browser that takes gzip, decoded here (fetch would hide the encoding). */
function gzipPage(url: string, cookie: string): Promise<{ encoding?: string; cache?: string; body: string }> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers: { cookie, 'accept-encoding': 'gzip, deflate, br' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        const encoding = response.headers['content-encoding'];
        resolve({ encoding, cache: response.headers[cacheHeader] as string | undefined, body: (encoding === 'gzip' ? gunzipSync(body) : body).toString() });
      });
    })
      .on('error', reject)
      .end();
  });
}

describe('web: visitors’ pages shared from the page cache, always current, never anyone else’s', () => {
  let app: BuiltApp;
  let ideaPath: string;
  beforeAll(async () => {
    app = await startBuiltApp();
    const { ideas } = await api(app, '{ ideas(first: 50) { edges { node { id status } } } }');
    const idea = (ideas.edges as { node: { id: string; status: string } }[]).map((edge) => edge.node).find((node) => node.status === 'OPEN');
    ideaPath = `/gagasan/${idea!.id}`;
  });
  afterAll(async () => {
    await app?.close();
  });

  /** A visitor whose idea page now comes from the cache. */
  async function visitorWithCachedPage(path: string) {
    const visitor = new WebClient(app.url);
    const first = await visitor.get(path);
    expect(first.headers.getSetCookie().join()).toContain('gotong_csrf=');
    expect(first.headers.get(cacheHeader)).not.toBe('hit');
    await visitor.get(path);
    const cached = await visitor.get(path);
    expect(cached.headers.get(cacheHeader)).toBe('hit');
    return { visitor, cached };
  }

  it('a cached idea page is rendered again at once after a vote, a comment and a status change, through forms without JavaScript and over /graphql', async () => {
    const { visitor, cached } = await visitorWithCachedPage(ideaPath);
    const votesBefore = voteCount(cached);
    // Someone new, who has not voted on it yet, signs up with the form.
    const citizen = new WebClient(app.url);
    const signUp = { csrf: await citizen.csrfToken('/daftar'), displayName: 'Warga Baru', email: `warga-${Date.now()}@contoh.id`, password: 'kata-sandi-yang-panjang', acceptPrivacyPolicy: 'on' };
    expect((await citizen.post('/daftar', signUp)).status).toBe(302);
    const csrf = await citizen.csrfToken(ideaPath);

    expect((await citizen.post(`${ideaPath}/suara`, { csrf, intent: 'vote', kembali: ideaPath })).status).toBe(302);
    const afterVote = await visitor.get(ideaPath);
    expect(afterVote.headers.get(cacheHeader)).toBe('miss');
    expect(voteCount(afterVote)).toBe(votesBefore + 1);
    expect((await visitor.get(ideaPath)).headers.get(cacheHeader)).toBe('hit');

    const comment = `Komentar yang harus langsung terlihat ${Date.now()}`;
    expect((await citizen.post(ideaPath, { csrf, intent: 'comment', body: comment })).status).toBe(302);
    const afterComment = await visitor.get(ideaPath);
    expect(afterComment.headers.get(cacheHeader)).toBe('miss');
    expect(afterComment.body).toContain(comment);

    expect((await visitor.get(ideaPath)).headers.get(cacheHeader)).toBe('hit');
    const { unvoteIdea } = await api(app, print(UnvoteIdeaDocument), { input: { ideaId: ideaPath.split('/').pop() } }, citizen.cookies.get('gotong_session'));
    expect(unvoteIdea.errors).toEqual([]);
    const afterUnvote = await visitor.get(ideaPath);
    expect(afterUnvote.headers.get(cacheHeader)).toBe('miss');
    expect(voteCount(afterUnvote)).toBe(votesBefore);

    const admin = new WebClient(app.url);
    await admin.signIn(demoAdmin);
    expect((await admin.post(ideaPath, { csrf: await admin.csrfToken(ideaPath), intent: 'review', status: 'UNDER_REVIEW' })).status).toBe(302);
    const afterReview = await visitor.get(ideaPath);
    expect(afterReview.body).toContain('badge-status-under_review');
    expect(afterReview.body).toContain(comment);
  });

  it('a signed-in person never gets a cached page, and no one gets theirs; nor does a visitor with a cookie a page may read', async () => {
    const { cached } = await visitorWithCachedPage(ideaPath);
    const citizen = new WebClient(app.url);
    await citizen.signIn(demoCitizen);
    for (let visit = 0; visit < 2; visit += 1) {
      const page = await citizen.get(ideaPath);
      expect(page.headers.get(cacheHeader)).toBeNull();
      expect(page.body).toContain('action="/keluar"');
      expect(ownValues(page).tokens).not.toEqual(ownValues(cached).tokens);
    }
    const { cached: afterThem } = await visitorWithCachedPage(ideaPath);
    expect(afterThem.body).not.toContain('action="/keluar"');

    const respondent = new WebClient(app.url);
    await respondent.get(ideaPath);
    respondent.cookies.set('gotong_respondent', 'a-respondent-key-of-this-browser');
    for (let visit = 0; visit < 2; visit += 1) expect((await respondent.get(ideaPath)).headers.get(cacheHeader)).toBeNull();
  });

  it('every answer from the cache has its own CSP nonce and the browser’s own CSRF token, whose forms post; in the browser’s language', async () => {
    const first = await visitorWithCachedPage(ideaPath);
    const second = await visitorWithCachedPage(ideaPath);
    const answers = [first.cached, second.cached, await first.visitor.get(ideaPath), await second.visitor.get(ideaPath)];
    const values = answers.map(ownValues);
    for (const value of values) {
      expect(value.nonces).toEqual([value.headerNonce]);
      expect(value.tokens).toHaveLength(1);
    }
    expect(new Set(values.map((value) => value.headerNonce)).size).toBe(4);
    expect(values[0].tokens).toEqual(values[2].tokens);
    expect(values[1].tokens).toEqual(values[3].tokens);
    expect(values[0].tokens).not.toEqual(values[1].tokens);
    const compressed = await gzipPage(`${app.url}${ideaPath}`, first.visitor.cookieHeader());
    expect(compressed).toMatchObject({ encoding: 'gzip', cache: 'hit' });
    expect(compressed.body).toContain(`value="${values[0].tokens[0]}"`);

    // The other visitor's token is refused; each one's own, from a cached page, switches the language.
    const [firstToken, secondToken] = [values[0].tokens[0], values[1].tokens[0]];
    expect((await first.visitor.post('/bahasa', { csrf: secondToken, lang: 'en', kembali: ideaPath })).status).toBe(403);
    const switched = await first.visitor.post('/bahasa', { csrf: firstToken, lang: 'en', kembali: ideaPath });
    expect(switched.status).toBe(302);
    const english = await first.visitor.get(ideaPath);
    expect(english.body).toContain('<html lang="en"');
    expect((await second.visitor.get(ideaPath)).body).toContain('<html lang="id"');
    await first.visitor.get(ideaPath);
    expect((await first.visitor.get(ideaPath)).headers.get(cacheHeader)).toBe('hit');

    // Signing in from a cached sign-in page works too.
    const { visitor } = await visitorWithCachedPage('/masuk');
    const signedIn = await visitor.signIn(demoCitizen);
    expect(signedIn.status).toBe(302);
    expect(signedIn.headers.getSetCookie().join()).toContain('gotong_session=');
  });
});
