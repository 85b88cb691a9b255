/**
 * Open-data downloads at scale (issue 15): the API streams every idea as CSV and as JSON in keyset pages, and its
 * memory must stay flat whatever the table's size. The API runs in a process of its own (bench/api-server.ts), the
 * downloader in another (bench/open-data-client.ts); this process samples the API's resident memory (/proc) every
 * 50 ms and its heap after a full garbage collection (over IPC) while each download runs. Baseline, in the same run
 * and server: the download of the closed surveys' results (no rows here), i.e. what any download costs.
 * Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:open-data -- [--ci]
 * (100,000 ideas; --ci: 5,000).
 */
import { readFile } from 'node:fs/promises';
import { ApiProcess, forkBenchProcess, machine, withDatabase } from './harness.js';
import { seedFeed } from './feed-seed.js';
import type { DownloadResult } from './open-data-client.js';

const ci = process.argv.includes('--ci');
const ideas = ci ? 5_000 : 100_000;
const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function residentBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

type Measured = DownloadResult & { peakResident: number; peakHeap: number };

/** One download from the downloader's process, with the API's peak resident memory and peak live heap meanwhile. */
async function downloadWhileSampling(api: ApiProcess, url: string): Promise<Measured> {
  const client = forkBenchProcess('open-data-client.ts');
  await new Promise((resolve) => client.once('message', resolve));
  let done = false;
  let peakResident = 0;
  let peakHeap = 0;
  const pid = api.pid;
  const resident = (async () => {
    while (!done) {
      peakResident = Math.max(peakResident, await residentBytes(pid));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const heap = (async () => {
    while (!done) {
      peakHeap = Math.max(peakHeap, (await api.ask<'memory'>({ type: 'memory' })).heapUsed);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  const result = await new Promise<DownloadResult>((resolve) => {
    client.once('message', resolve);
    client.send({ url });
  });
  done = true;
  await Promise.all([resident, heap]);
  client.disconnect();
  if (result.status !== 200) throw new Error(`${url} answered ${result.status}`);
  return { ...result, peakResident, peakHeap };
}

await withDatabase(async (databaseUrl) => {
  const api = new ApiProcess({ DATABASE_URL: databaseUrl });
  try {
    const base = await api.url;
    const seeded = await seedFeed(databaseUrl, { ideas, votes: ideas, comments: 0, people: 1_000 });
    console.log(`seeded ${ideas.toLocaleString()} ideas in ${seeded.seconds} s`);
    const idle = await api.ask<'memory'>({ type: 'memory' });
    const idleResident = await residentBytes(api.pid);
    const runs: Record<string, Measured> = {
      'baseline: survei.csv': await downloadWhileSampling(api, `${base}/data-terbuka/survei.csv`),
      'gagasan.csv': await downloadWhileSampling(api, `${base}/data-terbuka/gagasan.csv`),
      'gagasan.json': await downloadWhileSampling(api, `${base}/data-terbuka/gagasan.json`),
    };
    console.log(JSON.stringify(machine()));
    console.log(`API idle: resident ${megabytes(idleResident)} MB, live heap ${megabytes(idle.heapUsed)} MB`);
    console.table(
      Object.fromEntries(
        Object.entries(runs).map(([name, run]) => [
          name,
          {
            lines: run.lines,
            MB: megabytes(run.bytes),
            seconds: Math.round(run.seconds * 10) / 10,
            'MB/s': Math.round((run.bytes / 1024 / 1024 / run.seconds) * 10) / 10,
            'peak RSS MB': megabytes(run.peakResident),
            'RSS growth MB': megabytes(run.peakResident - idleResident),
            'peak live heap MB': megabytes(run.peakHeap),
            'heap growth MB': megabytes(run.peakHeap - idle.heapUsed),
          },
        ]),
      ),
    );
    const baseline = runs['baseline: survei.csv']!;
    for (const name of ['gagasan.csv', 'gagasan.json']) {
      const run = runs[name]!;
      if (run.lines < ideas) throw new Error(`${name} has ${run.lines} lines for ${ideas} ideas`);
      // Flat: the live heap while streaming every idea stays within a page's worth (a few MB) of any small download's.
      const growth = megabytes(run.peakHeap - baseline.peakHeap);
      console.log(`${name}: live heap ${growth >= 0 ? '+' : ''}${growth} MB over the baseline download for ${megabytes(run.bytes)} MB sent: ${growth < 16 ? 'flat (met)' : 'NOT flat'}`);
    }
  } finally {
    await api.close();
  }
});
