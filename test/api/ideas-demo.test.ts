import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

describe('demo ideas', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seedDemo: true });
  });
  afterAll(() => app?.close());

  it('fills the feed and the forum with ideas, votes, comments and threads', async () => {
    const feed = await app.graphql(`query { ideas(first: 50, orderBy: HOT) { totalCount edges { node { title voteCount commentCount author { displayName } } } } }`);
    const ideas = feed.data!.ideas;
    expect(ideas.totalCount).toBeGreaterThanOrEqual(12);
    expect(ideas.edges.filter((edge: { node: { voteCount: number } }) => edge.node.voteCount > 0).length).toBeGreaterThanOrEqual(12);
    expect(ideas.edges.filter((edge: { node: { commentCount: number } }) => edge.node.commentCount > 0).length).toBeGreaterThanOrEqual(5);
    const forum = await app.graphql(`query { discussions(first: 10) { edges { node { title pinned commentCount } } } }`);
    expect(forum.data!.discussions.edges[0].node.pinned).toBe(true);
    expect(forum.data!.discussions.edges.length).toBeGreaterThanOrEqual(4);
  });
});
