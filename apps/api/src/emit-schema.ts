/** Writes the GraphQL schema to ../../schema.graphql, or with --check fails when the committed file is stale. */
import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from './schema.js';

const schemaFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../schema.graphql');
const printed = `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;

if (process.argv.includes('--check')) {
  const committed = await readFile(schemaFile, 'utf8').catch(() => '');
  if (committed !== printed) {
    console.error('schema.graphql is stale: run `npm run schema:emit -w @gotong/api` and commit it.');
    process.exit(1);
  }
  console.log('schema.graphql is up to date.');
} else {
  await writeFile(schemaFile, printed);
  console.log(`Wrote ${schemaFile}`);
}
