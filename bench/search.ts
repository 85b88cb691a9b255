/**
 * Search on 100,000 ideas (ADR 023) against the plain full-text query in the same run, on a real PostgreSQL server:
 * 1. each statement alone (median of repeated runs; built by the API's own functions): search, similarIdeas and the
 *    feed's text filter against `plainto_tsquery` ranked the same way, with their plans (EXPLAIN ANALYZE: the indexes);
 * 2. over HTTP, `search` and `similarIdeas` against a bare Node `http` + `pg` endpoint running the plain full-text
 *    query, in alternating rounds, the load generator (autocannon) in a process of its own.
 * Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:search [-- --ci] [--ideas N] [--seconds N]
 * (--ci: 2,000 ideas and short rounds, to keep the script working).
 */
import 'reflect-metadata';
import pg from 'pg';
import { loadConfig } from '../apps/api/src/core/config.js';
import { createLogger } from '../apps/api/src/core/logger.js';
import type { Context } from '../apps/api/src/context.js';
import { searchQuerySql, searchWords } from '../apps/api/src/core/text-filter.js';
import { similarIdeasStatement } from '../apps/api/src/modules/ideas/similar-ideas.js';
import { searchStatement } from '../apps/api/src/modules/search/search.js';
import { startServer } from '../apps/api/src/server.js';
import { machine, measureInterleaved, report, startBareEndpoint, withDatabase } from './harness.js';

const ci = process.argv.includes('--ci');
const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const ideaCount = argument('--ideas', ci ? 2_000 : 100_000);
const seconds = argument('--seconds', ci ? 2 : 10);
const rounds = ci ? 1 : 5;
const repeats = ci ? 5 : 30;
const connections = 10;

// Words of the seeded ideas: public-service nouns and verbs, places, and the queue words in both spellings.
const subjects = ['pelayanan', 'perekaman', 'pembuatan', 'perpanjangan', 'pengurusan', 'pendaftaran', 'pembayaran', 'penerbitan', 'pengaduan', 'perbaikan'];
const objects = ['ktp elektronik', 'kartu keluarga', 'akta kelahiran', 'paspor', 'sim', 'pajak kendaraan', 'izin usaha', 'sertifikat tanah', 'bpjs kesehatan', 'air bersih', 'jalan desa', 'lampu jalan', 'sampah pasar', 'puskesmas', 'sekolah dasar'];
const problems = ['terlalu lama', 'berbelit-belit', 'mahal', 'tidak jelas', 'sering rusak', 'harus bolak-balik', 'sistem sering gangguan', 'petugas kurang ramah', 'berkas hilang', 'jadwal tidak pasti'];
const places = ['kecamatan', 'kelurahan', 'kantor dinas', 'balai desa', 'mal pelayanan publik', 'kantor samsat', 'rumah sakit daerah', 'terminal', 'pasar induk', 'kantor pos'];
const towns = ['Sukamaju', 'Cibadak', 'Tanjungsari', 'Kedungwuni', 'Margahayu', 'Sumberejo', 'Karangasem', 'Pamekasan', 'Lhokseumawe', 'Tomohon', 'Bantaeng', 'Wonosari'];
const sqlArray = (words: string[]) => `array[${words.map((word) => `'${word}'`).join(', ')}]`;
const pick = (words: string[], seed: string) => `(${sqlArray(words)})[1 + (${seed}) % ${words.length}]`;

/** People and ideas in bulk SQL; one idea in 200 is about a queue ("antrean", as the content spells it). */
async function seed(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`insert into users (id, created_at, updated_at, email, display_name, password_hash)
    select gen_random_uuid(), now(), now(), 'warga' || n || '@bench.id', 'Warga ' || n, 'x' from generate_series(1, 1000) n`);
  // The word list is filled once afterwards instead of by the trigger row by row (the same words either way).
  await client.query('alter table ideas disable trigger ideas_search_words');
  await client.query(`insert into ideas (id, created_at, updated_at, kind, title, body, body_html, author_id, vote_count, hot_score)
    select gen_random_uuid(), now() - (n || ' minutes')::interval, now(), 'PROBLEM', title, body, body, author, n % 50, n
    from (
      select n,
        case when n % 200 = 0 then 'Antrean panjang di ' || ${pick(places, 'n / 7')} || ' ' || ${pick(towns, 'n / 3')}
          else initcap(${pick(subjects, 'n')}) || ' ' || ${pick(objects, 'n / 10')} || ' ' || ${pick(problems, 'n / 150')} end as title,
        'Warga ' || ${pick(towns, 'n')} || ' mengeluhkan ' || ${pick(subjects, 'n / 13')} || ' ' || ${pick(objects, 'n / 17')} || ' di ' || ${pick(places, 'n / 11')}
          || ' yang ' || ${pick(problems, 'n / 19')} || '. Mohon ' || ${pick(subjects, 'n / 23')} || ' ' || ${pick(objects, 'n / 29')} || ' segera ditindaklanjuti, nomor laporan ' || n || '.' as body,
        (select id from users order by id offset (n % 1000) limit 1) as author
      from generate_series(1, ${ideaCount}) n
    ) generated`);
  await client.query('alter table ideas enable trigger ideas_search_words');
  await client.query(`insert into search_words (word) select distinct search_words_of(concat_ws(' ', title, body)) from ideas on conflict do nothing`);
  await client.query('analyze');
  await client.end();
}

const operations = {
  search: { query: 'query ($q: String!) { search(query: $q, first: 20) { edges { node { kind rank node { id ... on Idea { title } } } } } }', variables: { q: 'antrian' } },
  searchPrefix: { query: 'query ($q: String!) { search(query: $q, first: 20) { edges { node { kind rank node { id ... on Idea { title } } } } } }', variables: { q: 'antr' } },
  similarIdeas: { query: 'query ($text: String!) { similarIdeas(text: $text, first: 5) { id title } }', variables: { text: 'Antrian panjang di kantor' } },
  feedText: { query: 'query ($text: String!) { ideas(first: 20, filter: { text: $text }) { edges { node { id title } } } }', variables: { text: 'antrian' } },
};

// The plain full-text query: the spelling the content uses, typed exactly, ranked the same way (titles over bodies).
const baselineSql = `select id, title from ideas, plainto_tsquery('simple', 'antrean') query
  where search_vector @@ query and hidden_at is null and status <> 'MERGED'
  order by ts_rank('{0, 0, 0.4, 1.0}', search_vector, query) desc, id desc limit 20`;

/** knex's `?` placeholders as pg's `$n`. */
function numbered(statement: { sql: string; params: unknown[] }): { text: string; values: unknown[] } {
  let index = 0;
  return { text: statement.sql.replace(/\?/g, () => `$${(index += 1)}`), values: statement.params };
}

async function medianMilliseconds(client: pg.Client, query: { text: string; values: unknown[] }): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < repeats; run += 1) {
    const started = process.hrtime.bigint();
    await client.query(query);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

console.log(JSON.stringify(machine()));
await withDatabase(async (databaseUrl) => {
  const config = loadConfig({ NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', SEED_DEMO: '0' });
  // Started first: it migrates the database.
  const server = await startServer({ config, logger: createLogger('silent'), serveWeb: false });
  const started = Date.now();
  await seed(databaseUrl);
  console.log(`seeded ${ideaCount.toLocaleString()} ideas in ${Math.round((Date.now() - started) / 1000)} s`);

  // The statements the API runs, built by the same functions, as a visitor would have them run.
  const visitor = { viewer: null } as Context;
  const feedText = searchQuerySql(searchWords(operations.feedText.variables.text));
  const statements: Record<string, { sql: string; params: unknown[] }> = {
    'plain full text (baseline)': { sql: baselineSql, params: [] },
    search: searchStatement(visitor, operations.search.variables.q, 21),
    'search, prefix as typed': searchStatement(visitor, operations.searchPrefix.variables.q, 21),
    similarIdeas: similarIdeasStatement({ title: operations.similarIdeas.variables.text, body: '' }, 5)!,
    // The feed's conditions and order (idea-page.ts) without its joins, which the text filter does not change.
    'feed text filter': {
      sql: `select i.id from ideas i where i.status <> 'MERGED' and i.search_vector @@ ${feedText.sql} and i.hidden_at is null order by i.created_at desc, i.id desc limit 21`,
      params: feedText.params,
    },
  };

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const sqlTimes: Record<string, { 'median ms': number; 'ratio to baseline': number }> = {};
  for (const [name, statement] of Object.entries(statements)) {
    const query = numbered(statement);
    const plan = await client.query({ text: `explain (analyze, costs off, timing off, summary off) ${query.text}`, values: query.values });
    console.log(`\n${name} (${JSON.stringify(query.values)}):\n${plan.rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n')}`);
    const median = await medianMilliseconds(client, query);
    sqlTimes[name] = { 'median ms': Number(median.toFixed(2)), 'ratio to baseline': 0 };
  }
  const baselineMedian = sqlTimes['plain full text (baseline)']['median ms'];
  for (const time of Object.values(sqlTimes)) time['ratio to baseline'] = Number((time['median ms'] / baselineMedian).toFixed(2));
  await client.end();
  console.log(`\nstatements alone, ${ideaCount.toLocaleString()} ideas (median of ${repeats} runs)`);
  console.table(sqlTimes);

  const baseline = await startBareEndpoint(databaseUrl, baselineSql);
  try {
    const target = (operation: { query: string; variables: Record<string, string> }) => ({ url: `${server.url}/graphql`, body: JSON.stringify(operation) });
    const measured = await measureInterleaved(
      {
        search: target(operations.search),
        'search, prefix as typed': target(operations.searchPrefix),
        similarIdeas: target(operations.similarIdeas),
        'bare http + pg, plain full text': { url: baseline.url, body: '{}' },
      },
      { seconds, rounds, connections },
    );
    report(`over HTTP, ${ideaCount.toLocaleString()} ideas, ${connections} connections`, measured);
    const bare = measured['bare http + pg, plain full text'];
    for (const name of ['search', 'search, prefix as typed', 'similarIdeas'] as const) {
      console.log(`${name}: p50 ${measured[name].latencyP50} ms, throughput ${(measured[name].requestsPerSecond / bare.requestsPerSecond).toFixed(2)} of the bare plain full-text endpoint`);
    }
  } finally {
    await baseline.close();
    await server.close();
  }
});
