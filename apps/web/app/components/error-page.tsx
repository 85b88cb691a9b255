import { isRouteErrorResponse, Link, useRouteError } from '@remix-run/react';
import { dynamicKey, useT } from '~/lib/i18n';

function messageKeysFor(status: number | undefined, data: unknown): string {
  // An action's refusal (forms.server.ts) names what was wrong with the request.
  const refusal = typeof data === 'object' && data !== null && 'refusal' in data ? data.refusal : undefined;
  if (typeof refusal === 'string') return `error.${refusal}`;
  if (status === 400) return 'error.badRequest';
  if (status === 404) return 'error.notFound';
  if (status === 403) return 'error.forbidden';
  if (status === 429) return 'error.tooMany';
  return 'error.unexpected';
}

/** What every route's ErrorBoundary shows: 404, 403, a refused form (from loaders and actions) or an unexpected error. */
export function ErrorPage() {
  const t = useT();
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : undefined;
  const keys = messageKeysFor(status, isRouteErrorResponse(error) ? error.data : undefined);
  return (
    <section className="error-page" aria-labelledby="error-title">
      {status ? <p className="error-status">{status}</p> : null}
      <h1 id="error-title">{t(dynamicKey(`${keys}.title`))}</h1>
      <p>{t(dynamicKey(`${keys}.body`))}</p>
      <p>
        <Link to="/">{t('error.backHome')}</Link>
      </p>
    </section>
  );
}
