import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserJourney, openContext, signInThroughForm } from '../support/browser.js';
import { demoCitizen, demoPassword } from '../support/built-app.js';

/** Every payload runs `alert` (a dialog) and sets a global flag if it runs; `ujixss` shows where it was stored. */
const marker = 'ujixss';
/** For names and titles (displayName allows 80 characters). */
const shortPayload = `${marker}"><img src=x onerror=alert(1)><script>alert(2)</script>`;
/** For bodies and descriptions (markdown where rendered as such). */
const longPayloadParts = [
  `${marker} <script>alert(3);window.xssRan=1</script>`,
  `<img src=x onerror="alert(4);window.xssRan=1">`,
  `<svg onload="alert(5);window.xssRan=1"><script>alert(6)</script></svg>`,
  `[klik saya](javascript:alert(7)) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==)`,
  `[entitas](&#106;avascript:alert(9)) ![gambar](x" onerror="alert(10))`,
  `<a href="javascript:alert(11)">tautan</a> <iframe src="javascript:alert(12)"></iframe>`,
  `"><script>alert(13)</script> <details open ontoggle="alert(14)">x</details>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert(15)></style></mglyph></table></mtext></math>`,
  `<a href="jav&#x09;ascript:alert(16)">tab</a> <form action="javascript:alert(17)"><button>kirim</button></form>`,
];
const longPayload = longPayloadParts.join('\n\n');
/** For the shorter texts (an innovation's summary takes 500 characters). */
const mediumPayload = [0, 1, 2, 3, 6].map((index) => longPayloadParts[index]).join('\n\n');

type Session = { token: string; userId: string };

async function api<T = Record<string, any>>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function signIn(url: string, email: string): Promise<Session> {
  const { login } = await api(url, `mutation ($input: LoginInput!) { login(input: $input) { token viewer { id } errors { message } } }`, {
    input: { email, password: demoPassword },
  });
  if (!login.token) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(login.errors)}`);
  return { token: login.token, userId: login.viewer.id };
}

/** A mutation that must succeed: returns its payload. */
async function write(url: string, session: Session, field: string, inputType: string, selection: string, input: Record<string, unknown>) {
  const data = await api(url, `mutation ($input: ${inputType}!) { ${field}(input: $input) { ${selection} errors { code field message } } }`, { input }, session.token);
  const payload = data[field];
  if (payload.errors.length > 0) throw new Error(`${field} refused: ${JSON.stringify(payload.errors)}`);
  return payload;
}

/** Fails on anything that ran or could run from stored content: a dialog, the flag, event-handler attributes, script URLs. */
/** Returns whether the page shows the payloads' marker (so the test knows it looked where they are). */
async function expectNothingRan(page: Page, path: string, dialogs: string[]): Promise<boolean> {
  const response = await page.goto(path);
  expect({ path, status: response?.status() }).toEqual({ path, status: 200 });
  expect({ path, policy: (await response!.allHeaders())['content-security-policy'] ?? '' }).toEqual({ path, policy: expect.stringContaining("script-src 'self' 'nonce-") });
  await page.waitForLoadState('networkidle');
  const found = await page.evaluate((payloadMarker) => {
    const unsafeUrl = /^\s*(javascript|data|vbscript):/i;
    const handlers: string[] = [];
    const urls: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) handlers.push(`${element.tagName} ${attribute.name}`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name) && unsafeUrl.test(attribute.value)) urls.push(`${element.tagName} ${attribute.value}`);
      }
    }
    // Remix's own scripts carry the nonce (and their data holds the payloads as escaped text); any other is injected.
    const injectedScripts = [...document.querySelectorAll('script')].filter((script) => !script.nonce && /alert\(|xssRan/.test(script.textContent ?? '')).length;
    const injectedFrames = document.querySelectorAll('iframe, object, embed, form[action^="javascript"]').length;
    return {
      ran: 'xssRan' in window,
      handlers,
      urls,
      injectedScripts,
      injectedFrames,
      shown: document.body.innerText.includes(payloadMarker),
    };
  }, marker);
  expect({ path, ...found, dialogs }).toEqual({ path, ran: false, handlers: [], urls: [], injectedScripts: 0, injectedFrames: 0, shown: found.shown, dialogs: [] });
  return found.shown;
}

describe('web: stored XSS payloads in every user text field run nowhere', () => {
  const journey = browserJourney({ RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '1000', RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '10000' });

  it('posts the payloads through the API, then every page that shows them runs none (signed out, signed in, the agency, the partner)', async () => {
    const url = journey.app.url;
    const [citizen, agencyOwner, partner, institute] = await Promise.all([
      signIn(url, demoCitizen.email),
      signIn(url, 'hendra@dukcapil.bandung.go.id'),
      signIn(url, 'andi@nusantaradigital.co.id'),
      signIn(url, 'fajar@lpa-mandiri.ac.id'),
    ]);
    const { agency, institution, proposer } = await api(
      url,
      `{ agency: organization(slug: "disdukcapil-kota-bandung") { id } institution: organization(slug: "lpa-mandiri") { id } proposer: organization(slug: "nusantara-digital-solusi") { id } }`,
    );

    // A tag may hold only letters, digits and dashes: the payload is refused with a UserError naming the field.
    const refusedTag = await api(
      url,
      `mutation ($input: PostIdeaInput!) { postIdea(input: $input) { idea { id } errors { field } } }`,
      { input: { kind: 'PROBLEM', title: `${marker} judul yang cukup`, body: 'Isi gagasan yang cukup panjang untuk diterima.', tags: [shortPayload] } },
      citizen.token,
    );
    expect(refusedTag.postIdea).toEqual({ idea: null, errors: [expect.objectContaining({ field: expect.stringContaining('tags') })] });

    await write(url, citizen, 'updateProfile', 'UpdateProfileInput', 'user { id }', { displayName: shortPayload, bio: longPayload });
    const { idea } = await write(url, citizen, 'postIdea', 'PostIdeaInput', 'idea { id }', {
      kind: 'PROBLEM',
      title: shortPayload,
      body: longPayload,
      tags: [marker, 'uji-keamanan'],
      agencyId: agency.id,
    });
    await write(url, citizen, 'addComment', 'AddCommentInput', 'comment { id }', { subjectId: idea.id, body: longPayload });
    const { discussion } = await write(url, citizen, 'startDiscussion', 'StartDiscussionInput', 'discussion { id }', { title: shortPayload, body: longPayload, category: 'GENERAL' });
    await write(url, citizen, 'addComment', 'AddCommentInput', 'comment { id }', { subjectId: discussion.id, body: longPayload });
    const { organization } = await write(url, citizen, 'createOrganization', 'CreateOrganizationInput', 'organization { id slug }', {
      name: shortPayload,
      description: longPayload,
      kind: 'NGO',
    });

    const { service } = await write(url, agencyOwner, 'createService', 'CreateServiceInput', 'service { id slug }', {
      agencyId: agency.id,
      name: shortPayload,
      description: longPayload,
      population: 1000,
    });
    const { innovation } = await write(url, agencyOwner, 'createInnovation', 'CreateInnovationInput', 'innovation { id }', {
      agencyId: agency.id,
      serviceId: service.id,
      title: shortPayload,
      summary: mediumPayload,
      problemStatement: longPayload,
      needAnalysis: longPayload,
    });
    await write(url, agencyOwner, 'updateInnovation', 'UpdateInnovationInput', 'innovation { id }', { innovationId: innovation.id, pilotPlan: longPayload });
    await write(url, citizen, 'addComment', 'AddCommentInput', 'comment { id }', { subjectId: innovation.id, body: longPayload });
    const now = Date.now();
    const { survey } = await write(url, agencyOwner, 'createSurvey', 'CreateSurveyInput', 'survey { id }', {
      serviceId: service.id,
      title: shortPayload,
      period: `${marker} triwulan`,
      opensAt: new Date(now - 60 * 60 * 1000).toISOString(),
      closesAt: new Date(now + 7 * 24 * 60 * 60 * 1000).toISOString(),
    });

    const { proposal } = await write(url, partner, 'submitPilotProposal', 'SubmitPilotProposalInput', 'proposal { id }', {
      subjectId: innovation.id,
      proposerId: proposer.id,
      title: shortPayload,
      summary: longPayload,
      kpis: [shortPayload],
      team: [shortPayload],
      note: shortPayload,
      budgetRupiah: 25_000_000,
      durationWeeks: 8,
      submit: true,
    });
    await write(url, partner, 'addComment', 'AddCommentInput', 'comment { id }', { subjectId: proposal.id, body: longPayload });

    const startsAt = new Date(now + 14 * 24 * 60 * 60 * 1000);
    const { course } = await write(url, institute, 'publishCourse', 'PublishCourseInput', 'course { id }', {
      instituteId: institution.id,
      title: shortPayload,
      summary: longPayload,
      competencies: [shortPayload],
      format: 'HYBRID',
      capacity: 20,
      sessions: [{ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 60 * 60 * 1000).toISOString(), place: shortPayload }],
      innovationIds: [innovation.id],
      status: 'PUBLISHED',
    });
    await write(url, citizen, 'addComment', 'AddCommentInput', 'comment { id }', { subjectId: course.id, body: longPayload });

    const publicPages: [string, boolean][] = [
      ['/', false],
      ['/gagasan', true],
      [`/gagasan/${idea.id}`, true],
      [`/pengguna/${citizen.userId}`, true],
      ['/forum', true],
      [`/forum/${discussion.id}`, true],
      ['/organisasi', false],
      [`/organisasi/${organization.slug}`, true],
      ['/organisasi/disdukcapil-kota-bandung', true],
      ['/inovasi', true],
      [`/inovasi/${innovation.id}`, true],
      ['/pelatihan', true],
      [`/pelatihan/${course.id}`, true],
      ['/survei', true],
      [`/survei/${survey.id}`, true],
      [`/layanan/${service.slug}`, true],
      [`/cari?q=${marker}`, true],
    ];
    const people: [{ email: string; password: string } | null, [string, boolean][]][] = [
      [null, publicPages],
      [demoCitizen, [...publicPages, ['/profil', true], ['/notifikasi', false]]],
      [{ email: 'hendra@dukcapil.bandung.go.id', password: demoPassword }, [[`/usulan-pilot/${proposal.id}`, true], ['/usulan-pilot', true], ['/notifikasi', true], [`/inovasi/${innovation.id}/ubah`, true]]],
      [{ email: 'andi@nusantaradigital.co.id', password: demoPassword }, [[`/usulan-pilot/${proposal.id}`, true], ['/usulan-pilot', true]]],
      [{ email: 'fajar@lpa-mandiri.ac.id', password: demoPassword }, [[`/pelatihan/${course.id}/ubah`, true], [`/pelatihan/${course.id}/peserta`, true]]],
    ];
    for (const [person, pages] of people) {
      const { context, page, pageErrors } = await openContext(journey.browser, url);
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      if (person) await signInThroughForm(page, person);
      const notShown: string[] = [];
      for (const [path, showsPayload] of pages) {
        if (!(await expectNothingRan(page, path, dialogs)) && showsPayload) notShown.push(path);
      }
      expect({ person: person?.email, notShown }).toEqual({ person: person?.email, notShown: [] });
      expect(pageErrors).toEqual([]);
      await context.close();
    }
  });
});
