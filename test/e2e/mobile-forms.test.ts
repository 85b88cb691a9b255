import { describe, expect, it } from 'vitest';
import { browserJourney, openContext, signInThroughForm } from '../support/browser.js';
import { demoAdmin, demoCitizen, demoPassword, type BuiltApp } from '../support/built-app.js';

async function api(app: BuiltApp, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Record<string, any>> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const tokenOf = async (app: BuiltApp, person: { email: string; password: string }) =>
  (await api(app, `mutation ($input: LoginInput!) { login(input: $input) { token } }`, { input: person })).login.token as string;

describe('web: forms that behave', () => {
  const journey = browserJourney();

  it('a double click posts one comment, and the box is empty afterwards', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    await signInThroughForm(page, demoCitizen);
    const idea = (await api(journey.app, `{ ideas(first: 1) { edges { node { id commentCount } } } }`)).ideas.edges[0].node;
    await page.goto(`/gagasan/${idea.id}`);
    await page.getByLabel('Tulis komentar').fill('Di kelurahan kami antreannya juga panjang sejak pagi.');
    await page.getByRole('button', { name: 'Kirim komentar' }).dblclick();
    await page.getByText('Di kelurahan kami antreannya juga panjang sejak pagi.').first().waitFor();
    await expect.poll(async () => (await api(journey.app, `query ($id: ID!) { idea(id: $id) { commentCount } }`, { id: idea.id })).idea.commentCount).toBe(idea.commentCount + 1);
    await expect.poll(() => page.getByLabel('Tulis komentar').inputValue()).toBe('');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a vote refused because the idea was declined meanwhile says why', async () => {
    const author = await tokenOf(journey.app, { email: 'budi@warga.id', password: demoPassword });
    const posted = await api(
      journey.app,
      `mutation ($input: PostIdeaInput!) { postIdea(input: $input) { idea { id } errors { code } } }`,
      { input: { kind: 'PROBLEM', title: 'Lampu jalan di gang kami padam berminggu-minggu', body: 'Sudah dilaporkan ke RT tetapi belum ada perbaikan sampai sekarang.' } },
      author,
    );
    const ideaId = posted.postIdea.idea.id as string;
    // Without JavaScript: no live update hides the button first, the plain form posts and the page says why.
    const { context, page } = await openContext(journey.browser, journey.app.url, { javaScriptEnabled: false });
    await signInThroughForm(page, demoCitizen);
    await page.goto(`/gagasan/${ideaId}`);
    await api(
      journey.app,
      `mutation ($input: ReviewIdeaInput!) { reviewIdea(input: $input) { errors { code } } }`,
      { input: { ideaId, status: 'DECLINED', reason: 'Bukan kewenangan pelayanan publik yang dibahas di sini.' } },
      await tokenOf(journey.app, demoAdmin),
    );
    await page.getByRole('button', { name: /Dukung gagasan/ }).click();
    await page.getByRole('status').filter({ hasText: 'dukungan hanya dibuka selama gagasan terbuka atau sedang ditinjau' }).waitFor();
    await page.getByText('Dukungan ditutup: gagasan ini ditolak.').waitFor();
    await context.close();
  });

  it('a backward move on the agency board asks for confirmation first', async () => {
    const { context, page } = await openContext(journey.browser, journey.app.url);
    await signInThroughForm(page, { email: 'hendra@dukcapil.bandung.go.id', password: demoPassword });
    await page.goto('/organisasi/disdukcapil-kota-bandung/inovasi');
    const form = page.locator('form.move-form').filter({ has: page.locator('option[value="NEED_IDENTIFIED"]') }).first();
    await form.locator('select[name="to"]').selectOption('NEED_IDENTIFIED');
    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    await form.getByRole('button', { name: 'Pindahkan' }).click();
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toContain('Identifikasi kebutuhan');
    expect(posts).toEqual([]);
    await context.close();
  });
});
