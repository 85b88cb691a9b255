import { isRouteErrorResponse, Link, useRouteError } from '@remix-run/react';
import { ErrorPage } from '~/components/error-page';
import { useT } from '~/lib/i18n';

/** The institute's pages (editor, enrolments): a refusal says who may open them; other errors are the usual page. */
export function InstitutePageErrorBoundary() {
  const t = useT();
  const error = useRouteError();
  if (!isRouteErrorResponse(error) || error.status !== 403) return <ErrorPage />;
  return (
    <section className="error-page" aria-labelledby="error-title">
      <p className="error-status">403</p>
      <h1 id="error-title">{t('courses.refused.title')}</h1>
      <p>{t('courses.refused.body')}</p>
      <p>
        <Link to="/pelatihan">{t('courses.refused.back')}</Link>
      </p>
    </section>
  );
}
