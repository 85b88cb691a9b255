#!/usr/bin/env node
// Keeps every benchmark working: runs each `bench:*` script of the root package.json with `--ci` (tiny sizes), one
// after the other, and fails if any of them fails or outlives its budget. The figures of a CI run mean nothing (CI
// shares the machine with itself); BENCHMARKS.md holds the real ones.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const budgetSeconds = Number(process.env.BENCH_CI_BUDGET_SECONDS ?? 180);
const { scripts } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const names = Object.keys(scripts).filter((name) => name.startsWith('bench:')).sort();

function run(name) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', name, '--', '--ci'], { cwd: root, stdio: 'inherit', detached: true });
    // The benchmark's own children (servers, load generators) are in its process group: a timeout ends them all.
    const timer = setTimeout(() => {
      process.stderr.write(`${name}: still running after ${budgetSeconds} s, stopped\n`);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, budgetSeconds * 1000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ name, ok: code === 0, code, signal, seconds: Math.round((Date.now() - started) / 1000) });
    });
  });
}

const say = (line) => process.stdout.write(`${line}\n`);
const outcomes = [];
for (const name of names) {
  say(`\n-- ${name} --ci`);
  outcomes.push(await run(name));
}
say('\nbenchmarks run with --ci:');
for (const outcome of outcomes) {
  say(`  ${outcome.ok ? 'ok    ' : 'FAILED'} ${outcome.name} (${outcome.seconds} s${outcome.ok ? '' : `, ${outcome.signal ?? `exit ${outcome.code}`}`})`);
}
if (names.length === 0) say('  none');
if (outcomes.some((outcome) => !outcome.ok)) process.exit(1);
