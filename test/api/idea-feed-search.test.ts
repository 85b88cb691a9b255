import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { signUp, type SignedIn } from '../support/people.js';

const feedQuery = `query ($first: Int, $after: String, $orderBy: IdeaOrder, $filter: IdeaFilter) {
  ideas(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id title voteCount viewerHasVoted author { displayName } } }
  }
}`;

type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; title: string; voteCount: number } }[] };

// More ideas than the window a tag or words are first looked for in (2,000, ADR 041), so that the rare ones are all
// behind it in every order: idea n is n minutes old, has n % 100 votes, tag "umum" on every 10th, the rare tag and
// word on the oldest 25 (the newest of them hidden by a moderator), and in between only common ones.
const ideaCount = 2_400;

describe('feed filtered by a tag or words, common or rare, at more ideas than the walk in order looks through', () => {
  let app: TestApp;
  let author: SignedIn;
  let reader: SignedIn;

  beforeAll(async () => {
    app = await startTestApp();
    author = await signUp(app, 'Penulis Jendela');
    reader = await signUp(app, 'Pembaca Jendela');
    const em = app.server.services.orm.em.fork();
    const [{ id: authorId }] = await em.execute<{ id: string }[]>('select id from users where email = ?', [author.email]);
    const rows = await em.execute<{ id: string }[]>(
      `insert into ideas (id, created_at, updated_at, kind, title, body, body_html, author_id, vote_count, hot_score, tags, hidden_at)
       select gen_random_uuid(), now() - make_interval(mins => n), now(), 'PROBLEM',
         'Gagasan nomor ' || n || case when n > ? then ' zamrudjendela' else '' end, 'Isi nomor ' || n, '<p>Isi</p>',
         ?, n % 100, -n, case when n % 10 = 0 then array['umum'] else '{}' end || case when n > ? then array['jendela-langka'] else '{}' end,
         case when n = ? then now() end
       from generate_series(1, ?) n returning id`,
      [ideaCount - 25, authorId, ideaCount - 25, ideaCount - 24, ideaCount],
    );
    expect(rows).toHaveLength(ideaCount);
    await em.execute('analyze ideas');
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  const feed = async (variables: Record<string, unknown>, token?: string) => {
    const before = app.queries.length;
    const response = await app.graphql<{ ideas: Page }>(feedQuery, variables, { token });
    expect(response.errors).toBeUndefined();
    const pageStatements = app.queries.slice(before).filter((sql) => /from ideas i/.test(sql) && !/count\(\*\)::int as count from ideas/.test(sql));
    return { page: response.data!.ideas, pageStatements: pageStatements.length, statements: pageStatements, numbers: response.data!.ideas.edges.map(({ node }) => Number(/nomor (\d+)/.exec(node.title)![1])) };
  };

  /** Every page after the first, by its cursor, until the last. */
  const allPages = async (variables: Record<string, unknown>, token?: string) => {
    const numbers: number[] = [];
    let after: string | null = null;
    do {
      const { page, numbers: pageNumbers } = await feed({ ...variables, first: 10, after }, token);
      numbers.push(...pageNumbers);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return numbers;
  };

  const visibleRare = Array.from({ length: 25 }, (_, k) => ideaCount - 24 + k).filter((n) => n !== ideaCount - 24);

  it('fills a page of a common tag from the walk in order, in one statement', async () => {
    const { page, numbers, pageStatements } = await feed({ first: 20, filter: { tag: 'umum' } }, reader.token);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, k) => 10 * (k + 1)));
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(ideaCount / 10);
    expect(pageStatements).toBe(1);
  });

  it('finds a rare tag behind the window, newest first, with the next page by its cursor', async () => {
    // The statistics give the tag 25 ideas in 2,400: about 21 in the window, too few for 21 rows (a page and one to
    // tell that there is more), so its index is read at once.
    const first = await feed({ first: 20, filter: { tag: 'jendela-langka' } }, reader.token);
    expect(first.numbers).toEqual(visibleRare.slice(0, 20));
    expect(first.page.pageInfo.hasNextPage).toBe(true);
    expect(first.page.totalCount).toBe(24);
    expect(first.pageStatements).toBe(1);
    expect(first.statements[0]).not.toContain('window_position');
    // Enough for 6 rows: the window is walked first, and ends before it finds them.
    const short = await feed({ first: 5, filter: { tag: 'jendela-langka' } }, reader.token);
    expect(short.numbers).toEqual(visibleRare.slice(0, 5));
    expect(short.statements).toHaveLength(2);
    expect(short.statements[0]).toContain('window_position');
    const second = await feed({ first: 20, after: first.page.pageInfo.endCursor, filter: { tag: 'jendela-langka' } }, reader.token);
    expect(second.numbers).toEqual(visibleRare.slice(20));
    expect(second.page.pageInfo.hasNextPage).toBe(false);
  });

  it('finds a rare word, and a word nobody wrote finds nothing, in every order', async () => {
    expect(await allPages({ filter: { text: 'zamrudjendela' } }, reader.token)).toEqual(visibleRare);
    expect((await feed({ first: 20, filter: { text: 'tidakadayangmenulis' } }, reader.token)).numbers).toEqual([]);
    const top = await allPages({ orderBy: 'TOP', filter: { tag: 'jendela-langka' } }, reader.token);
    expect(top.map((n) => n % 100)).toEqual(visibleRare.map((n) => n % 100).sort((a, b) => b - a));
    expect(new Set(top)).toEqual(new Set(visibleRare));
    // hot_score is -n: the newest first again.
    expect(await allPages({ orderBy: 'HOT', filter: { text: 'zamrudjendela' } }, reader.token)).toEqual(visibleRare);
  });

  it('looks a misspelt rare word’s corrections up once, and reads its index with the query they made', async () => {
    const { numbers, statements } = await feed({ first: 20, filter: { text: 'zamrudjendla' } }, reader.token);
    expect(numbers).toEqual(visibleRare.slice(0, 20));
    expect(statements).toHaveLength(2);
    expect(statements.map((sql) => sql.match(/search_query\(/g)?.length ?? 0)).toEqual([1, 0]);
    expect(statements[1]).toContain("'zamrudjendela'");
  });

  it('pages a common tag through the window’s end and beyond it without a gap or a repeat', async () => {
    const numbers = await allPages({ filter: { tag: 'umum' } });
    expect(numbers).toEqual(Array.from({ length: ideaCount / 10 }, (_, k) => 10 * (k + 1)));
  });

  it('keeps the hidden idea from the reader and a visitor, and shows it to its author', async () => {
    const hidden = ideaCount - 24;
    expect(await allPages({ filter: { tag: 'jendela-langka' } })).not.toContain(hidden);
    expect(await allPages({ filter: { tag: 'jendela-langka' } }, reader.token)).not.toContain(hidden);
    expect(await allPages({ filter: { tag: 'jendela-langka' } }, author.token)).toEqual([hidden, ...visibleRare]);
  });
});
