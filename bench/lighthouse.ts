/**
 * Lighthouse (mobile: its default emulated phone, simulated slow 4G and a 4× slower CPU) on the built app with the demo
 * data (DESIGN §7, issue 16): the home page, the idea feed, an idea page, an innovation page and a survey page, as a
 * visitor. Scores for performance, accessibility, best practices and SEO; target 95 or more each. Runs Debian's
 * Chromium (CHROME_PATH, else `chromium` on the PATH) headless. The performance score depends on the machine: the
 * report's benchmark index and the load average are printed beside it.
 * Usage: npm run bench:lighthouse [-- --ci] [--runs N] [--pages home,idea]
 * (--ci: the home page once; --runs: the median of N runs a page.)
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { repositoryRoot } from '../test/support/api-process.js';
import { withDemoApp, type DemoPages } from './demo-app.js';

const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const ci = process.argv.includes('--ci');
const runs = Number(argument('--runs') ?? 1);
const chosen = (argument('--pages') ?? (ci ? 'home' : 'home,feed,idea,innovation,survey')).split(',') as (keyof DemoPages)[];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const target = 95;
const chromePath = process.env.CHROME_PATH ?? execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();

type Report = {
  categories: Record<(typeof categories)[number], { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; displayValue?: string }>;
  environment: { benchmarkIndex: number };
  runWarnings: string[];
};

function lighthouse(url: string, outputPath: string): Promise<void> {
  const binary = path.join(repositoryRoot, 'node_modules/.bin/lighthouse');
  const flags = [url, `--chrome-path=${chromePath}`, '--chrome-flags=--headless --no-sandbox', '--output=json', `--output-path=${outputPath}`, `--only-categories=${categories.join(',')}`, '--quiet'];
  return new Promise((resolve, reject) => {
    const child = spawn(binary, flags, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited with ${code} on ${url}`))));
  });
}

/**
 * Chromium on a busy machine now and then fails to record the page load's trace (Lighthouse's NO_NAVSTART): such a
 * run has no scores, so it is run again (twice at most) rather than ending the whole bench.
 */
async function withRetries(run: () => Promise<void>, attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt === attempts) throw error;
      console.warn(`${(error as Error).message}; running it again`);
    }
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** What costs points: each audit under 0.9 that counts towards a score (with the metrics' values for performance). */
function findings(report: Report): string[] {
  return categories.flatMap((category) =>
    report.categories[category].auditRefs
      .filter(({ id, weight }) => weight > 0 && report.audits[id].score !== null && report.audits[id].score! < 0.9)
      .map(({ id }) => `${category}: ${report.audits[id].title}${report.audits[id].displayValue ? ` (${report.audits[id].displayValue})` : ''}`),
  );
}

const directory = await mkdtemp(path.join(tmpdir(), 'gotong-lighthouse-'));
const loadBefore = loadavg();
const results = await withDemoApp(async ({ url, pages }) => {
  const measured: { page: string; scores: Record<string, number>; benchmarkIndex: number; findings: string[]; reports: string[] }[] = [];
  for (const page of chosen) {
    const reports: Report[] = [];
    const files: string[] = [];
    for (let run = 0; run < runs; run += 1) {
      const file = path.join(directory, `${page}-${run + 1}.json`);
      await withRetries(() => lighthouse(`${url}${pages[page]}`, file));
      reports.push(JSON.parse(await readFile(file, 'utf8')) as Report);
      files.push(file);
    }
    const scores = Object.fromEntries(categories.map((category) => [category, Math.round(100 * median(reports.map((report) => report.categories[category].score ?? 0)))]));
    measured.push({ page: `${page} (${pages[page]})`, scores, benchmarkIndex: median(reports.map((report) => report.environment.benchmarkIndex)), findings: [...new Set(reports.flatMap(findings))], reports: files });
  }
  return measured;
});

console.log(`\nLighthouse ${runs > 1 ? `(median of ${runs} runs)` : ''} on the demo data, mobile; reports in ${directory}`);
console.table(Object.fromEntries(results.map((result) => [result.page, { ...result.scores, 'benchmark index': result.benchmarkIndex }])));
for (const result of results) if (result.findings.length > 0) console.log(`${result.page}:\n  ${result.findings.join('\n  ')}`);
const unmet = results.flatMap((result) => categories.filter((category) => result.scores[category] < target).map((category) => `${result.page} ${category} ${result.scores[category]}`));
console.log(unmet.length === 0 ? `every score ≥ ${target}: met` : `under ${target}: ${unmet.join('; ')}`);
console.log(`load average before ${loadBefore.map((value) => value.toFixed(1)).join(' ')}, after ${loadavg().map((value) => value.toFixed(1)).join(' ')}`);
console.log(JSON.stringify({ benchmark: 'lighthouse', date: new Date().toISOString(), node: process.version, loadBefore, loadAfter: loadavg(), runs, results }));
