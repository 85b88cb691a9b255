import type { FilterQuery } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { viewerHasPlatformRole } from '../../core/authorization.js';
import { findVisibleNode } from '../../core/node.js';
import type { User } from '../accounts/user.entity.js';

/** Content that reports or a moderator can hide: it has a hidden mark. */
export type ModeratableEntity = { id: string; hiddenAt: Date | null };

/** Content written by one person (ideas, discussions, comments): that person answers for it. */
export type AuthoredEntity = ModeratableEntity & { author: User };

type EntityClass<T> = abstract new (...args: never[]) => T;

/**
 * What a module hands over in its index.ts (`moderatable`) for a kind of content that can be reported and hidden;
 * modules.ts registers it. The kind's own visibility rule keeps hidden content from everyone but moderators and
 * those who answer for it (`maySeeModerated`).
 */
export type ModeratableKind<T extends ModeratableEntity = ModeratableEntity> = {
  typeName: string;
  entity: EntityClass<T>;
  /** Relations the queue loads with a page of this kind (its author, what it belongs to). */
  populate: readonly string[];
  /** Its title or first words, for the notifications about it. */
  titleOf(content: T): string;
  /** The person shown as its author in the queue, whom a moderator may suspend; null when there is none. */
  authorOf(content: T): User | null;
  /** The people who answer for it: told when it is hidden, and still seeing it while it is. */
  answerableIds(em: EntityManager, content: T): Promise<string[]>;
  /** The idea, discussion or other content it belongs to, shown beside it in the queue. */
  contextOf?(content: T): { typeName: string; id: string } | null;
  /** Runs after a hide or restore is committed, e.g. to publish a live update. */
  changed?(context: Context, id: string): Promise<void>;
};

/** Types a kind for its module's manifest. */
export function moderatable<T extends ModeratableEntity>(kind: ModeratableKind<T>): ModeratableKind {
  return kind as unknown as ModeratableKind;
}

/** The kinds written by one person: its author answers for it. */
export function authoredModeratable<T extends AuthoredEntity>(
  kind: Omit<ModeratableKind<T>, 'authorOf' | 'answerableIds' | 'populate'> & { populate?: readonly string[] },
): ModeratableKind {
  return moderatable<T>({
    ...kind,
    populate: ['author', ...(kind.populate ?? [])],
    authorOf: (content) => content.author,
    answerableIds: async (_em, content) => [content.author.id],
  });
}

const registrations = new Map<string, ModeratableKind>();

/** Called by modules.ts for every kind a module's manifest lists. */
export function registerModeratable(kind: ModeratableKind): void {
  registrations.set(kind.typeName, kind);
}

export function moderatableRegistration(typeName: string): ModeratableKind | undefined {
  return registrations.get(typeName);
}

export function isModerator(context: Context): boolean {
  return viewerHasPlatformRole(context, 'MODERATOR');
}

/**
 * The moderation part of every kind's visibility rule: visible content is for everyone; hidden content only for
 * moderators and those who answer for it (`answerable`, asked only then).
 */
export async function maySeeModerated(context: Context, content: ModeratableEntity, answerable: () => boolean | Promise<boolean>): Promise<boolean> {
  return !content.hiddenAt || isModerator(context) || (context.viewerId !== null && (await answerable()));
}

/** Whether the viewer sees this authored content: everyone while it is visible; once hidden, only moderators and its author. */
export function canSeeContent(context: Context, content: AuthoredEntity): boolean {
  return !content.hiddenAt || isModerator(context) || content.author.id === context.viewerId;
}

/** The list filter that leaves out hidden authored content, except the viewer's own (and everything for moderators). */
export function visibleContentFilter<T extends AuthoredEntity>(context: Context): FilterQuery<T> {
  if (isModerator(context)) return {} as FilterQuery<T>;
  if (!context.viewerId) return { hiddenAt: null } as FilterQuery<T>;
  return { $or: [{ hiddenAt: null }, { author: context.viewerId }] } as FilterQuery<T>;
}

/**
 * The list filter for content an organisation answers for (innovations, pilot proposals, courses, organisations):
 * hidden items are left out of every list but the moderators'; those who answer for one still open it by its page.
 */
export function unhiddenFilter<T extends ModeratableEntity>(context: Context): FilterQuery<T> {
  return (isModerator(context) ? {} : { hiddenAt: null }) as FilterQuery<T>;
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
  if (!context.viewerId) return { sql: publicContentSql(alias), params: [] };
  return { sql: `(${alias}.hidden_at is null or ${alias}.author_id = ?)`, params: [context.viewerId] };
}
