// Builds every workspace through turbo, showing the build's output only when it fails (or always with VERBOSE=1):
// `npm start` and `npm test` then print a few lines of their own instead of a few hundred of the build's.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const verbose = process.env.VERBOSE === '1';

/** Warns (once, briefly) when this is not the supported runtime, and says how to get it. */
export function checkRuntime(script) {
  const [major] = process.versions.node.split('.').map(Number);
  if (major < 24) console.warn(`Gotong supports Node.js 24 (LTS); this is ${process.version}. To run on 24: npx -y -p node@24 -- npm ${script}`);
}

export function buildQuietly() {
  const started = Date.now();
  if (!verbose) process.stdout.write('Building Gotong... ');
  const build = spawnSync('npx', ['turbo', 'run', 'build', ...(verbose ? [] : ['--output-logs=errors-only'])], {
    cwd: root,
    stdio: verbose ? 'inherit' : 'pipe',
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    if (!verbose) process.stdout.write('failed:\n');
    process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}`);
    process.exit(build.status ?? 1);
  }
  if (!verbose) process.stdout.write(`done in ${Math.round((Date.now() - started) / 1000)} s (VERBOSE=1 shows the build)\n`);
}
