/**
 * Server rendering of pages against a static file served by the same process (DESIGN §7, issue 16): the home page, the
 * idea feed and an idea page, as a visitor's browser asks for them (HTML, brotli accepted, the CSRF cookie of an
 * earlier visit), so from the page cache of visitors' pages (ADR 033) after the first; and the idea page rendered each
 * time (a browser with a cookie the cache does not share, as a signed-in person's pages are), against the page's own
 * stylesheet (a hashed asset of about the same size, its brotli copy made at build time). Target: the idea page at
 * least 0.3 of the static file's throughput.
 * The app runs built, in production mode with the demo data, in a process of its own (bench/demo-app.ts); this process
 * is only the load generator. The targets are measured in alternating rounds, so other work on the machine slows
 * them alike: compare the ratios of one run, not figures across runs.
 * Usage: npm run bench:pages [-- --ci] [--seconds N] [--connections N] [--profile]
 * (--profile: a CPU profile of the app process while it renders idea pages (not from the cache), and its heaviest functions.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { get } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { withDemoApp } from './demo-app.js';

const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const ci = process.argv.includes('--ci');
const profile = process.argv.includes('--profile');
const seconds = Number(argument('--seconds') ?? (ci ? 2 : 30));
const connections = Number(argument('--connections') ?? (ci ? 4 : 10));
const rounds = ci ? 1 : 3;
const targetRatio = 0.3;

const browserHeaders = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate, br',
  'accept-language': 'id-ID,id;q=0.9',
  'user-agent': 'Mozilla/5.0 (Linux; Android 11) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36',
};

type Figures = { requestsPerSecond: number; p50: number; p99: number; errors: number; cpuMillisecondsPerRequest: number };

const clockTicksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** The CPU time a process has used (user and system), in milliseconds: what a request costs, whatever else runs. */
async function cpuMilliseconds(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond;
}

async function load(url: string, headers: Record<string, string>, duration: number, serverPid: number): Promise<Figures> {
  const cpuBefore = await cpuMilliseconds(serverPid);
  const result = await autocannon({ url, headers, duration, connections });
  const cpu = (await cpuMilliseconds(serverPid)) - cpuBefore;
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    cpuMillisecondsPerRequest: cpu / Math.max(1, result.requests.total),
  };
}

/** The bytes of a body as sent (fetch would decode it). */
function bytesSent(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve(bytes));
    }).on('error', reject);
  });
}

type CpuProfile = { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[] };

/** Self time by function, the heaviest first. */
function heaviestFunctions(profileData: CpuProfile, count: number): { share: string; function: string; where: string }[] {
  const byNode = new Map(profileData.nodes.map((node) => [node.id, node.callFrame]));
  const totals = new Map<string, number>();
  for (const sample of profileData.samples) {
    const frame = byNode.get(sample);
    if (!frame) continue;
    const where = frame.url ? `${frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(apps|packages)\//, '$1/')}:${frame.lineNumber + 1}` : '';
    const key = `${frame.functionName || '(anonymous)'}\t${where}`;
    totals.set(key, (totals.get(key) ?? 0) + 1);
  }
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, samples]) => {
      const [name, where] = key.split('\t');
      return { share: `${((100 * samples) / profileData.samples.length).toFixed(1)} %`, function: name, where };
    });
}

const profileDirectory = profile ? await mkdtemp(path.join(tmpdir(), 'gotong-pages-profile-')) : null;
const loadBefore = loadavg();

const measured = await withDemoApp(
  async ({ url, pages, process: server }) => {
    const pid = server.child.pid!;
    const visit = await fetch(`${url}${pages.idea}`, { headers: browserHeaders });
    const html = await visit.text();
    const csrfCookie = visit.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
    const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
    if (visit.status !== 200 || !stylesheet) throw new Error(`the idea page did not render (${visit.status})`);
    const headers = { ...browserHeaders, cookie: csrfCookie };
    const renderedHeaders = { ...headers, cookie: `${csrfCookie}; bench_uncached=1` };
    const targets: Record<string, { address: string; headers: Record<string, string> }> = {
      'static file': { address: stylesheet, headers },
      'home page': { address: pages.home, headers },
      'idea feed': { address: pages.feed, headers },
      'idea page': { address: pages.idea, headers },
      'idea page, rendered': { address: pages.idea, headers: renderedHeaders },
    };
    const sizes: Record<string, { bytes: number; onTheWire: number }> = {};
    for (const [name, target] of Object.entries(targets)) {
      sizes[name] = { bytes: await bytesSent(`${url}${target.address}`, { ...target.headers, 'accept-encoding': 'identity' }), onTheWire: await bytesSent(`${url}${target.address}`, target.headers) };
    }
    for (const target of Object.values(targets)) await load(`${url}${target.address}`, target.headers, 1, pid);
    const runs: Record<string, Figures[]> = Object.fromEntries(Object.keys(targets).map((name) => [name, []]));
    const perRound = Math.max(1, Math.round(seconds / rounds));
    for (let round = 0; round < rounds; round += 1) {
      for (const [name, target] of Object.entries(targets)) runs[name].push(await load(`${url}${target.address}`, target.headers, perRound, pid));
    }
    if (profile) await load(`${url}${pages.idea}`, renderedHeaders, Math.max(5, perRound), pid);
    return { runs, sizes };
  },
  profileDirectory ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDirectory}` } : {},
);

const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const figures = Object.fromEntries(
  Object.entries(measured.runs).map(([name, runs]) => [
    name,
    {
      requestsPerSecond: Math.round(average(runs.map((run) => run.requestsPerSecond))),
      p50: Math.round(average(runs.map((run) => run.p50))),
      p99: Math.max(...runs.map((run) => run.p99)),
      errors: runs.reduce((sum, run) => sum + run.errors, 0),
      cpuMillisecondsPerRequest: average(runs.map((run) => run.cpuMillisecondsPerRequest)),
    },
  ]),
) as Record<string, Figures>;
const staticThroughput = figures['static file'].requestsPerSecond;
console.log(`\npages against a static file, ${connections} connections, ${rounds} rounds of ${Math.max(1, Math.round(seconds / rounds))} s each`);
console.table(
  Object.fromEntries(
    Object.entries(figures).map(([name, value]) => [
      name,
      {
        'req/s': value.requestsPerSecond,
        'p50 ms': value.p50,
        'p99 ms': value.p99,
        'of static': (value.requestsPerSecond / staticThroughput).toFixed(2),
        'server CPU ms/req': value.cpuMillisecondsPerRequest.toFixed(2),
        'KB (sent KB)': `${(measured.sizes[name].bytes / 1024).toFixed(1)} (${(measured.sizes[name].onTheWire / 1024).toFixed(1)})`,
        errors: value.errors,
      },
    ]),
  ),
);
const ratio = figures['idea page'].requestsPerSecond / staticThroughput;
const errors = Object.values(figures).reduce((sum, value) => sum + value.errors, 0);
const machine = { cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`, node: process.version, loadBefore, loadAfter: loadavg(), date: new Date().toISOString() };
console.log(`idea page / static file: ${ratio.toFixed(2)} (target ≥ ${targetRatio}: ${ratio >= targetRatio ? 'met' : 'not met'})`);
console.log(`load average before ${loadBefore.map((value) => value.toFixed(1)).join(' ')}, after ${machine.loadAfter.map((value) => value.toFixed(1)).join(' ')}`);
console.log(JSON.stringify({ benchmark: 'pages', machine, connections, rounds, figures, sizes: measured.sizes, ideaPageOfStatic: ratio }));

if (profileDirectory) {
  const [file] = (await readdir(profileDirectory)).filter((name) => name.endsWith('.cpuprofile'));
  if (file) {
    const profilePath = path.join(profileDirectory, file);
    console.log(`\nCPU profile of the app process: ${profilePath} (open it in Chrome's DevTools); heaviest functions by self time:`);
    console.table(heaviestFunctions(JSON.parse(await readFile(profilePath, 'utf8')) as CpuProfile, 30));
  }
}
if (errors > 0) {
  console.error(`${errors} requests failed`);
  process.exitCode = 1;
}
