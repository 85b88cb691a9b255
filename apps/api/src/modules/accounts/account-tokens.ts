import type { EntityManager } from '@mikro-orm/postgresql';
import { AccountToken, AccountTokenPurpose } from './account-token.entity.js';
import { hashSessionToken, newSessionToken } from './session-token.js';
import type { User } from './user.entity.js';

const hour = 60 * 60 * 1000;
const lifetimeMilliseconds: Record<AccountTokenPurpose, number> = {
  [AccountTokenPurpose.PASSWORD_RESET]: hour,
  [AccountTokenPurpose.EMAIL_CONFIRMATION]: 48 * hour,
  [AccountTokenPurpose.EMAIL_CHANGE]: 24 * hour,
};

/** A new single-use secret for the person (persisted with the caller's flush); earlier ones of the purpose stop working. */
export async function issueAccountToken(em: EntityManager, user: User, purpose: AccountTokenPurpose, newEmail: string | null = null): Promise<string> {
  const now = new Date();
  await em.nativeUpdate(AccountToken, { user, purpose, usedAt: null }, { usedAt: now });
  const secret = newSessionToken();
  em.persist(em.create(AccountToken, { user, purpose, tokenHash: hashSessionToken(secret), expiresAt: new Date(now.getTime() + lifetimeMilliseconds[purpose]), newEmail }));
  return secret;
}

export type RedeemedToken = { userId: string; purpose: AccountTokenPurpose; newEmail: string | null };

/**
 * Uses a token up: one conditional update, so of two requests with the same token only one gets it. A token that is
 * unknown, used, expired, of another purpose or (with `email`) of another account's address is refused with null.
 */
export async function redeemAccountToken(
  em: EntityManager,
  secret: string,
  purposes: readonly AccountTokenPurpose[],
  email?: string,
): Promise<RedeemedToken | null> {
  const now = new Date();
  const rows: { user_id: string; purpose: AccountTokenPurpose; new_email: string | null }[] = await em.execute(
    `update account_tokens t set used_at = ?, updated_at = ?
       from users u
      where u.id = t.user_id and u.deleted_at is null and t.token_hash = ? and t.purpose in (?) and t.used_at is null and t.expires_at > ?
        ${email === undefined ? '' : 'and u.email = ?'}
      returning t.user_id, t.purpose, t.new_email`,
    [now, now, hashSessionToken(secret), [...purposes], now, ...(email === undefined ? [] : [email])],
  );
  const row = rows[0];
  return row ? { userId: row.user_id, purpose: row.purpose, newEmail: row.new_email } : null;
}
