import { moderationReason } from '@gotong/domain';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { requirePlatformRole } from '../../core/authorization.js';
import { validateInput } from '../../core/validation.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Discussion } from './discussion.entity.js';
import type { ModerateDiscussionInput } from './discussion.type.js';
import { findDiscussionInput } from './find-discussion.js';

const reasonSchema = z.object({ reason: moderationReason });

/** Moderators pin a thread (listed first) or lock it (no new comments), with the reason kept in the audit log. */
export async function moderateDiscussion(context: Context, input: ModerateDiscussionInput): Promise<Discussion> {
  const moderator = requirePlatformRole(context, 'MODERATOR');
  const discussion = await findDiscussionInput(context, input.discussionId, 'input.discussionId');
  const { reason } = validateInput(reasonSchema, { reason: input.reason });
  const changes: string[] = [];
  if (input.pinned !== undefined && input.pinned !== null && input.pinned !== discussion.pinned) {
    discussion.pinned = input.pinned;
    changes.push(input.pinned ? 'pin' : 'unpin');
  }
  if (input.locked !== undefined && input.locked !== null && input.locked !== Boolean(discussion.lockedAt)) {
    discussion.lockedAt = input.locked ? new Date() : null;
    changes.push(input.locked ? 'lock' : 'unlock');
  }
  for (const change of changes) {
    recordAudit(context.em, { actor: moderator, action: `discussion.${change}`, subjectType: 'Discussion', subjectId: discussion.id, note: reason });
  }
  await context.em.flush();
  return discussion;
}
