import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// graphql 16 has no exports map: make Vite load the same CommonJS build that Node loads, or schemas break across "realms".
// Only the bare name: a deep import (`graphql/language/parser`, graphql-armor's) resolves as it is.
const sharedGraphql = { find: /^graphql$/, replacement: require.resolve('graphql/index.js') };
// SWC emits the decorator metadata that type-graphql and MikroORM read (esbuild does not).
const decorators = swc.vite({ module: { type: 'es6' }, jsc: { target: 'es2022', transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false } } });

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['packages/*/src/**/*.test.ts', 'apps/api/src/**/*.test.ts', 'apps/web/app/**/*.test.ts', 'test/lint/**/*.test.ts'],
          setupFiles: ['test/support/fail-on-console-error.ts'],
        },
        // `~` is the web app's own alias (apps/web/vite.config.ts), for its pure helpers' tests.
        resolve: { alias: [sharedGraphql, { find: '~', replacement: fileURLToPath(new URL('apps/web/app', import.meta.url)) }] },
        plugins: [decorators],
        esbuild: false,
      },
      {
        test: {
          name: 'api',
          sequence: { groupOrder: 1 },
          include: ['test/api/**/*.test.ts'],
          setupFiles: ['test/support/fail-on-console-error.ts'],
          globalSetup: ['test/support/pglite-template.ts'],
          // Generous: a fresh embedded PostgreSQL per file starts slowly on a busy two-core machine.
          testTimeout: 120_000,
          hookTimeout: 180_000,
          pool: 'forks',
          // The API tests mostly wait on their databases: more files at once than the machine has cores.
          maxWorkers: 3,
        },
        resolve: { alias: [sharedGraphql] },
        plugins: [decorators],
        esbuild: false,
      },
      {
        test: {
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['test/e2e/**/*.test.ts'],
          setupFiles: ['test/support/fail-on-console-error.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          pool: 'forks',
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'topology',
          sequence: { groupOrder: 3 },
          include: ['test/topology/**/*.test.ts'],
          setupFiles: ['test/support/fail-on-console-error.ts'],
          // Its own PostgreSQL, Redis, two built API processes and nginx: slow to start on a busy machine.
          testTimeout: 120_000,
          hookTimeout: 240_000,
          pool: 'forks',
        },
      },
    ],
  },
});
