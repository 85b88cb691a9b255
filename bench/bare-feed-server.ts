/**
 * The fair baseline of the idea feed, in a process of its own: a bare Node `http` server doing the same job as a
 * signed-in `ideas(first: 20)` request, by hand. It reads the bearer token, checks the session in PostgreSQL (one
 * statement, with the conditions the API's session lookup has), then reads the page with one hand-written statement
 * through `pg` (the feed's visibility rules, author, visible comment count, the viewer's vote) and answers the same
 * JSON the API does, global ids included. Nothing is cached between requests.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { statement, viewerOf } from './bare-session.js';

const pool = new pg.Pool({ connectionString: process.env.BARE_FEED_DATABASE_URL, max: 10 });

const feedSql = `select i.id, i.title, u.display_name, i.vote_count,
    (select count(*)::int from comments c
      where c.subject_type = 'Idea' and c.subject_id = i.id and c.deleted_at is null and c.hidden_at is null) as comment_count,
    exists (select 1 from idea_votes v where v.idea_id = i.id and v.user_id = $1) as viewer_has_voted
  from ideas i join users u on u.id = i.author_id
  where i.status <> 'MERGED' and (i.hidden_at is null or i.author_id = $1)
  order by i.created_at desc, i.id desc limit 20`;

type Row = { id: string; title: string; display_name: string; vote_count: number; comment_count: number; viewer_has_voted: boolean };

const globalId = (typeName: string, id: string) => Buffer.from(`${typeName}:${id}`).toString('base64url');

const server = createServer(async (request, response) => {
  request.resume();
  try {
    const viewerId = await viewerOf(pool, request);
    if (!viewerId) {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end('{"errors":[{"message":"not signed in"}]}');
      return;
    }
    const { rows } = await pool.query<Row>(statement('feed', feedSql, [viewerId]));
    const edges = rows.map((row) => ({
      node: {
        id: globalId('Idea', row.id),
        title: row.title,
        author: { displayName: row.display_name },
        voteCount: row.vote_count,
        commentCount: row.comment_count,
        viewerHasVoted: row.viewer_has_voted,
      },
    }));
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ data: { ideas: { edges } } }));
  } catch (error) {
    response.writeHead(500);
    response.end(String(error));
  }
});

server.listen(0, '127.0.0.1', () => process.send!({ type: 'listening', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }));
process.on('message', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
process.on('disconnect', () => process.exit(0));
