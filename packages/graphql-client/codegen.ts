import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed operations for the web app and the tests, from the committed schema and src/operations/*.graphql. */
const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['src/operations/**/*.graphql'],
  generates: {
    'src/generated.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { DateTimeISO: 'string', ID: 'string' },
        skipTypename: true,
      },
    },
  },
};
export default config;
