import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../apps/api/src/core/config.js';
import { createLogger } from '../../apps/api/src/core/logger.js';
import { startDatabase } from '../../apps/api/src/db/start-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated, empty embedded-PostgreSQL data folder that each test file copies (unset with DATABASE_URL). */
    pgliteTemplate?: string;
  }
}

/**
 * Global setup of the API tests on the embedded PostgreSQL: migrate one data folder once, so that each test file
 * copies it instead of creating and migrating PGlite anew (seconds per file on a busy machine).
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) return;
  const template = await mkdtemp(path.join(tmpdir(), 'gotong-pglite-template-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: template, LOG_LEVEL: 'silent' });
  const database = await startDatabase(config, createLogger('silent'));
  await database.stop();
  project.provide('pgliteTemplate', template);
  return () => rm(template, { recursive: true, force: true });
}
