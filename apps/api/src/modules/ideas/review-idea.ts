import { decisionReason, isIdeaReviewable } from '@gotong/domain';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { publish } from '../../core/events.js';
import { Topic } from '../../core/pubsub.js';
import { UserErrorCode, UserErrorException, userError, type UserErrorMessage } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { recordAudit } from '../audit/record-audit.js';
import { findIdeaInput } from './find-idea.js';
import type { Idea } from './idea.entity.js';
import { IdeaReviewStatus, type ReviewIdeaInput } from './idea.type.js';
import { authorize } from './ideas.permissions.js';
import { lockIdeas, refreshCounters } from './lock-idea.js';
import { mergeIdeaVotes } from './merge-idea-votes.js';

const notNow = (message: UserErrorMessage, field: string) => new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, message, field));

const reasonSchema = z.object({ reason: decisionReason });
const optionalReasonSchema = z.object({ reason: decisionReason.optional() });

async function findMergeTarget(context: Context, idea: Idea, input: ReviewIdeaInput): Promise<Idea> {
  if (!input.mergeIntoId) throw new UserErrorException(userError(UserErrorCode.REQUIRED, { key: 'error.mergeTargetRequired' }, 'input.mergeIntoId'));
  const target = await findIdeaInput(context, input.mergeIntoId, 'input.mergeIntoId');
  if (target.id === idea.id) throw new UserErrorException(userError(UserErrorCode.INVALID, { key: 'error.mergeIntoItself' }, 'input.mergeIntoId'));
  if (target.status === 'MERGED' || target.status === 'DECLINED') throw notNow({ key: 'error.mergeTargetClosed' }, 'input.mergeIntoId');
  return target;
}

/** The addressed agency's officers (or platform admins) take an idea under review, decline it with a reason, or merge a duplicate. */
export async function reviewIdea(context: Context, input: ReviewIdeaInput): Promise<Idea> {
  const reviewer = requireViewer(context);
  const idea = await findIdeaInput(context, input.ideaId, 'input.ideaId');
  const refusal = await authorize(context, 'review', idea);
  if (refusal) throw refusal;
  const { reason } =
    input.status === IdeaReviewStatus.DECLINED
      ? validateInput(reasonSchema, { reason: input.reason ?? '' })
      : validateInput(optionalReasonSchema, { reason: input.reason?.trim() || undefined });
  const target = input.status === IdeaReviewStatus.MERGED ? await findMergeTarget(context, idea, input) : null;
  await context.em.transactional(async (em) => {
    const statuses = await lockIdeas(em, target ? [idea.id, target.id] : [idea.id]);
    if (!isIdeaReviewable(statuses.get(idea.id)!)) throw notNow({ key: 'error.ideaAlreadyDecided' }, 'input.ideaId');
    if (target) await mergeIdeaVotes(em, idea, target);
    const decided = input.status !== IdeaReviewStatus.UNDER_REVIEW;
    await em.execute('update ideas set status = ?, decision_reason = ?, decided_at = ?, merged_into_id = ?, updated_at = ? where id = ?', [
      input.status,
      reason ?? null,
      decided ? new Date() : null,
      target?.id ?? null,
      new Date(),
      idea.id,
    ]);
    recordAudit(em, { actor: reviewer, action: `idea.${input.status.toLowerCase()}`, subjectType: 'Idea', subjectId: idea.id, note: reason ?? null });
  });
  await publish(context, Topic.IdeaChanged, { ideaId: idea.id });
  if (target) {
    await publish(context, Topic.IdeaChanged, { ideaId: target.id });
    await refreshCounters(context.em, target.id);
  }
  return refreshCounters(context.em, idea.id);
}
