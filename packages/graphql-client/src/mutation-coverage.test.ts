import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

function filesUnder(directory: string, pattern: RegExp): string[] {
  return readdirSync(path.join(root, directory), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** Every mutation of the API contract. */
function schemaMutations(): string[] {
  return Object.keys(buildSchema(read('schema.graphql')).getMutationType()?.getFields() ?? {}).sort();
}

/** The mutations that the web app's code runs: those of the typed operations whose `…Document` it imports. */
function mutationsUsedByTheWeb(): Map<string, string[]> {
  const webCode = filesUnder('apps/web/app', /\.tsx?$/)
    .filter((file) => !file.endsWith('.test.ts'))
    .map(read)
    .join('\n');
  const used = new Map<string, string[]>();
  for (const file of filesUnder('packages/graphql-client/src/operations', /\.graphql$/)) {
    for (const definition of parse(read(file)).definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'mutation' || !definition.name) continue;
      const documentName = `${definition.name.value}Document`;
      if (!new RegExp(`\\b${documentName}\\b`).test(webCode)) continue;
      for (const selection of (definition as OperationDefinitionNode).selectionSet.selections) {
        if (selection.kind === Kind.FIELD) used.set(selection.name.value, [...(used.get(selection.name.value) ?? []), documentName]);
      }
    }
  }
  return used;
}

/** The README's list of API-only mutations: "- `name`: why" lines under the heading "API-only mutations". */
function apiOnlyMutations(): Map<string, string> {
  const readme = read('README.md');
  const start = readme.indexOf('### API-only mutations');
  expect(start, 'README.md has a section "### API-only mutations"').toBeGreaterThan(-1);
  const section = readme.slice(start).split(/\n#{2,3} /)[0];
  return new Map([...section.matchAll(/^- `(\w+)`:? (.+)$/gm)].map((match) => [match[1], match[2].trim()]));
}

describe('every mutation has a place in the web or a reason not to', () => {
  it('is run by some web operation, or listed in the README as API-only with its reason', () => {
    const used = mutationsUsedByTheWeb();
    const apiOnly = apiOnlyMutations();
    const neither = schemaMutations().filter((name) => !used.has(name) && !apiOnly.has(name));
    expect(neither, 'mutations that no web page uses and that README.md does not list as API-only').toEqual([]);
  });

  it('lists as API-only only mutations that exist and that the web does not use, each with a reason', () => {
    const mutations = new Set(schemaMutations());
    const used = mutationsUsedByTheWeb();
    const stale = [...apiOnlyMutations()].filter(([name, reason]) => !mutations.has(name) || used.has(name) || reason.length < 10).map(([name]) => name);
    expect(stale, 'README.md lists these as API-only, but they are gone, used by the web, or have no reason').toEqual([]);
  });
});
