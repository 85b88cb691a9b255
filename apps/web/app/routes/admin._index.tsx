import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link } from '@remix-run/react';
import { ErrorPage } from '~/components/error-page';
import { useT, type MessageKey } from '~/lib/i18n';
import { requirePlatformAdmin } from '~/lib/viewer.server';

export const meta: MetaFunction = () => [{ title: 'Administrasi · Gotong' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePlatformAdmin({ request, context });
  return null;
}

const pages: { to: string; title: MessageKey; hint: MessageKey }[] = [
  { to: '/admin/verifikasi', title: 'admin.verification', hint: 'admin.verificationHint' },
  { to: '/admin/peran', title: 'admin.roles', hint: 'admin.rolesHint' },
  { to: '/admin/audit', title: 'admin.audit', hint: 'admin.auditHint' },
  { to: '/moderasi/log', title: 'admin.moderationLog', hint: 'admin.moderationLogHint' },
];

export default function AdministrationHome() {
  const t = useT();
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <p className="lead">{t('admin.intro')}</p>
      <ul className="card-list">
        {pages.map((page) => (
          <li key={page.to} className="card">
            <h2 className="card-title">
              <Link to={page.to}>{t(page.title)}</Link>
            </h2>
            <p className="card-text">{t(page.hint)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
