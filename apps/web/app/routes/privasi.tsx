import type { MetaFunction } from '@remix-run/node';
import { Link } from '@remix-run/react';
import { useFormatDate, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.privacy');

/** The version people consent to when they register; the API records it (PRIVACY_POLICY_VERSION). */
const policyVersion = '2026-11-01';
const dataProtectionOfficerEmail = 'dpo@gotong.id';

export default function Privacy() {
  const t = useT();
  const formatDate = useFormatDate();
  return (
    <article className="prose narrow" aria-labelledby="privacy-title">
      <h1 id="privacy-title">{t('privacy.title')}</h1>
      <p className="meta">{t('privacy.version', { version: formatDate(policyVersion) })}</p>
      <p className="lead">{t('privacy.intro')}</p>
      <h2>{t('privacy.data.title')}</h2>
      <ul>
        <li>{t('privacy.data.account')}</li>
        <li>{t('privacy.data.sessions')}</li>
        <li>{t('privacy.data.contributions')}</li>
        <li>{t('privacy.data.audit')}</li>
        <li>{t('privacy.data.consent')}</li>
      </ul>
      <h2>{t('privacy.purpose.title')}</h2>
      <p>{t('privacy.purpose.body')}</p>
      <h2>{t('privacy.retention.title')}</h2>
      <p>{t('privacy.retention.body')}</p>
      <h2>{t('privacy.rights.title')}</h2>
      <p>{t('privacy.rights.body')}</p>
      <p>
        <Link to="/profil">{t('privacy.rights.selfService')}</Link>
      </p>
      <h2>{t('privacy.officer.title')}</h2>
      <p>{t('privacy.officer.body')}</p>
      <address>
        {t('privacy.officer.name')}
        <br />
        <a href={`mailto:${dataProtectionOfficerEmail}`}>{dataProtectionOfficerEmail}</a>
      </address>
    </article>
  );
}
