/**
 * Bulk data for the feed and vote benchmarks, written by set-based SQL (generate_series), never row by row: people,
 * agencies and services, ideas with tags and searchable titles, votes (an idea's count is its votes) and comments.
 * The seeding connection's PostgreSQL backend is niced, so that a long seed yields the machine to other work.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { toGlobalId } from '../apps/api/src/core/global-id.js';
import { hashSessionToken } from '../apps/api/src/modules/accounts/session-token.js';

export type FeedScale = { ideas: number; votes: number; comments: number; people: number };

/** Topic words of the ideas' titles: each idea's title has one, so a text search matches one idea in `topics.length`. */
export const topics = ['jalan', 'sampah', 'air', 'sekolah', 'puskesmas', 'pasar', 'lampu', 'banjir', 'taman', 'angkutan'];
export const tagCount = 50;
/** On one idea in 1,000 (ideas 7, 1,007, 2,007…). */
export const rareTag = 'langka';
export const serviceCount = 20;

export type Seeded = { people: number; services: string[]; tags: string[]; seconds: number };

/** Lowers the priority of the connection's PostgreSQL backend (it runs on this machine; nothing happens elsewhere). */
async function niceBackend(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
  try {
    execFileSync('renice', ['-n', '10', '-p', String(rows[0].pid)], { stdio: 'ignore' });
  } catch {
    // PostgreSQL on another machine, or not ours to renice: seed at normal priority.
  }
}

export async function seedFeed(databaseUrl: string, scale: FeedScale): Promise<Seeded> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await seedWith(client, scale, started);
  } finally {
    await client.end();
  }
}

async function seedWith(client: pg.Client, scale: FeedScale, started: number): Promise<Seeded> {
  await niceBackend(client);
  await client.query('set synchronous_commit = off');
  await client.query("set maintenance_work_mem = '256MB'");
  await client.query(`insert into users (id, created_at, updated_at, email, display_name, password_hash, email_confirmed_at)
    select gen_random_uuid(), now(), now(), 'warga' || n || '@bench.id', 'Warga ' || n, 'x', now() from generate_series(1, $1::int) n`, [scale.people]);
  await client.query('create temporary table people as select id, row_number() over (order by id) - 1 as n from users');
  await client.query('create unique index on people (n)');
  await client.query(`insert into organizations (id, created_at, updated_at, slug, name, kind, verified_at)
    values (gen_random_uuid(), now(), now(), 'dinas-bench', 'Dinas Bench', 'AGENCY', now())`);
  const services = await client.query<{ id: string }>(`insert into services (id, created_at, updated_at, slug, name, agency_id)
    select gen_random_uuid(), now(), now(), 'layanan-' || n, 'Layanan ' || n, (select id from organizations limit 1)
    from generate_series(1, ${serviceCount}) n returning id`);
  await client.query('create temporary table service_numbers as select id, row_number() over (order by id) - 1 as n from services');
  // An idea n: one of the topics in its title, one tag of `tagCount`, one service of `serviceCount`, n % (m + 1) votes
  // (m / 2 on average): the counts are written with the ideas and the votes follow them exactly. One idea in 1,000 also
  // has the rare tag (`rareTag`), so that a filter that matches few ideas is measured too.
  const votesPerIdea = Math.max(1, Math.round((2 * scale.votes) / scale.ideas));
  const commentsPerIdea = Math.max(0, Math.round(scale.comments / scale.ideas));
  await client.query(
    `insert into ideas (id, created_at, updated_at, kind, title, body, body_html, author_id, vote_count, hot_score, tags, service_id)
     select gen_random_uuid(), now() - make_interval(secs => n * 30), now(), 'PROBLEM',
       'Perbaikan ' || ($1::text[])[1 + n % array_length($1::text[], 1)] || ' nomor ' || n, 'Isi gagasan nomor ' || n, '<p>Isi gagasan nomor ' || n || '</p>',
       (select id from people where people.n = ideas_n.n % $2), n % ($3::int + 1), n::double precision / 1000,
       array['tag-' || (n % ${tagCount})] || case when n % 1000 = 7 then array['${rareTag}'] else '{}'::text[] end, (select id from service_numbers s where s.n = ideas_n.n % ${serviceCount})
     from generate_series(1, $4::int) as ideas_n(n)`,
    [topics, scale.people, votesPerIdea, scale.ideas],
  );
  await client.query('create temporary table idea_numbers as select id, vote_count, row_number() over (order by created_at) as n from ideas');
  await client.query(
    `insert into idea_votes (id, created_at, updated_at, idea_id, user_id)
     select gen_random_uuid(), now(), now(), i.id, p.id
     from idea_numbers i cross join lateral generate_series(1, i.vote_count) k
       join people p on p.n = (i.n * 7 + k) % $1`,
    [scale.people],
  );
  if (commentsPerIdea > 0) {
    await client.query(
      `insert into comments (id, created_at, updated_at, subject_type, subject_id, thread_path, author_id, body, body_html)
       select c.id, now(), now(), 'Idea', c.idea_id, replace(c.id::text, '-', ''), c.author_id, 'Komentar', '<p>Komentar</p>'
       from (select gen_random_uuid() as id, i.id as idea_id, p.id as author_id
             from idea_numbers i cross join lateral generate_series(1, $2::int) k join people p on p.n = (i.n * 13 + k) % $1) c`,
      [scale.people, commentsPerIdea],
    );
  }
  // As autovacuum leaves a table in use: without this, it starts on the new rows while the benchmark measures, and
  // index-only scans still visit the heap (no page is marked all-visible yet).
  await client.query('vacuum (analyze)');
  return {
    people: scale.people,
    services: services.rows.map((service) => toGlobalId('Service', service.id)),
    tags: Array.from({ length: tagCount }, (_, n) => `tag-${n}`),
    seconds: Math.round((Date.now() - started) / 1000),
  };
}

/** Sessions for the first `count` people (ordered by id), as a browser would hold them: their tokens. */
export async function createSessions(databaseUrl: string, count: number): Promise<string[]> {
  const tokens = Array.from({ length: count }, () => randomBytes(32).toString('base64url'));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(
    `insert into sessions (id, created_at, updated_at, last_used_at, user_id, token_hash, expires_at)
     select gen_random_uuid(), now(), now(), now(), u.id, t.hash, now() + interval '1 day'
     from unnest($1::text[]) with ordinality t(hash, n) join (select id, row_number() over (order by id) n from users) u on u.n = t.n`,
    [tokens.map(hashSessionToken)],
  );
  await client.end();
  return tokens;
}
