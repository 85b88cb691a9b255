import { isFeatureMessages, mergeMessages } from './define';

/** Every file in this folder that exports `defineMessages(...)`: a feature adds its file and nothing else. */
const featureModules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./index.ts', '!./define.ts'], { eager: true });

export const messages = mergeMessages(
  Object.keys(featureModules)
    .sort()
    .flatMap((file) => Object.values(featureModules[file]))
    .filter(isFeatureMessages),
);

export type Locale = 'id' | 'en';
export const defaultLocale: Locale = 'id';
export const locales: readonly Locale[] = ['id', 'en'];
