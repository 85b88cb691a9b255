import type { FilterQuery } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { hasPlatformRole } from '../../core/authorization.js';
import { findVisibleNode } from '../../core/node.js';
import type { User } from '../accounts/user.entity.js';

/** Content a moderator can hide: it has an author and a hidden mark. */
export type ModeratableEntity = { id: string; hiddenAt: Date | null; author: User };

type ModeratableRegistration = {
  typeName: string;
  entity: abstract new (...args: never[]) => ModeratableEntity;
  /** Runs after a hide or restore is committed, e.g. to publish a live update. */
  changed?: (context: Context, id: string) => Promise<void>;
};

const registrations = new Map<string, ModeratableRegistration>();

/** A module declares that its content can be reported and hidden (ideas, discussions, comments). */
export function registerModeratable(registration: ModeratableRegistration): void {
  registrations.set(registration.typeName, registration);
}

export function moderatableRegistration(typeName: string): ModeratableRegistration | undefined {
  return registrations.get(typeName);
}

export function isModerator(context: Context): boolean {
  return hasPlatformRole(context.viewer, 'MODERATOR');
}

/** Whether the viewer sees this content: everyone while it is visible; once hidden, only moderators and its author. */
export function canSeeContent(context: Context, content: ModeratableEntity): boolean {
  return !content.hiddenAt || isModerator(context) || content.author.id === context.viewer?.id;
}

/** The list filter that leaves out hidden content, except the viewer's own (and everything for moderators). */
export function visibleContentFilter<T extends ModeratableEntity>(context: Context): FilterQuery<T> {
  if (isModerator(context)) return {} as FilterQuery<T>;
  if (!context.viewer) return { hiddenAt: null } as FilterQuery<T>;
  return { $or: [{ hiddenAt: null }, { author: context.viewer.id }] } as FilterQuery<T>;
}

/**
 * Loads one piece of moderatable content by type and id, if the viewer may see it by its kind's rule (a comment is
 * also as private as what it is on): being hidden is not the only reason to keep something from a person.
 */
export async function findVisibleContent(context: Context, typeName: string, id: string): Promise<ModeratableEntity | null> {
  if (!registrations.has(typeName)) return null;
  return (await findVisibleNode(context, typeName, id)) as ModeratableEntity | null;
}

/** What everyone sees of moderatable content (the rule for someone signed out), as an SQL condition on `alias`. */
export function publicContentSql(alias: string): string {
  return `${alias}.hidden_at is null`;
}

/** visibleContentFilter as an SQL condition on the table under `alias`, for hand-written list queries. */
export function visibleContentSql(context: Context, alias: string): { sql: string; params: unknown[] } {
  if (isModerator(context)) return { sql: 'true', params: [] };
  if (!context.viewer) return { sql: publicContentSql(alias), params: [] };
  return { sql: `(${alias}.hidden_at is null or ${alias}.author_id = ?)`, params: [context.viewer.id] };
}
