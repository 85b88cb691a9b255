import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import tseslint from 'typescript-eslint';

/** Attributes whose value is read or heard: HTML's and ARIA's own, and components' props named like them (hintText, emptyMessage). */
const userFacingAttribute =
  '(?:(alt|title|placeholder|label|aria-(label|description|roledescription|valuetext|placeholder)|hint|message|description|heading|caption|summary|legend|text|content)|[a-z]\\w*(Label|Title|Text|Hint|Message|Description|Heading|Caption|Summary|Placeholder))';

/** Strings that are no words: digits, punctuation and symbols (✓, →, ·) and spaces; HTML entities; acronyms (IKM, KPI); paths. */
const allowedWords = [/^[\p{N}\p{P}\p{S}\s]+$/u, /^&#?\w+;$/, '[A-Z_-]+', /^\/[\w./-]*$/];

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '.cache/**', 'test-results/**', '**/dist/**', '**/build/**', '**/.turbo/**', '**/.data/**', 'packages/graphql-client/src/generated.ts', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['**/emit-schema.ts', '**/create-migration.ts', 'bench/**', '.ci/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
  // User-facing text comes from the catalogue (packages/messages); see docs/decisions/027-no-literal-text.md.
  {
    files: ['apps/web/app/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          message: 'User-facing text comes from the catalogue (packages/messages): use t()',
          // Text in JSX is checked; of the attributes, only those people read or hear (codes such as name, to, intent pass).
          'jsx-attributes': { include: [userFacingAttribute] },
          words: { exclude: [...allowedWords] },
        },
      ],
    },
  },
  {
    // Email composition (`<module>.emails.ts`): every string is refused but message keys, email kinds, paths and symbols.
    files: ['apps/api/src/**/*.emails.ts'],
    ignores: ['**/*.test.ts'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'all',
          'should-validate-template': true,
          message: 'Email text comes from the catalogue (packages/messages/src/emails.ts): pass a kind and values to queueEmail',
          words: { exclude: [...allowedWords, /^[a-z]+(?:[A-Z][a-z0-9]*)*$/, /^[a-z]\w*(?:\.\w+)+$/] },
        },
      ],
    },
  },
);
