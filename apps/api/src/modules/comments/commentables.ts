import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { fromGlobalId } from '../../core/global-id.js';
import type { UserErrorMessage } from '../../core/user-error.js';

/** What a module declares to make its objects commentable (ideas, discussions; later innovations, proposals, courses). */
export type CommentableRegistration = {
  typeName: string;
  /** The subject if the viewer may see it, else null: comments of a subject the viewer cannot see stay private too. */
  load: (context: Context, id: string) => Promise<object | null>;
  /** Why the viewer may not comment on it now (e.g. a locked thread), or null. */
  refuseComment?: (context: Context, subject: object) => UserErrorMessage | null;
  /** Runs in the comment's transaction, e.g. to mark a thread's last activity. */
  commented?: (em: EntityManager, subjectId: string) => Promise<void>;
  /** Runs after a comment was added, edited or deleted and committed, e.g. to publish a live update of the count. */
  changed?: (context: Context, subjectId: string) => Promise<void>;
};

const registrations = new Map<string, CommentableRegistration>();

export function registerCommentable(registration: CommentableRegistration): void {
  registrations.set(registration.typeName, registration);
}

export function commentableRegistration(typeName: string): CommentableRegistration | undefined {
  return registrations.get(typeName);
}

/** The subject behind a global id, if it is commentable and the viewer may see it. */
export async function findCommentable(
  context: Context,
  globalId: string,
): Promise<{ registration: CommentableRegistration; id: string; subject: object } | null> {
  const parsed = fromGlobalId(globalId);
  const registration = parsed && registrations.get(parsed.typeName);
  if (!parsed || !registration) return null;
  const subject = await registration.load(context, parsed.id);
  return subject ? { registration, id: parsed.id, subject } : null;
}
