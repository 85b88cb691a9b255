import { AccountSecurityDocument } from '@gotong/graphql-client';
import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { graphql } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { requireViewer } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.welcome');

/** Where registration ends: what to do next as a citizen, and as a member of an organisation. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireViewer({ request, context });
  const security = await graphql({ request, context }, AccountSecurityDocument);
  return { name: viewer.displayName, email: viewer.email ?? '', mustConfirm: security.emailConfirmationRequired && !security.viewer?.emailConfirmed };
}

export default function Welcome() {
  const t = useT();
  const { name, email, mustConfirm } = useLoaderData<typeof loader>();
  return (
    <div className="narrow">
      <h1>{t('accounts.welcome.title', { name })}</h1>
      <p className="lead">{t('accounts.welcome.intro')}</p>
      {mustConfirm ? (
        <p className="notice" role="status">
          {t('accounts.welcome.confirmFirst', { email })}
        </p>
      ) : null}
      <section aria-labelledby="citizen-title">
        <h2 id="citizen-title">{t('accounts.welcome.citizenTitle')}</h2>
        <ul>
          <li>
            <Link to="/gagasan/baru">{t('accounts.welcome.citizenIdea')}</Link>
          </li>
          <li>
            <Link to="/gagasan">{t('accounts.welcome.citizenVote')}</Link>
          </li>
          <li>
            <Link to="/survei">{t('accounts.welcome.citizenSurvey')}</Link>
          </li>
          <li>
            <Link to="/pelatihan">{t('accounts.welcome.citizenCourses')}</Link>
          </li>
        </ul>
      </section>
      <section aria-labelledby="member-title">
        <h2 id="member-title">{t('accounts.welcome.memberTitle')}</h2>
        <p>{t('accounts.welcome.memberIntro')}</p>
        <ul>
          <li>
            <Link to="/organisasi/baru">{t('accounts.welcome.memberCreate')}</Link>
          </li>
          <li>{t('accounts.welcome.memberJoin', { email })}</li>
          <li>
            <Link to="/api-mitra">{t('accounts.welcome.memberPartners')}</Link>
          </li>
        </ul>
      </section>
      <p>
        <Link to="/profil" className="button button-secondary">
          {t('accounts.welcome.profile')}
        </Link>
      </p>
    </div>
  );
}
