import type { MetaDescriptor } from '@remix-run/node';
import { defaultLocale, type Locale } from '@gotong/messages/format';
import { translator, type Message } from './i18n';

type Match = { id: string; data: unknown };

/**
 * A page's <title> ("… · Gotong") and meta description in the page's language (the root loader's), from catalogue
 * messages: every route's `meta` is `pageMeta(matches, title, description?)`.
 */
export function pageMeta(matches: readonly Match[], title: Message, description: Message = 'meta.description'): MetaDescriptor[] {
  const root = matches.find((match) => match.id === 'root')?.data as { locale?: Locale } | undefined;
  const t = translator(root?.locale ?? defaultLocale);
  return [{ title: t('meta.title', { page: t(title) }) }, { name: 'description', content: t(description) }];
}
