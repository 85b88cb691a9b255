import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserJourney, openContext, signInThroughForm } from '../support/browser.js';
import { api, demoAdmin, demoCitizen, demoPassword, type BuiltApp } from '../support/built-app.js';

const phone = { width: 390, height: 844 };
const desktop = { width: 1366, height: 900 };
const narrowest = { width: 320, height: 800 };
const officer = { email: 'hendra@dukcapil.bandung.go.id', password: demoPassword };
const moderator = { email: 'moderator@gotong.id', password: demoPassword };
const agency = 'disdukcapil-kota-bandung';

type Ids = Record<'idea' | 'answeredProblem' | 'discussion' | 'innovation' | 'course' | 'openSurvey' | 'closedSurvey' | 'proposal' | 'person' | 'unverified', string>;

async function demoIds(app: BuiltApp): Promise<Ids> {
  const data = await api(
    app,
    `{ ideas(first: 1) { edges { node { id author { id } } } } discussions(first: 1) { edges { node { id } } } innovations(first: 1) { edges { node { id } } }
      courses(first: 1) { edges { node { id } } } open: surveys(first: 1, filter: { open: true }) { edges { node { id } } }
      closed: surveys(first: 1, filter: { open: false }) { edges { node { id } } } pilotProposals(first: 1) { edges { node { id } } }
      organizations(first: 100) { edges { node { slug verified } } }
      recent: ideas(first: 50) { edges { node { id officialReplies { id } } } } }`,
  );
  const first = (name: string) => data[name].edges[0]?.node as Record<string, any>;
  return {
    idea: first('ideas').id,
    // A problem with its response clocks and the agency's official reply pinned (the demo has one).
    answeredProblem: data.recent.edges.find(({ node }: { node: { officialReplies: unknown[] } }) => node.officialReplies.length > 0).node.id,
    person: first('ideas').author.id,
    discussion: first('discussions').id,
    innovation: first('innovations').id,
    course: first('courses').id,
    openSurvey: first('open').id,
    closedSurvey: first('closed').id,
    proposal: first('pilotProposals').id,
    unverified: data.organizations.edges.find(({ node }: { node: { verified: boolean } }) => !node.verified)?.node.slug ?? agency,
  };
}

/**
 * A page to check: `then` reaches a state after loading it (a form sent empty shows its errors); `print` also checks
 * its print view; `targets` measures its tap targets on the phone.
 */
type Visit = { path: string; then?: (page: Page) => Promise<void>; print?: boolean; targets?: boolean };

/** Sends a form empty, with the browser's own validation out of the way, and waits for its error summary. */
const sendEmpty = (form: string) => async (page: Page) => {
  await page.locator(form).evaluate((element) => element.setAttribute('novalidate', ''));
  await page.locator(`${form} button[type="submit"]`).last().click();
  await page.locator('.error-summary').waitFor();
};

/** Every page type, and its states, as each kind of person sees it. */
function visitsOf(ids: Ids): Record<'visitor' | 'citizen' | 'officer' | 'moderator' | 'admin', Visit[]> {
  const paths = (...list: string[]) => list.map((path) => ({ path }));
  return {
    visitor: [
      ...paths(
        '/',
        '/gagasan',
        `/gagasan/${ids.idea}`,
        '/forum',
        `/forum/${ids.discussion}`,
        '/inovasi',
        `/inovasi/${ids.innovation}`,
        '/organisasi',
        `/organisasi/${agency}`,
        `/organisasi/${agency}/gagasan`,
        '/layanan',
        '/layanan/penerbitan-e-ktp-bandung',
        '/pelatihan',
        `/pelatihan/${ids.course}`,
        '/survei',
        `/survei/${ids.openSurvey}`,
        '/usulan-pilot',
        `/usulan-pilot/${ids.proposal}`,
        `/pengguna/${ids.person}`,
        `/gagasan/${ids.answeredProblem}`,
        '/statistik',
        '/data-terbuka',
        '/api-mitra',
        '/cari?q=ktp',
        // Empty lists: a search without a hit, a filter that leaves nothing.
        '/cari?q=zzzqqxv',
        '/gagasan?q=zzzqqxv',
        '/privasi',
        '/masuk',
        '/lupa-sandi',
        '/halaman-yang-tidak-ada',
      ),
      { path: '/daftar', then: sendEmpty('main form[method="post"]') },
      { path: `/survei/${ids.closedSurvey}/laporan`, print: true },
      { path: `/inovasi/${ids.innovation}/bukti`, print: true },
    ],
    citizen: [
      { path: '/gagasan', targets: true },
      { path: `/gagasan/${ids.idea}`, targets: true },
      ...paths('/', `/forum/${ids.discussion}`, '/forum/baru', '/notifikasi', '/notifikasi/pengaturan', '/profil', '/profil/data', '/profil/sesi', '/profil/token-api', `/pelatihan/${ids.course}`),
      { path: '/gagasan/baru', then: sendEmpty('main form[method="post"]') },
      { path: `/survei/${ids.openSurvey}`, then: sendEmpty('main form[method="post"]') },
    ],
    officer: paths(`/organisasi/${agency}/masuk`, `/gagasan/${ids.answeredProblem}`, `/organisasi/${agency}/inovasi`, `/organisasi/${agency}/pengaturan`, `/inovasi/${ids.innovation}`, `/inovasi/${ids.innovation}/ubah`, '/usulan-pilot/baru', `/usulan-pilot/${ids.proposal}`, `/survei/${ids.closedSurvey}`),
    moderator: paths('/moderasi', '/moderasi/log'),
    admin: paths('/admin', '/admin/hari-libur', '/admin/audit', '/admin/peran', '/admin/verifikasi', `/admin/verifikasi/${ids.unverified}`),
  };
}

const people = { visitor: null, citizen: demoCitizen, officer, moderator, admin: demoAdmin } as const;

/** Serious and critical axe findings of the page as it is now, one line each: where, which rule, which element. */
async function axeViolations(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${where}: ${violation.id} (${violation.impact}) ${node.target.join(' ')}`));
}

/** How far the page scrolls sideways, and the deepest element that sticks out (to say what to fix). */
async function horizontalOverflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    if (overflow <= 0) return null;
    const width = document.documentElement.clientWidth;
    const describe = (element: Element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`;
    const culprit = [...document.querySelectorAll('main *')].find((element) => {
      const box = element.getBoundingClientRect();
      const parent = element.parentElement?.getBoundingClientRect();
      return box.width > 0 && box.right > width + 1 && parent !== undefined && parent.right <= width + 1;
    });
    return `${overflow}px (${culprit ? [culprit.parentElement, culprit].map((element) => (element ? describe(element) : '')).join(' > ') : 'unknown'})`;
  });
}

/** Interactive elements smaller than 24 × 24 px (WCAG 2.5.8), leaving out links inside running text. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const targets = document.querySelectorAll('main a[href], main button, main input:not([type="hidden"]), main select, main textarea, main summary, header a[href], header button, header summary');
    const small: string[] = [];
    for (const element of targets) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden') continue;
      const inText = element.tagName === 'A' && style.display === 'inline' && [...(element.parentElement?.childNodes ?? [])].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
      if (inText) continue;
      if (box.width < 24 || box.height < 24) small.push(`${element.tagName.toLowerCase()}${element.getAttribute('type') ? `[type=${element.getAttribute('type')}]` : ''} "${(element.textContent || element.getAttribute('name') || '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return small;
  });
}

async function pageMetaOf(page: Page): Promise<{ title: string; description: string }> {
  return { title: await page.title(), description: (await page.locator('meta[name="description"]').getAttribute('content')) ?? '' };
}

/** An idea with exactly one vote (the demo's have several): posted by a newcomer, voted for by the demo citizen. */
async function ideaWithOneVote(app: BuiltApp): Promise<string> {
  const { register } = await api(
    app,
    `mutation ($input: RegisterInput!) { register(input: $input) { token } }`,
    { input: { email: `satu-suara-${Date.now()}@example.id`, password: 'kata-sandi-rahasia', displayName: 'Warga Baru', acceptPrivacyPolicy: true } },
  );
  const { postIdea } = await api(
    app,
    `mutation ($input: PostIdeaInput!) { postIdea(input: $input) { idea { id } errors { message } } }`,
    { input: { kind: 'PROBLEM', title: 'Formulir daring tidak bisa dibuka di ponsel', body: 'Tombol kirim pada formulir layanan tertutup di layar kecil sehingga warga tidak bisa mengirim.' } },
    register.token,
  );
  const { login } = await api(app, `mutation ($input: LoginInput!) { login(input: $input) { token } }`, { input: demoCitizen });
  await api(app, `mutation ($input: VoteIdeaInput!) { voteIdea(input: $input) { errors { message } } }`, { input: { ideaId: postIdea.idea.id } }, login.token);
  return postIdea.idea.id;
}

/** Counts written with a noun in English ("1 vote", "3 comments"), to check the plural forms. */
const countedNouns = /\b(\d[\d,]*) (votes?|comments?|members?)\b/g;

type Meta = { title: string; description: string };
type Role = keyof typeof people;

/** What the checks found, one line each, across all the pages (so one run shows everything to fix). */
type Findings = { violations: string[]; overflowing: string[]; tooSmall: string[]; printed: string[]; errors: string[]; indonesianMeta: Map<string, Meta>; unreadBadges: number };

/**
 * Each page of a role once, then its checks at each size without loading it again: axe on a phone and a desktop (and
 * in print where asked), tap targets on the phone, sideways scrolling at 320 px.
 */
async function checkPagesAs(journey: { app: BuiltApp; browser: Browser }, role: Role, visits: Visit[], findings: Findings): Promise<void> {
  const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url, { viewport: desktop });
  const person = people[role];
  if (person) await signInThroughForm(page, person);
  for (const visit of visits) {
    await page.setViewportSize(phone);
    await page.goto(visit.path);
    await visit.then?.(page);
    if (role === 'visitor' && !visit.then) findings.indonesianMeta.set(visit.path, await pageMetaOf(page));
    if (role === 'citizen') findings.unreadBadges += await page.locator('header [data-testid="unread-count"]').count();
    if (visit.targets) findings.tooSmall.push(...(await smallTargets(page)).map((target) => `${visit.path}: ${target}`));
    findings.violations.push(...(await axeViolations(page, `${role} phone ${visit.path}`)));
    await page.setViewportSize(desktop);
    findings.violations.push(...(await axeViolations(page, `${role} desktop ${visit.path}`)));
    if (visit.print) {
      await page.emulateMedia({ media: 'print' });
      const shown = await page.locator('.site-header, .site-footer, .skip-link, nav').evaluateAll((elements) => elements.filter((element) => element.getBoundingClientRect().height > 0).map((element) => element.className || element.tagName));
      if (shown.length > 0) findings.printed.push(`${visit.path}: ${shown.join(', ')} shown in print`);
      findings.violations.push(...(await axeViolations(page, `${role} print ${visit.path}`)));
      await page.emulateMedia({ media: 'screen' });
    }
    await page.setViewportSize(narrowest);
    const overflow = await horizontalOverflow(page);
    if (overflow) findings.overflowing.push(`${role} ${visit.path}: ${overflow}`);
  }
  findings.errors.push(...pageErrors.map((error) => `${role}: ${error}`));
  await context.close();
}

/** The pages in English, after switching the language with the header's switch (a POST to /bahasa): their meta and counted nouns. */
async function readInEnglish(journey: { app: BuiltApp; browser: Browser }, paths: string[], findings: Findings) {
  const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url, { viewport: desktop });
  await page.goto('/');
  await page.getByRole('button', { name: 'Ganti bahasa ke English' }).first().click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const meta = new Map<string, Meta>();
  const wrongPlurals: string[] = [];
  const rawDates: string[] = [];
  const nounsSeen = new Set<string>();
  for (const path of paths) {
    await page.goto(path);
    meta.set(path, await pageMetaOf(page));
    // Dates are written for people ("1 December 2026"), not as the API sends them; code samples may quote them.
    const isoDates = await page.locator('main').evaluate((main) => {
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, { acceptNode: (node) => (node.parentElement?.closest('code, pre, samp') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
      const found: string[] = [];
      while (walker.nextNode()) found.push(...(walker.currentNode.textContent!.match(/\b\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?\b/g) ?? []));
      return found;
    });
    rawDates.push(...isoDates.map((date) => `${path}: ${date}`));
    for (const [text, count, noun] of (await page.locator('main').innerText()).matchAll(countedNouns)) {
      const singular = !noun!.endsWith('s');
      nounsSeen.add(`${singular ? 'one' : 'other'} ${noun!.replace(/s$/, '')}`);
      if ((count === '1') !== singular) wrongPlurals.push(`${path}: ${text}`);
    }
  }
  findings.errors.push(...pageErrors.map((error) => `english: ${error}`));
  await context.close();
  return { meta, wrongPlurals, rawDates, nounsSeen: [...nounsSeen].sort() };
}

describe('accessibility in the browser', () => {
  const journey = browserJourney();

  it('axe finds no serious or critical violation on any page type or state, signed out and in each role, on a phone, a desktop and in print; nothing scrolls sideways at 320 px; tap targets of 24 px; titles, descriptions, plurals and dates in both languages', async () => {
    const ids = await demoIds(journey.app);
    const oneVote = `/gagasan/${await ideaWithOneVote(journey.app)}`;
    const visits = visitsOf(ids);
    const findings: Findings = { violations: [], overflowing: [], tooSmall: [], printed: [], errors: [], indonesianMeta: new Map(), unreadBadges: 0 };
    const englishPaths = [...visits.visitor.filter((visit) => !visit.then).map((visit) => visit.path), oneVote];
    // Two lanes at once (the browser and the app each have a process of their own to use a second core).
    const [english] = await Promise.all([
      checkPagesAs(journey, 'visitor', visits.visitor, findings).then(() => readInEnglish(journey, englishPaths, findings)),
      (async () => {
        for (const role of ['citizen', 'officer', 'moderator', 'admin'] as const) await checkPagesAs(journey, role, visits[role], findings);
      })(),
    ]);
    // A title may be the same word in both languages ("Forum"); the description never is.
    const untranslated = [...findings.indonesianMeta].flatMap(([path, indonesian]) => {
      const translated = english.meta.get(path);
      return translated?.title && indonesian.title && translated.description && indonesian.description && translated.description !== indonesian.description ? [] : [`${path}: ${JSON.stringify([indonesian, translated])}`];
    });

    // One assertion over everything found, so a failing run lists all there is to fix.
    expect({
      violations: findings.violations,
      overflowing: findings.overflowing,
      tooSmall: findings.tooSmall,
      printed: findings.printed,
      untranslated,
      wrongPlurals: english.wrongPlurals,
      rawDates: english.rawDates,
      pluralsSeen: english.nounsSeen,
      // The citizen's pages were checked with the unread badge showing.
      unreadBadgeShown: findings.unreadBadges > 0,
      errors: findings.errors,
    }).toEqual({
      violations: [],
      overflowing: [],
      tooSmall: [],
      printed: [],
      untranslated: [],
      wrongPlurals: [],
      rawDates: [],
      pluralsSeen: ['one comment', 'one member', 'one vote', 'other comment', 'other member', 'other vote'],
      unreadBadgeShown: true,
      errors: [],
    });
  }, 600_000);
});
