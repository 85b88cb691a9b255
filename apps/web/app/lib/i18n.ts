import { Fragment, createElement, type ReactNode } from 'react';
import { useRouteLoaderData } from '@remix-run/react';
import { createTranslator, defaultLocale, type Dictionary, type Locale, type Message, type MessageKey, type MessageValues, type Translate } from '@gotong/messages/format';
import type { loader as rootLoader } from '~/root';
import { formatDay } from './dates';

export type { Locale, Message, MessageKey, MessageValues, Translate };

/**
 * The dictionaries this process holds: both on the server (entry.server.tsx), only the page's language in the
 * browser (entry.client.tsx loads it before hydrating), so a page never ships the other language's messages.
 */
const dictionaries: Partial<Record<Locale, Dictionary>> = {};

export function provideDictionary(locale: Locale, dictionary: Dictionary): void {
  dictionaries[locale] = dictionary;
}

/** False in a browser whose page changed language without a reload (a profile saved in the other language). */
export function hasDictionary(locale: Locale): boolean {
  return dictionaries[locale] !== undefined;
}

function dictionaryOf(locale: Locale): Dictionary {
  const dictionary = dictionaries[locale] ?? dictionaries[defaultLocale] ?? Object.values(dictionaries).find(Boolean);
  if (!dictionary) throw new Error('No message dictionary is loaded: entry.server.tsx and entry.client.tsx provide them.');
  return dictionary;
}

/** The text of a message key in a language, ICU arguments and plurals filled in. */
export function translator(locale: Locale): Translate {
  return createTranslator(locale, dictionaryOf(locale));
}

/**
 * A key built from data (an enum value inside a key, e.g. `moderation.type.${typename}`), for the compiler; at run
 * time an unknown key is shown as it is. Keys written out in full need no such help.
 */
export function dynamicKey(key: string): MessageKey {
  return key as MessageKey;
}

/** Whether a key from outside the code (an address's notice parameter) names a message. */
export function isKnownMessage(key: string): key is MessageKey {
  return Object.hasOwn(dictionaryOf(defaultLocale), key);
}

/** The page's language, decided by the root loader (the lang cookie, else the person's profile, else Indonesian). */
export function useLocale(): Locale {
  return useRouteLoaderData<typeof rootLoader>('root')?.locale ?? defaultLocale;
}

export function useT(): Translate {
  return translator(useLocale());
}

/** Dates as people read them in the page's language, e.g. "28 November 2026", in the zone given (WIB without one). */
export function useFormatDate(): (iso: string, zone?: string | null) => string {
  const locale = useLocale();
  return (iso, zone) => formatDay(locale, iso, zone);
}

/** A message whose {placeholders} are elements (e.g. a link inside a sentence). */
export function withElements(text: string, elements: Record<string, ReactNode>): ReactNode[] {
  return text.split(/\{(\w+)\}/g).map((part, index) => createElement(Fragment, { key: index }, index % 2 === 1 ? (elements[part] ?? part) : part));
}
