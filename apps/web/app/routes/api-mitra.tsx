import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useT, withElements } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.partnerApi');

/** The examples use this site's own address, so they work when copied as they are. */
export function loader({ request }: LoaderFunctionArgs) {
  const origin = new URL(request.url).origin;
  const query = '{ viewer { displayName } ideas(first: 3, orderBy: NEW) { edges { node { title voteCount } } } }';
  const curl = [
    `curl -s ${origin}/graphql \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -H "Authorization: Bearer $GOTONG_TOKEN" \\`,
    `  -d '${JSON.stringify({ query })}'`,
  ].join('\n');
  const subscription = [
    `import { createClient } from 'graphql-ws';`,
    ``,
    `const client = createClient({ url: '${origin.replace(/^http/, 'ws')}/graphql', connectionParams: { token: process.env.GOTONG_TOKEN } });`,
    `client.subscribe({ query: 'subscription ($id: ID!) { ideaChanged(id: $id) { id voteCount status } }', variables: { id: ideaId } }, {`,
    `  next: (event) => console.log(event.data),`,
    `  error: console.error,`,
    `  complete: () => {},`,
    `});`,
  ].join('\n');
  return { origin, curl, subscription };
}

export default function PartnerApi() {
  const t = useT();
  const { origin, curl, subscription } = useLoaderData<typeof loader>();
  return (
    <article className="narrow">
      <h1>{t('partnerApi.title')}</h1>
      <p className="lead">{t('partnerApi.intro')}</p>
      <h2>{t('partnerApi.tokensTitle')}</h2>
      <p>{withElements(t('partnerApi.tokens'), { page: <Link to="/profil/token-api">{t('partnerApi.tokensPage')}</Link> })}</p>
      <h2>{t('partnerApi.endpointTitle')}</h2>
      <p>{t('partnerApi.endpoint')}</p>
      <p>
        <code>{`${origin}/graphql`}</code>
      </p>
      <pre className="code-block" tabIndex={0}>
        <code>{curl}</code>
      </pre>
      <h2>{t('partnerApi.graphiqlTitle')}</h2>
      <p>{withElements(t('partnerApi.graphiql'), { graphiql: <a href="/graphiql">/graphiql</a> })}</p>
      <h2>{t('partnerApi.subscriptionsTitle')}</h2>
      <p>{t('partnerApi.subscriptions')}</p>
      <pre className="code-block" tabIndex={0}>
        <code>{subscription}</code>
      </pre>
      <h2>{t('partnerApi.rulesTitle')}</h2>
      <p>{t('partnerApi.rules')}</p>
    </article>
  );
}
