import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The messages of the literal-text rule for a piece of code, as if it were the file at `filePath`. */
async function literalTextProblems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((message) => message.ruleId === 'i18next/no-literal-string').map((message) => code.split('\n')[message.line - 1].trim());
}

// Loading the ESLint config (typescript-eslint) takes seconds on a busy machine.
describe('no literal user-facing text (ADR 027)', { timeout: 60_000 }, () => {
  it('refuses words in JSX and in the attributes people read or hear, on elements and components', async () => {
    const page = [
      "import { Field } from '~/components/field';",
      'export function Probe({ count }: { count: number }) {',
      '  return (',
      '    <div>',
      '      <p>Halo dunia</p>',
      '      <Field name="email" label="Alamat email" />',
      '      <button aria-label="Tutup">×</button>',
      '      <img alt="Logo" src="/logo.png" />',
      '      <input placeholder="Cari gagasan" name="q" />',
      "      {count > 1 ? 'banyak' : 'satu'}",
      '      <Field name="bio" hintText="Singkat saja" />',
      '    </div>',
      '  );',
      '}',
    ].join('\n');
    expect(await literalTextProblems(page, 'apps/web/app/components/probe.tsx')).toEqual([
      '<p>Halo dunia</p>',
      '<Field name="email" label="Alamat email" />',
      '<button aria-label="Tutup">×</button>',
      '<img alt="Logo" src="/logo.png" />',
      '<input placeholder="Cari gagasan" name="q" />',
      "{count > 1 ? 'banyak' : 'satu'}",
      "{count > 1 ? 'banyak' : 'satu'}",
      '<Field name="bio" hintText="Singkat saja" />',
    ]);
  });

  it('lets codes, paths, punctuation, symbols, numbers and acronyms through, and test files', async () => {
    const page = [
      "import { Link } from '@remix-run/react';",
      "import { useT } from '~/lib/i18n';",
      'export function Probe({ count, slug }: { count: number; slug: string }) {',
      '  const t = useT();',
      '  return (',
      '    <form method="post" className="stack">',
      '      <input type="hidden" name="intent" value="vote" autoComplete="off" />',
      '      <Link to="/gagasan" rel="next">{t(\'ideas.title\')}</Link>',
      '      <p>{count} · ✓ → ({count}) —</p>',
      '      <abbr>IKM</abbr>',
      '      <p>/organisasi/{slug}</p>',
      '    </form>',
      '  );',
      '}',
    ].join('\n');
    expect(await literalTextProblems(page, 'apps/web/app/routes/probe.tsx')).toEqual([]);
    expect(await literalTextProblems('export const probe = () => <p>Halo</p>;', 'apps/web/app/components/probe.test.tsx')).toEqual([]);
  });

  it('refuses any text in email composition, and lets kinds, keys, values and paths through', async () => {
    const emails = [
      "import { queueEmail } from '../notifications/queue-email.js';",
      'export function welcome(em: never, user: { email: string; locale: never; displayName: string }, url: string) {',
      "  queueEmail(em, user, 'passwordReset', { name: user.displayName, url: new URL('/atur-ulang-sandi', url).href });",
      "  const greeting = `Halo ${user.displayName},`;",
      "  queueEmail(em, user, 'emailChanged', { name: 'Tim Gotong', address: greeting });",
      '}',
    ].join('\n');
    expect(await literalTextProblems(emails, 'apps/api/src/modules/accounts/probe.emails.ts')).toEqual([
      'const greeting = `Halo ${user.displayName},`;',
      "queueEmail(em, user, 'emailChanged', { name: 'Tim Gotong', address: greeting });",
    ]);
  });
});
