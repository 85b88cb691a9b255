import type { LinksFunction, MetaFunction } from '@remix-run/node';
import { useEffect, useState, type ReactElement } from 'react';
import graphiqlStyles from 'graphiql/graphiql.css?url';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.graphiql');

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: graphiqlStyles }];

/**
 * GraphiQL from our own bundle (no CDN: the site may run offline), loaded in the browser only.
 * It talks to /graphql with the browser's session cookie, and runs subscriptions over graphql-ws on the same path.
 */
export default function GraphiQLPage() {
  const t = useT();
  const [editor, setEditor] = useState<ReactElement | null>(null);
  useEffect(() => {
    let cancelled = false;
    void Promise.all([import('graphiql'), import('@graphiql/toolkit')]).then(([{ GraphiQL }, { createGraphiQLFetcher }]) => {
      const socketUrl = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
      const fetcher = createGraphiQLFetcher({ url: '/graphql', subscriptionUrl: socketUrl });
      if (!cancelled) setEditor(<GraphiQL fetcher={fetcher} defaultQuery={'query {\n  viewer {\n    displayName\n  }\n}\n'} />);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return (
    <div className="graphiql-page">
      <h1 className="visually-hidden">{t('graphiql.heading')}</h1>
      <noscript>{t('graphiql.needsJavaScript')}</noscript>
      {editor ?? <p aria-live="polite">{t('graphiql.loading')}</p>}
    </div>
  );
}
