import type { Context } from '../../context.js';
import { fromGlobalId } from '../../core/global-id.js';

type FollowableRegistration = {
  typeName: string;
  /** The subject if the viewer may see it, else null. */
  load: (context: Context, id: string) => Promise<object | null>;
};

const registrations = new Map<string, FollowableRegistration>();

/** A module declares that people may follow its objects (ideas, discussions, organisations). */
export function registerFollowable(registration: FollowableRegistration): void {
  registrations.set(registration.typeName, registration);
}

export async function findFollowable(context: Context, globalId: string): Promise<{ typeName: string; id: string; subject: object } | null> {
  const parsed = fromGlobalId(globalId);
  const registration = parsed && registrations.get(parsed.typeName);
  if (!parsed || !registration) return null;
  const subject = await registration.load(context, parsed.id);
  return subject ? { typeName: parsed.typeName, id: parsed.id, subject } : null;
}
