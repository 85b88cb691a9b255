import { RootDataDocument } from '@gotong/graphql-client';
import { data, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node';
import { Links, Meta, Outlet, Scripts, ScrollRestoration } from '@remix-run/react';
import { useEffect, type ReactNode } from 'react';
import { ErrorPage } from '~/components/error-page';
import { SiteLayout } from '~/components/layout';
import { csrfTokenFor } from '~/lib/csrf.server';
import { dictionaryUrls } from '~/lib/dictionaries';
import { graphql } from '~/lib/graphql.server';
import { hasDictionary, useLocale } from '~/lib/i18n';
import { localeOf } from '~/lib/i18n.server';
import { useNonce } from '~/lib/nonce';
import appStyles from '~/styles/app.css?url';
import '~/lib/load-context';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: appStyles },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
  { rel: 'apple-touch-icon', href: '/icons/icon-192.png' },
  { rel: 'manifest', href: '/manifest.webmanifest' },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { viewer } = await graphql({ request, context }, RootDataDocument);
  const unreadNotifications = viewer?.unreadNotificationCount ?? 0;
  const csrf = csrfTokenFor(request, context);
  return data(
    { viewer, unreadNotifications, locale: localeOf(request, viewer?.locale), csrfToken: csrf.token },
    csrf.setCookie ? { headers: { 'Set-Cookie': csrf.setCookie } } : undefined,
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const nonce = useNonce();
  useEffect(() => {
    // The browser holds only its page's language: a page now in the other one loads it with a full reload.
    if (!hasDictionary(locale)) window.location.reload();
  }, [locale]);
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#0b5d4b" />
        <Meta />
        <Links />
        {/* After the stylesheet, which the first paint waits for; before the scripts, which wait for it to hydrate. */}
        <link rel="preload" href={dictionaryUrls[locale]} as="fetch" crossOrigin="anonymous" />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return (
    <SiteLayout>
      <Outlet />
    </SiteLayout>
  );
}

export function ErrorBoundary() {
  return (
    <SiteLayout>
      <ErrorPage />
    </SiteLayout>
  );
}
