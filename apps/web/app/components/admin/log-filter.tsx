import { Form, Link, useLocation, useSearchParams } from '@remix-run/react';
import type { ReactNode } from 'react';
import { useT } from '~/lib/i18n';

/**
 * The filter bar of a log: the log's own condition (`children`), who acted ("pelaku") and a period of days ("dari",
 * "sampai", read in WIB by lib/dates periodOf). A GET form: filters live in the address and work without JavaScript.
 */
export function LogFilter({ actorLabel, children }: { actorLabel: string; children: ReactNode }) {
  const t = useT();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const value = (name: string) => searchParams.get(name) ?? '';
  return (
    <Form method="get" className="filter-bar" aria-label={t('admin.audit.filter')}>
      {children}
      <label htmlFor="log-actor">{actorLabel}</label>
      <input id="log-actor" name="pelaku" type="search" defaultValue={value('pelaku')} key={`actor-${value('pelaku')}`} />
      <label htmlFor="log-from">{t('admin.audit.from')}</label>
      <input id="log-from" name="dari" type="date" defaultValue={value('dari')} key={`from-${value('dari')}`} />
      <label htmlFor="log-to">{t('admin.audit.to')}</label>
      <input id="log-to" name="sampai" type="date" defaultValue={value('sampai')} key={`to-${value('sampai')}`} />
      <button type="submit" className="button button-secondary">
        {t('admin.audit.filter')}
      </button>
      {searchParams.size > 0 ? <Link to={location.pathname}>{t('admin.audit.reset')}</Link> : null}
    </Form>
  );
}

/** The actor typed into the filter bar, as the API's `actorText`. */
export function actorText(search: URLSearchParams): string | undefined {
  return search.get('pelaku')?.trim() || undefined;
}
