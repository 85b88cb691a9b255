import { ModerationLogDocument, type ModerationLogDecision } from '@gotong/graphql-client';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { LogFilter, actorText } from '~/components/admin/log-filter';
import { EmptyState } from '~/components/empty-state';
import { ErrorPage } from '~/components/error-page';
import { Pagination } from '~/components/pagination';
import { periodOf, useFormatDateTime } from '~/lib/dates';
import { graphql } from '~/lib/graphql.server';
import { isKnownMessage, useT } from '~/lib/i18n';
import { requireViewer } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.moderationLog');

const decisions: readonly ModerationLogDecision[] = ['HIDE', 'RESTORE', 'SUSPEND'];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireViewer({ request, context });
  const search = new URL(request.url).searchParams;
  // The API refuses anyone but moderators and admins (FORBIDDEN becomes the 403 page).
  const { moderationLog } = await graphql({ request, context }, ModerationLogDocument, {
    first: 25,
    after: search.get('setelah'),
    filter: { decision: decisions.find((decision) => decision === search.get('keputusan')), actorText: actorText(search), ...periodOf(search) },
  });
  return { moderationLog };
}

const contentPaths: Record<string, string> = { Idea: '/gagasan/', Discussion: '/forum/', Innovation: '/inovasi/', Course: '/pelatihan/', PilotProposal: '/usulan-pilot/', User: '/pengguna/' };

export default function ModerationLog() {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const [searchParams] = useSearchParams();
  const { moderationLog } = useLoaderData<typeof loader>();
  const decision = searchParams.get('keputusan') ?? '';
  return (
    <>
      <p className="eyebrow">
        <Link to="/moderasi">{t('nav.moderation')}</Link>
      </p>
      <h1>{t('moderation.log.title')}</h1>
      <p className="lead">{t('moderation.log.intro')}</p>
      <LogFilter actorLabel={t('moderation.log.moderator')}>
        <label htmlFor="log-decision">{t('moderation.log.decision')}</label>
        <select id="log-decision" name="keputusan" defaultValue={decision} key={decision}>
          <option value="">{t('moderation.log.allDecisions')}</option>
          {decisions.map((value) => (
            <option key={value} value={value}>
              {t(`moderation.decision.${value}`)}
            </option>
          ))}
        </select>
      </LogFilter>
      {moderationLog.edges.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">{t('moderation.log.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.audit.when')}</th>
              <th scope="col">{t('moderation.log.decision')}</th>
              <th scope="col">{t('moderation.log.item')}</th>
              <th scope="col">{t('moderation.log.reason')}</th>
              <th scope="col">{t('admin.audit.who')}</th>
            </tr>
          </thead>
          <tbody>
            {moderationLog.edges.map(({ node }) => {
              const kindKey = `audit.subject.${node.subjectType}`;
              const kind = isKnownMessage(kindKey) ? t(kindKey) : node.subjectType;
              return (
                <tr key={node.id}>
                  <td data-label={t('admin.audit.when')}>{formatDateTime(node.createdAt, null)}</td>
                  <th scope="row" data-label={t('moderation.log.decision')}>
                    {t(`moderation.decision.${node.decision}`)}
                  </th>
                  <td data-label={t('moderation.log.item')}>
                    {contentPaths[node.subjectType] ? <Link to={`${contentPaths[node.subjectType]}${encodeURIComponent(node.subjectId)}`}>{kind}</Link> : kind}
                    {node.suspendedUntil ? <> {t('moderation.log.until', { date: formatDateTime(node.suspendedUntil, null) })}</> : null}
                  </td>
                  <td data-label={t('moderation.log.reason')}>{node.automatic ? t('moderation.log.automatic') : node.reason}</td>
                  <td data-label={t('admin.audit.who')}>{node.moderator?.displayName ?? t('admin.audit.system')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <EmptyState>{t('moderation.log.empty')}</EmptyState>
      )}
      <Pagination pageInfo={moderationLog.pageInfo} totalCount={moderationLog.totalCount} />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
