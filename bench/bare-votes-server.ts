/**
 * The bare baseline of a vote, in a process of its own: a Node `http` server doing by hand what `voteIdea` must: read
 * the bearer token and check the session in PostgreSQL (one statement), then in one transaction insert the vote (one
 * per person and idea) and move the idea's counters by atomic SQL (the same HOT formula), answering the new count.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hotTime } from '@gotong/domain';
import pg from 'pg';
import { statement, viewerOf } from './bare-session.js';

const pool = new pg.Pool({ connectionString: process.env.BARE_VOTES_DATABASE_URL, max: 10 });

function readBody(request: import('node:http').IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

const answer = (response: import('node:http').ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
};

const server = createServer(async (request, response) => {
  try {
    const { variables } = JSON.parse(await readBody(request)) as { variables: { id: string } };
    const ideaId = Buffer.from(variables.id, 'base64url').toString().split(':')[1];
    const viewerId = await viewerOf(pool, request);
    if (!viewerId) return answer(response, 401, { errors: [{ message: 'not signed in' }] });
    const client = await pool.connect();
    try {
      await client.query('begin');
      const now = new Date();
      const inserted = await client.query(
        statement(
          'vote',
          `insert into idea_votes (id, created_at, updated_at, idea_id, user_id) values ($1, $2, $2, $3, $4)
           on conflict (idea_id, user_id) do nothing returning id`,
          [randomUUID(), now, ideaId, viewerId],
        ),
      );
      if (inserted.rowCount === 0) {
        await client.query('rollback');
        return answer(response, 200, { data: { voteIdea: { errors: [{ message: 'already voted' }], idea: null } } });
      }
      const time = hotTime(now);
      const { rows } = await client.query<{ vote_count: number }>(
        statement(
          'count',
          `update ideas set vote_count = vote_count + 1,
             hot_score = greatest(hot_score, $1) + ln(1 + power(2::float8, -least(60, abs(hot_score - $1)))) / ln(2)
           where id = $2 returning vote_count`,
          [time, ideaId],
        ),
      );
      await client.query('commit');
      return answer(response, 200, { data: { voteIdea: { errors: [], idea: { voteCount: rows[0].vote_count } } } });
    } catch (error) {
      await client.query('rollback');
      throw error;
    } finally {
      client.release();
    }
  } catch (error) {
    return answer(response, 500, { errors: [{ message: String(error) }] });
  }
});

server.listen(0, '127.0.0.1', () => process.send!({ type: 'listening', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }));
process.on('message', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
process.on('disconnect', () => process.exit(0));
