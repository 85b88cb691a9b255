import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserJourney, openContext, signInThroughForm as signIn, subscribed } from '../support/browser.js';
import { api, demoCitizen, demoPassword, type BuiltApp } from '../support/built-app.js';


const login = async (app: BuiltApp, email: string) =>
  (await api(app, `mutation ($input: LoginInput!) { login(input: $input) { token } }`, { input: { email, password: demoPassword } })).login.token as string;

/**
 * A TCP proxy in front of the app for the watching browser, so that the test can drop its connections (the
 * WebSocket among them) the way a server restart or a network change does.
 */
async function startProxy(target: string): Promise<{ url: string; dropAll: () => void; close: () => Promise<void> }> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(port), hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    dropAll: () => {
      for (const socket of sockets) socket.destroy();
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

/** Every HTTP request the page makes from now on (WebSocket frames are not requests). */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

describe('web: live pages apply the events they receive', () => {
  const journey = browserJourney();
  let proxy: Awaited<ReturnType<typeof startProxy>>;

  beforeAll(async () => {
    proxy = await startProxy(journey.app.url);
  });
  afterAll(() => proxy?.close());

  it("shows another person's vote, comment and review on an idea page without a request, and reloads once after the socket drops", async () => {
    const app = journey.app;
    const author = await login(app, 'budi@warga.id');
    const agency = (await api(app, `{ organization(slug: "disdukcapil-kota-bandung") { id } }`)).organization;
    const idea = (
      await api(
        app,
        `mutation ($input: PostIdeaInput!) { postIdea(input: $input) { idea { id title } errors { message } } }`,
        { input: { kind: 'PROBLEM', title: 'Antrean cetak KTP di kecamatan terlalu lama', body: 'Sudah dua minggu blangko habis.', agencyId: agency.id } },
        author,
      )
    ).postIdea.idea;
    const path = `/gagasan/${idea.id}`;

    const watcher = await openContext(journey.browser, proxy.url);
    await signIn(watcher.page, demoCitizen);
    const bothSubscribed = Promise.all([subscribed(watcher.page, 'IdeaChanged'), subscribed(watcher.page, 'CommentAdded')]);
    await watcher.page.goto(path);
    await bothSubscribed;
    await watcher.page.getByText('0 suara').waitFor();
    const requests = recordRequests(watcher.page);

    const officer = await openContext(journey.browser, app.url);
    await signIn(officer.page, { email: 'hendra@dukcapil.bandung.go.id', password: demoPassword });
    await officer.page.goto(path);
    await officer.page.getByRole('button', { name: `Dukung gagasan “${idea.title}”` }).click();
    await watcher.page.getByText('1 suara').waitFor();

    await officer.page.getByLabel('Tulis komentar').fill('Kami cek ketersediaan blangko di kecamatan minggu ini.');
    await officer.page.getByRole('button', { name: 'Kirim komentar' }).click();
    await watcher.page.getByText('Kami cek ketersediaan blangko di kecamatan minggu ini.').waitFor();
    await watcher.page.getByRole('heading', { name: 'Komentar (1)' }).waitFor();

    await officer.page.getByLabel('Keputusan').selectOption('UNDER_REVIEW');
    await officer.page.getByRole('button', { name: 'Simpan keputusan' }).click();
    await watcher.page.locator('.badge-status-under_review').waitFor();
    // The watcher's own vote button follows the idea's new status (still open to votes under review).
    await expect(watcher.page.getByRole('button', { name: `Dukung gagasan “${idea.title}”` }).isVisible()).resolves.toBe(true);
    expect(requests.map((request) => request.url())).toEqual([]);

    // The connection drops: the page reconnects, subscribes again and reloads its data once.
    const resubscribed = Promise.all([subscribed(watcher.page, 'IdeaChanged'), subscribed(watcher.page, 'CommentAdded')]);
    const reloaded = watcher.page.waitForResponse((response) => response.url().includes(`${path}.data`));
    proxy.dropAll();
    await resubscribed;
    await reloaded;
    // A vote after the reconnect still arrives live: by then a second reload would have been asked for.
    const lateVote = await api(app, `mutation ($input: VoteIdeaInput!) { voteIdea(input: $input) { errors { message } } }`, { input: { ideaId: idea.id } }, author);
    expect(lateVote).toMatchObject({ voteIdea: { errors: [] } });
    await watcher.page.getByText('2 suara').waitFor();
    expect(requests.filter((request) => request.url().includes('.data')).length).toBe(1);
    expect(requests.every((request) => request.url().includes(`${path}.data`))).toBe(true);

    expect(watcher.pageErrors).toEqual([]);
    expect(officer.pageErrors).toEqual([]);
    await officer.context.close();
    await watcher.context.close();
  });

  it('shows the seats left on a course and the results of a survey as others enrol and answer, without a request', async () => {
    const app = journey.app;
    const courses = (await api(app, `{ courses(first: 50) { edges { node { id title seatsLeft capacity } } } }`)).courses.edges.map((edge: { node: Record<string, any> }) => edge.node);
    const course = courses.find((each: Record<string, any>) => each.title === 'Literasi Digital Aparatur');
    const visitor = await openContext(journey.browser, app.url);
    const courseSubscribed = subscribed(visitor.page, 'CourseChanged');
    await visitor.page.goto(`/pelatihan/${course.id}`);
    await courseSubscribed;
    await visitor.page.getByText(`Sisa kursi: ${course.seatsLeft} dari ${course.capacity}`).waitFor();
    const courseRequests = recordRequests(visitor.page);
    const citizen = await login(app, 'dewi@warga.id');
    const enrolled = await api(app, `mutation ($input: CourseInput!) { enrollInCourse(input: $input) { errors { message } } }`, { input: { courseId: course.id } }, citizen);
    expect(enrolled.enrollInCourse.errors).toEqual([]);
    await visitor.page.getByText(`Sisa kursi: ${course.seatsLeft - 1} dari ${course.capacity}`).waitFor();
    expect(courseRequests.map((request) => request.url())).toEqual([]);

    const survey = (await api(app, `{ surveys(first: 1, filter: { open: true }) { edges { node { id results { responseCount } } } } }`)).surveys.edges[0].node;
    const surveySubscribed = subscribed(visitor.page, 'SurveyResultChanged');
    await visitor.page.goto(`/survei/${survey.id}`);
    await surveySubscribed;
    const responses = visitor.page.getByTestId('survey-responses');
    await expect(responses.textContent()).resolves.toMatch(new RegExp(`^${survey.results.responseCount}\\b`));
    const surveyRequests = recordRequests(visitor.page);
    const answered = await api(app, `mutation ($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { errors { message } } }`, {
      input: { surveyId: survey.id, respondentKey: `live-test-${Date.now()}`, answers: [4, 4, 3, 3, 4, 4, 3, 3, 4] },
    });
    expect(answered.submitSurveyResponse.errors).toEqual([]);
    await visitor.page.getByTestId('survey-responses').filter({ hasText: new RegExp(`^${survey.results.responseCount + 1}\\b`) }).waitFor();
    expect(surveyRequests.map((request) => request.url())).toEqual([]);
    expect(visitor.pageErrors).toEqual([]);
    await visitor.context.close();
  });
});
