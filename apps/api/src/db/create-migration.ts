/**
 * Writes a migration for what the entities declare beyond the committed migrations:
 * applies them to a scratch embedded database, diffs, writes src/db/migrations/<name>.ts and lists it.
 * Usage: npm run migration:create -w @gotong/api -- <short-name>
 */
import 'reflect-metadata';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { migrate } from './migrate.js';
import { ormConfig } from './orm-config.js';

const shortName = (process.argv[2] ?? 'change').replace(/[^a-zA-Z0-9]+/g, '_');
const migrationsDirectory = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const scratch = await mkdtemp(path.join(tmpdir(), 'gotong-migration-'));
const database = await startEmbeddedPostgres(scratch);
const orm = await MikroORM.init(ormConfig({ clientUrl: database.clientUrl, poolSize: 1 }));
try {
  await migrate(orm);
  const diff = await orm.getMigrator().createMigration(migrationsDirectory, false, false, shortName);
  if (!diff.fileName) {
    console.log('No changes: the migrations already match the entities.');
  } else {
    const className = diff.fileName.replace(/\.ts$/, '');
    const indexFile = path.join(migrationsDirectory, 'index.ts');
    const index = await readFile(indexFile, 'utf8');
    const withImport = index.replace(
      /(import type \{ MigrationObject \} from '@mikro-orm\/core';\n)/,
      `$1import { ${className.replace(/[^A-Za-z0-9_]/g, '_')} } from './${className}.js';\n`,
    );
    await writeFile(
      indexFile,
      withImport.replace(/\n?\];\s*$/, `\n  { name: '${className}', class: ${className.replace(/[^A-Za-z0-9_]/g, '_')} },\n];\n`),
    );
    console.log(`Wrote ${diff.fileName}; run it with npm start or the tests.`);
  }
} finally {
  await orm.close();
  await database.stop();
  await rm(scratch, { recursive: true, force: true });
}
