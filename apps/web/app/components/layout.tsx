import { Link, NavLink, useLocation } from '@remix-run/react';
import { useEffect, useRef, type ReactNode } from 'react';
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

/** The main navigation's links (the role-restricted ones only for their roles). */
function MainLinks() {
  const t = useT();
  const viewer = useViewer();
  return (
    <ul>
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
  );
}

/**
 * The small screens' menu: a disclosure (works without JavaScript) holding the navigation, the account and the
 * language. It closes itself when the page changes.
 */
function CompactMenu() {
  const t = useT();
  const location = useLocation();
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    menu.current?.removeAttribute('open');
  }, [location.pathname, location.search]);
  return (
    <details className="compact-menu" ref={menu}>
      <summary className="compact-menu-button">
        <span className="menu-icon" aria-hidden="true" />
        {t('layout.menu')}
      </summary>
      <div className="compact-menu-panel">
        <nav aria-label={t('layout.mainNavigation')} className="compact-nav">
          <MainLinks />
        </nav>
        <nav aria-label={t('layout.accountNavigation')} className="compact-account">
          <AccountMenu />
          <LanguageSwitch />
        </nav>
      </div>
    </details>
  );
}

/**
 * The page frame: skip link, header, main landmark, footer. Wide screens show the navigation, account and language
 * in the header; small ones fold them into one menu button (CSS shows one or the other, never both).
 */
export function SiteLayout({ children }: { children: ReactNode }) {
  const t = useT();
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
          <div className="header-end">
            <NotificationBadge />
            <nav aria-label={t('layout.accountNavigation')} className="header-tools wide-only">
              <AccountMenu />
              <LanguageSwitch />
            </nav>
            <CompactMenu />
          </div>
        </div>
        <nav aria-label={t('layout.mainNavigation')} className="main-nav wide-only">
          <div className="container">
            <MainLinks />
          </div>
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
              <Link to="/data-terbuka">{t('openData.nav')}</Link>
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
