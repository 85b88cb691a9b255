import type { EntityManager } from '@mikro-orm/postgresql';
import { contextOf, type Context, type ContextRequest } from '../../context.js';
import { findVisibleNode } from '../../core/node.js';
import { User } from '../accounts/user.entity.js';

const internalRequest: ContextRequest = { token: null, clientAddress: 'notification', sessionCookie: null };

/**
 * The recipients who may see what a notification is about, by its kind's one visibility rule, checked when the
 * notification is made (its title and excerpt are a copy): a hidden comment, a hidden idea or a draft proposal tells
 * no one who could not open it. What anyone may see is checked once; otherwise each recipient with their own rights.
 */
export async function recipientsWhoMaySee(context: Context, em: EntityManager, about: { typeName: string; id: string }, recipientIds: string[]): Promise<string[]> {
  if (recipientIds.length === 0) return [];
  if (await findVisibleNode(contextOf(context.services, internalRequest, em, null), about.typeName, about.id)) return recipientIds;
  const people = await em.find(User, { id: { $in: recipientIds }, deletedAt: null });
  const allowed = new Set<string>();
  for (const person of people) {
    const theirs = contextOf(context.services, internalRequest, em, { viewer: person, session: null, apiToken: null });
    if (await findVisibleNode(theirs, about.typeName, about.id)) allowed.add(person.id);
  }
  return recipientIds.filter((id) => allowed.has(id));
}
