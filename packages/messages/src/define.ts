/** The languages of the interface; Indonesian is the default. */
export type Locale = 'id' | 'en';
export const defaultLocale: Locale = 'id';
export const locales: readonly Locale[] = ['id', 'en'];

export type FeatureMessages = { id: Record<string, string>; en: Record<string, string> };

/**
 * A feature's messages in ICU MessageFormat (`{name}`, `{count, plural, one {# vote} other {# votes}}`):
 * Indonesian first; English must have exactly the same keys (the compiler checks).
 */
export function defineMessages<const Indonesian extends Record<string, string>>(messages: {
  id: Indonesian;
  en: { [Key in keyof Indonesian]: string };
}) {
  return messages;
}

/** One dictionary per language. A key defined by two features is a bug (one would silently hide the other): it stops the build. */
export function mergeMessages(features: readonly FeatureMessages[]): FeatureMessages {
  const merged: FeatureMessages = { id: {}, en: {} };
  for (const feature of features) {
    for (const key of Object.keys(feature.id)) {
      if (key in merged.id) throw new Error(`The message key "${key}" is defined twice in @gotong/messages: prefix it with its feature.`);
    }
    Object.assign(merged.id, feature.id);
    Object.assign(merged.en, feature.en);
  }
  return merged;
}
