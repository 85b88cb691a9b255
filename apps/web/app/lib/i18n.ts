import { Fragment, createElement, type ReactNode } from 'react';
import { useRouteLoaderData } from '@remix-run/react';
import { defaultLocale, messages, type Locale } from '~/locales';
import type { loader as rootLoader } from '~/root';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The text of a message key in a language, with {placeholders} filled in. An unknown key is shown as it is. */
export function translator(locale: Locale): Translate {
  return (key, values) => {
    const text = messages[locale][key] ?? messages[defaultLocale][key] ?? key;
    return values ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)) : text;
  };
}

/** The page's language, decided by the root loader (the lang cookie, else the person's profile, else Indonesian). */
export function useLocale(): Locale {
  return useRouteLoaderData<typeof rootLoader>('root')?.locale ?? defaultLocale;
}

export function useT(): Translate {
  return translator(useLocale());
}

/** Dates as people read them in the page's language, e.g. "28 November 2026". */
export function useFormatDate(): (iso: string) => string {
  const locale = useLocale();
  const format = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'long', timeZone: 'Asia/Jakarta' });
  return (iso) => format.format(new Date(iso));
}

/** A message whose {placeholders} are elements (e.g. a link inside a sentence). */
export function withElements(text: string, elements: Record<string, ReactNode>): ReactNode[] {
  return text.split(/\{(\w+)\}/g).map((part, index) => createElement(Fragment, { key: index }, index % 2 === 1 ? (elements[part] ?? part) : part));
}
