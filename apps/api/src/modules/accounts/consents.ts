import type { OptionalConsentPurpose } from '@gotong/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { Consent } from './consent.entity.js';

export type ConsentState = { purpose: OptionalConsentPurpose; given: boolean; givenAt: Date | null; withdrawnAt: Date | null; policyVersion: string | null };

/** The ledger's latest entry for each purpose; a purpose never agreed to is not given. */
export async function consentStates(em: EntityManager, userId: string, purposes: readonly OptionalConsentPurpose[]): Promise<ConsentState[]> {
  const entries = await em.find(Consent, { user: userId, purpose: { $in: [...purposes] } }, { orderBy: { givenAt: 'desc', createdAt: 'desc' } });
  return purposes.map((purpose) => {
    const latest = entries.find((entry) => entry.purpose === purpose);
    return {
      purpose,
      given: Boolean(latest && !latest.withdrawnAt),
      givenAt: latest?.givenAt ?? null,
      withdrawnAt: latest?.withdrawnAt ?? null,
      policyVersion: latest?.policyVersion ?? null,
    };
  });
}

type WithdrawalHook = (em: EntityManager, userId: string) => Promise<void>;
const withdrawalHooks = new Map<OptionalConsentPurpose, WithdrawalHook[]>();

/** What a module stops doing when a person withdraws a consent (e.g. notifications stop emailing). */
export function onConsentWithdrawn(purpose: OptionalConsentPurpose, hook: WithdrawalHook): void {
  withdrawalHooks.set(purpose, [...(withdrawalHooks.get(purpose) ?? []), hook]);
}

/**
 * Gives or withdraws one optional consent. The ledger keeps every entry (UU 27/2022 asks for proof): giving adds one
 * with the policy version and the time, withdrawing stamps the open one. Doing what is already so changes nothing.
 */
export async function recordConsent(context: Context, userId: string, purpose: OptionalConsentPurpose, given: boolean): Promise<void> {
  const { em } = context;
  const now = new Date();
  const open = await em.findOne(Consent, { user: userId, purpose, withdrawnAt: null });
  if (given && !open) {
    em.create(Consent, { user: userId, purpose, policyVersion: context.services.config.privacyPolicyVersion, givenAt: now });
  } else if (!given && open) {
    open.withdrawnAt = now;
    for (const hook of withdrawalHooks.get(purpose) ?? []) await hook(em, userId);
  }
  await em.flush();
}

/** Whether each person has given the consent, one query for all those an operation asks about. */
export function consentGivenLoader(context: Context, purpose: OptionalConsentPurpose): DataLoader<string, boolean> {
  return context.sharedLoader(`consent-given:${purpose}`, () =>
    new DataLoader<string, boolean>(async (userIds) => {
      const rows: { user_id: string }[] = await context.em.execute(
        `select distinct user_id from consents where purpose = ? and withdrawn_at is null and user_id in (?)`,
        [purpose, [...userIds]],
      );
      const given = new Set(rows.map((row) => row.user_id));
      return userIds.map((id) => given.has(id));
    }),
  );
}
