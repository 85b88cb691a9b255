import { Link, NavLink, useLocation } from '@remix-run/react';
import type { ReactNode } from 'react';
import { useLocale, useT } from '~/lib/i18n';
import { navigation } from '~/lib/navigation';
import { NotificationBadge } from '~/components/notifications/notification-badge';
import { useViewer } from '~/lib/root-data';
import { ButtonForm } from './form';

function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  return (
    <ButtonForm
      action="/bahasa"
      hidden={{ lang: locale === 'id' ? 'en' : 'id', kembali: `${location.pathname}${location.search}` }}
      className="link-button language-switch"
      reloadDocument
      label={t('language.switchHint')}
    >
      <span lang={locale === 'id' ? 'en' : 'id'}>{t('language.switch')}</span>
    </ButtonForm>
  );
}

function AccountMenu() {
  const t = useT();
  const viewer = useViewer();
  const location = useLocation();
  if (!viewer) {
    const returnTo = `${location.pathname}${location.search}`;
    const signIn = returnTo === '/' || location.pathname === '/masuk' ? '/masuk' : `/masuk?kembali=${encodeURIComponent(returnTo)}`;
    return (
      <ul className="account-menu">
        <li>
          <Link to={signIn}>{t('nav.signIn')}</Link>
        </li>
        <li>
          <Link to="/daftar" className="button button-small">
            {t('nav.register')}
          </Link>
        </li>
      </ul>
    );
  }
  return (
    <ul className="account-menu">
      <li>
        <NotificationBadge />
      </li>
      <li>
        <Link to="/profil" title={t('nav.signedInAs', { name: viewer.displayName })}>
          {viewer.displayName}
        </Link>
      </li>
      <li>
        <ButtonForm action="/keluar" className="link-button">
          {t('nav.signOut')}
        </ButtonForm>
      </li>
    </ul>
  );
}

/** The page frame: skip link, header with navigation, account menu and language switch, main landmark, footer. */
export function SiteLayout({ children }: { children: ReactNode }) {
  const t = useT();
  const viewer = useViewer();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              G
            </span>
            <span className="brand-name">{t('site.name')}</span>
            <span className="brand-tagline">{t('site.tagline')}</span>
          </Link>
          <nav aria-label={t('layout.accountNavigation')} className="header-tools">
            <AccountMenu />
            <LanguageSwitch />
          </nav>
        </div>
        <nav aria-label={t('layout.mainNavigation')} className="main-nav">
          <ul className="container">
            {navigation
              .filter((item) => !item.visibleTo || item.visibleTo(viewer))
              .map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.to === '/'}>
                    {t(item.labelKey)}
                  </NavLink>
                </li>
              ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="container site-main">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container footer-inner">
          <p>{t('footer.about')}</p>
          <ul>
            <li>
              <Link to="/privasi">{t('footer.privacy')}</Link>
            </li>
            <li>
              <a href="/graphiql">{t('footer.api')}</a>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}
