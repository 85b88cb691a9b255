import type { Context } from '../../context.js';
import { findPage, type PageArgs } from '../../core/connection.js';
import { idOfType } from '../../core/global-id.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { requireSessionViewer } from './accounts.permissions.js';
import type { EndSessionInput } from './account.inputs.js';
import { Session } from './session.entity.js';

/** The viewer's sessions that still work, the newest first. */
export function viewerSessions(context: Context, page: PageArgs) {
  const viewer = requireSessionViewer(context);
  return findPage(
    context.em,
    Session,
    { user: viewer.id, revokedAt: null, expiresAt: { $gt: new Date() } },
    [
      { property: 'createdAt', direction: 'desc' },
      { property: 'id', direction: 'desc' },
    ],
    page,
  );
}

/** Ends one of the viewer's sessions (not the current one: that is signing out), or all the others. */
export async function endSession(context: Context, input: EndSessionInput): Promise<number> {
  const viewer = requireSessionViewer(context);
  const current = context.session!;
  const now = new Date();
  if (input.allOthers) {
    if (input.id) throw new UserErrorException(userError(UserErrorCode.INVALID, { key: 'error.sessionOrAllOthers' }, 'input.id'));
    return context.em.nativeUpdate(Session, { user: viewer.id, revokedAt: null, id: { $ne: current.id } }, { revokedAt: now });
  }
  const id = input.id ? idOfType(input.id, 'Session') : null;
  if (!id) throw new UserErrorException(userError(UserErrorCode.REQUIRED, { key: 'error.sessionRequired' }, 'input.id'));
  if (id === current.id) {
    throw new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, { key: 'error.currentSession' }, 'input.id'));
  }
  // Another person's session id matches nothing, so it is "not found", as if it did not exist.
  const ended = await context.em.nativeUpdate(Session, { id, user: viewer.id, revokedAt: null }, { revokedAt: now });
  if (ended === 0) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.noSuchSession' }, 'input.id'));
  return ended;
}
