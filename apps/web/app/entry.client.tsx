import type { Dictionary, Locale } from '@gotong/messages/format';
import { RemixBrowser } from '@remix-run/react';
import { startTransition, StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { dictionaryUrls } from '~/lib/dictionaries';
import { provideDictionary } from '~/lib/i18n';

const locale: Locale = document.documentElement.lang === 'en' ? 'en' : 'id';

// The page's language only (preloaded in the head, so this costs no extra round trip).
void fetch(dictionaryUrls[locale])
  .then((response) => response.json() as Promise<Dictionary>)
  .then((dictionary) => {
    provideDictionary(locale, dictionary);
    startTransition(() => {
      hydrateRoot(
        document,
        <StrictMode>
          <RemixBrowser />
        </StrictMode>,
      );
    });
  });
