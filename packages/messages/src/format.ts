import { IntlMessageFormat } from 'intl-messageformat';
import type { Dictionary, MessageKey } from './catalogue.js';
import type { Locale } from './define.js';

export type MessageValues = Record<string, string | number | Date>;

/**
 * A message key with the arguments it was given elsewhere (an API error and its parameters). An argument that is
 * itself a message key (`{ stage: 'stage.TRIAL' }`) is worded in the reader's language too.
 */
export type Message = MessageKey | { key: MessageKey; values?: MessageValues };

/** The text of a message key with its arguments filled in, plural and number forms for the language. */
export type Translate = (message: Message, values?: MessageValues) => string;

/** The language tags that Intl formats with: Indonesian as written in Indonesia, English with day-month dates. */
export const intlLocales: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

const compiledByDictionary = new WeakMap<Dictionary, Map<string, IntlMessageFormat>>();

/** A text ICU gives back as it is (no argument, plural or select, no doubled apostrophe): most messages, never parsed. */
const asWritten = (text: string) => !/[{}]|''/.test(text);

/** The arguments of a message from elsewhere, those that are message keys (a stage, a status) put into words. */
function wordedCodes(dictionary: Dictionary, values: MessageValues | undefined): MessageValues | undefined {
  if (!values) return values;
  const worded: MessageValues = {};
  for (const [name, value] of Object.entries(values)) worded[name] = typeof value === 'string' && Object.hasOwn(dictionary, value) ? dictionary[value as MessageKey] : value;
  return worded;
}

/** A translator over one language's dictionary. Messages are parsed once per dictionary, on first use. */
export function createTranslator(locale: Locale, dictionary: Dictionary): Translate {
  let compiled = compiledByDictionary.get(dictionary);
  if (!compiled) {
    compiled = new Map();
    compiledByDictionary.set(dictionary, compiled);
  }
  const cache = compiled;
  return (message, givenValues) => {
    const key = typeof message === 'string' ? message : message.key;
    const values = typeof message === 'string' ? givenValues : { ...wordedCodes(dictionary, message.values), ...givenValues };
    const text = dictionary[key];
    if (text === undefined) return key;
    if (asWritten(text)) return text;
    let format = cache.get(key);
    if (!format) {
      // ignoreTag: a "<" in a text is a character, not rich-text markup.
      format = new IntlMessageFormat(text, intlLocales[locale], undefined, { ignoreTag: true });
      cache.set(key, format);
    }
    try {
      return String(format.format(values));
    } catch {
      // An argument left out on purpose (withElements fills {placeholders} with elements) keeps the text as written.
      return text;
    }
  };
}

export { defaultLocale, locales, type Locale } from './define.js';
export { formatNumber, formatPercent, formatRupiah } from './numbers.js';
export { notificationSentence, type NotificationFacts } from './notification-sentence.js';
export type { Dictionary, MessageKey } from './catalogue.js';
