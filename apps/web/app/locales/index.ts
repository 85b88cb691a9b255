import { accounts } from './accounts';
import { common } from './common';
import { home } from './home';
import { ideas } from './ideas';
import { notifications } from './notifications';
import { organizations } from './organizations';
import { pipeline } from './pipeline';
import { privacy } from './privacy';
import { services } from './services';
import { userErrors, validation } from './validation';

/** Every feature's messages; a feature adds its file and one entry to this list. */
const features = [common, validation, userErrors, accounts, home, organizations, services, privacy, notifications, ideas, pipeline];

export const messages = {
  id: Object.assign({}, ...features.map((feature) => feature.id)) as Record<string, string>,
  en: Object.assign({}, ...features.map((feature) => feature.en)) as Record<string, string>,
};

export type Locale = keyof typeof messages;
export const defaultLocale: Locale = 'id';
export const locales: readonly Locale[] = ['id', 'en'];
