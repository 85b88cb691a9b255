import { catalogue } from './catalogue.js';
import type { Locale } from './define.js';
import { createTranslator, type Translate } from './format.js';

export { catalogue, isMessageKey, type Dictionary, type MessageKey } from './catalogue.js';
export { defaultLocale, defineMessages, locales, type Locale } from './define.js';
export { createTranslator, intlLocales, type Message, type MessageValues, type Translate } from './format.js';
export { formatNumber, formatPercent, formatRupiah } from './numbers.js';
export { notificationSentence, type NotificationFacts } from './notification-sentence.js';

/** A translator for a server (the API's emails and errors, the web's server render). */
export function translatorFor(locale: Locale): Translate {
  return createTranslator(locale, catalogue[locale]);
}
