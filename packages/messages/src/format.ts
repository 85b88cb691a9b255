import { IntlMessageFormat } from 'intl-messageformat';
import type { Dictionary, MessageKey } from './catalogue.js';
import type { Locale } from './define.js';

export type MessageValues = Record<string, string | number | Date>;

/** The text of a message key with its arguments filled in, plural and number forms for the language. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** The language tags that Intl formats with: Indonesian as written in Indonesia, English with day-month dates. */
export const intlLocales: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

const compiledByDictionary = new WeakMap<Dictionary, Map<string, IntlMessageFormat>>();

/** A translator over one language's dictionary. Messages are parsed once per dictionary, on first use. */
export function createTranslator(locale: Locale, dictionary: Dictionary): Translate {
  let compiled = compiledByDictionary.get(dictionary);
  if (!compiled) {
    compiled = new Map();
    compiledByDictionary.set(dictionary, compiled);
  }
  const cache = compiled;
  return (key, values) => {
    const text = dictionary[key];
    if (text === undefined) return key;
    let message = cache.get(key);
    if (!message) {
      // ignoreTag: a "<" in a text is a character, not rich-text markup.
      message = new IntlMessageFormat(text, intlLocales[locale], undefined, { ignoreTag: true });
      cache.set(key, message);
    }
    if (!values && message.getAst().every((element) => element.type === 0)) return text;
    try {
      return String(message.format(values));
    } catch {
      // An argument left out on purpose (withElements fills {placeholders} with elements) keeps the text as written.
      return text;
    }
  };
}

export { defaultLocale, locales, type Locale } from './define.js';
export type { Dictionary, MessageKey } from './catalogue.js';
