import { AuditEntriesDocument } from '@gotong/graphql-client';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { LogFilter, actorText } from '~/components/admin/log-filter';
import { EmptyState } from '~/components/empty-state';
import { ErrorPage } from '~/components/error-page';
import { Pagination } from '~/components/pagination';
import { periodOf, useFormatDateTime } from '~/lib/dates';
import { graphql } from '~/lib/graphql.server';
import { isKnownMessage, useT } from '~/lib/i18n';
import { requirePlatformAdmin } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.audit');

/** The actions offered in the filter; the log holds others too (shown as they are recorded). */
const knownActions = [
  'organization.verify',
  'organization.unverify',
  'organization.setMemberRole',
  'organization.removeMember',
  'user.grantPlatformRole',
  'user.revokePlatformRole',
  'content.hide',
  'content.restore',
  'comment.delete',
  'privacy.export',
  'privacy.deleteAccount',
] as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePlatformAdmin({ request, context });
  const search = new URL(request.url).searchParams;
  const { auditEntries } = await graphql({ request, context }, AuditEntriesDocument, {
    first: 25,
    after: search.get('setelah'),
    filter: { action: search.get('tindakan')?.trim() || undefined, actorText: actorText(search), ...periodOf(search) },
  });
  return { auditEntries };
}

/** Where the object acted on is shown, for the kinds with a page addressed by id. */
function subjectPath(subjectType: string, subjectId: string): string | null {
  const paths: Record<string, string> = { User: '/pengguna/', Idea: '/gagasan/', Discussion: '/forum/', Innovation: '/inovasi/' };
  return paths[subjectType] ? `${paths[subjectType]}${encodeURIComponent(subjectId)}` : null;
}

export default function AuditLog() {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const [searchParams] = useSearchParams();
  const { auditEntries } = useLoaderData<typeof loader>();
  const known = (key: string, fallback: string) => (isKnownMessage(key) ? t(key) : fallback);
  return (
    <>
      <p className="eyebrow">
        <Link to="/admin">{t('admin.title')}</Link>
      </p>
      <h1>{t('admin.audit.title')}</h1>
      <p className="lead">{t('admin.audit.intro')}</p>
      <LogFilter actorLabel={t('admin.audit.actor')}>
        <label htmlFor="audit-action">{t('admin.audit.action')}</label>
        <select id="audit-action" name="tindakan" defaultValue={searchParams.get('tindakan') ?? ''} key={searchParams.get('tindakan') ?? ''}>
          <option value="">{t('admin.audit.allActions')}</option>
          {knownActions.map((action) => (
            <option key={action} value={action}>
              {t(`audit.action.${action}`)}
            </option>
          ))}
        </select>
      </LogFilter>
      {auditEntries.edges.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">{t('admin.audit.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.audit.when')}</th>
              <th scope="col">{t('admin.audit.who')}</th>
              <th scope="col">{t('admin.audit.what')}</th>
              <th scope="col">{t('admin.audit.subject')}</th>
              <th scope="col">{t('admin.audit.note')}</th>
            </tr>
          </thead>
          <tbody>
            {auditEntries.edges.map(({ node }) => {
              const path = subjectPath(node.subjectType, node.subjectId);
              const subject = known(`audit.subject.${node.subjectType}`, node.subjectType);
              return (
                <tr key={node.id}>
                  <td data-label={t('admin.audit.when')}>{formatDateTime(node.createdAt, null)}</td>
                  <td data-label={t('admin.audit.who')}>
                    {node.actor ? <Link to={`/pengguna/${encodeURIComponent(node.actor.id)}`}>{node.actor.displayName}</Link> : t('admin.audit.system')}
                  </td>
                  <th scope="row" data-label={t('admin.audit.what')}>
                    {known(`audit.action.${node.action}`, node.action)}
                  </th>
                  <td data-label={t('admin.audit.subject')}>{path ? <Link to={path}>{subject}</Link> : subject}</td>
                  <td data-label={t('admin.audit.note')}>{node.note ? known(`role.${node.note}`, node.note) : null}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <EmptyState>{t('admin.audit.empty')}</EmptyState>
      )}
      <Pagination pageInfo={auditEntries.pageInfo} totalCount={auditEntries.totalCount} />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
