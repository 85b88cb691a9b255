import type { Locale } from '@gotong/messages/format';
import englishUrl from '@gotong/messages/dictionaries/en.json?url';
import indonesianUrl from '@gotong/messages/dictionaries/id.json?url';

/**
 * Each language's messages as a hashed, cacheable asset: the page preloads its own language (root.tsx) and the
 * browser reads it before hydrating (entry.client.tsx), so it never downloads the other language.
 */
export const dictionaryUrls: Record<Locale, string> = { id: indonesianUrl, en: englishUrl };
