import { accounts } from './accounts.js';
import { admin } from './admin.js';
import { common } from './common.js';
import { courses } from './courses.js';
import { emails } from './emails.js';
import { errors } from './errors.js';
import { mergeMessages, type Locale } from './define.js';
import { home } from './home.js';
import { meta } from './meta.js';
import { ideas } from './ideas.js';
import { moderation } from './moderation.js';
import { notifications } from './notifications.js';
import { openData } from './open-data.js';
import { organizations } from './organizations.js';
import { partners } from './partners.js';
import { pipeline } from './pipeline.js';
import { privacy } from './privacy.js';
import { reports } from './reports.js';
import { responses } from './responses.js';
import { search } from './search.js';
import { services } from './services.js';
import { statistics } from './statistics.js';
import { surveys } from './surveys.js';
import { userErrors, validation } from './validation.js';

/** Every feature's messages: a feature adds its file and one line here (a line each, so additions merge cleanly). */
const features = [
  accounts,
  admin,
  common,
  courses,
  emails,
  errors,
  home,
  ideas,
  meta,
  moderation,
  notifications,
  openData,
  organizations,
  partners,
  pipeline,
  privacy,
  reports,
  responses,
  search,
  services,
  statistics,
  surveys,
  userErrors,
  validation,
] as const;

type KeysOf<Feature> = Feature extends { id: infer Indonesian } ? keyof Indonesian : never;

/** A key of the catalogue; `t()` accepts nothing else. */
export type MessageKey = KeysOf<(typeof features)[number]> & string;

/** The messages of one language, key → ICU text. */
export type Dictionary = Readonly<Record<MessageKey, string>>;

const merged = mergeMessages(features);

/** Both languages. Servers (the API, the web's server render) read it; a browser loads only its language's dictionary. */
export const catalogue = merged as unknown as Record<Locale, Dictionary>;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogue.id, key);
}
