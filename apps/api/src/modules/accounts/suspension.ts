import { intlLocales, type Locale } from '@gotong/messages';
import { UserErrorCode, userError } from '../../core/user-error.js';
import type { User } from './user.entity.js';

/** A person's suspension while it lasts (see modules/moderation/suspend-account.ts), else null: it ends on its own. */
export function activeSuspension(user: Pick<User, 'suspendedUntil' | 'suspensionReason'>, now = new Date()): { until: Date; reason: string } | null {
  if (!user.suspendedUntil || new Date(user.suspendedUntil).getTime() <= now.getTime()) return null;
  return { until: new Date(user.suspendedUntil), reason: user.suspensionReason ?? '' };
}

/** A suspension's end as people read it: in Jakarta time (the platform's own zone), with "WIB". */
export function suspensionEnd(until: Date, locale: Locale): string {
  return `${new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(until)} WIB`;
}

/** The refusal of a suspended person's sign-in, with its end (also as `untilIso` for clients to format) and reason. */
export function suspendedError(suspension: { until: Date; reason: string }, field: string) {
  return userError(
    UserErrorCode.ACCOUNT_SUSPENDED,
    { key: 'moderation.suspended.refused', params: { until: suspensionEnd(suspension.until, 'en'), untilIso: suspension.until.toISOString(), reason: suspension.reason } },
    field,
  );
}
