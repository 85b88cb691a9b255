import { Link, useLocation } from '@remix-run/react';
import { useT } from '~/lib/i18n';

type PageInfo = { hasNextPage: boolean; endCursor: string | null };

/** "Next page" as a plain link (keyset cursors move forward; the first page is one link away). */
export function Pagination({ pageInfo, totalCount, parameter = 'setelah' }: { pageInfo: PageInfo; totalCount?: number; parameter?: string }) {
  const t = useT();
  const location = useLocation();
  const search = new URLSearchParams(location.search);
  const onLaterPage = search.has(parameter);
  const linkWith = (cursor: string | null) => {
    const next = new URLSearchParams(search);
    if (cursor) next.set(parameter, cursor);
    else next.delete(parameter);
    const query = next.toString();
    return query ? `${location.pathname}?${query}` : location.pathname;
  };
  if (!pageInfo.hasNextPage && !onLaterPage && totalCount === undefined) return null;
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      {totalCount !== undefined ? <p className="pagination-total">{t('pagination.total', { count: totalCount })}</p> : null}
      <ul>
        {onLaterPage ? (
          <li>
            <Link to={linkWith(null)}>{t('pagination.first')}</Link>
          </li>
        ) : null}
        {pageInfo.hasNextPage && pageInfo.endCursor ? (
          <li>
            <Link to={linkWith(pageInfo.endCursor)} rel="next">
              {t('pagination.next')} <span aria-hidden="true">→</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
