import { actsForOrganization, agencySeesPilotProposal, memberRoles, pilotProposalReviewStatuses, type MemberRole } from '@gotong/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { onEvent } from '../../core/events.js';
import { Topic } from '../../core/pubsub.js';
import { Comment } from '../comments/comment.entity.js';
import { commentableRegistration } from '../comments/commentables.js';
import { Course } from '../courses/course.entity.js';
import { Enrollment } from '../courses/enrollment.entity.js';
import { Follow } from '../follows/follow.entity.js';
import { Idea } from '../ideas/idea.entity.js';
import { moderatableRegistration, type ModeratableEntity } from '../moderation/index.js';
import { ContentReport } from '../moderation/report.entity.js';
import { Membership } from '../organizations/membership.entity.js';
import { User } from '../accounts/user.entity.js';
import type { Organization } from '../organizations/organization.entity.js';
import { PilotProposalStatusChange } from '../partners/pilot-proposal.entity.js';
import { InnovationStageChange } from '../pipeline/innovation-stage-change.entity.js';
import { NotificationKind, reachedMilestone, reviewedIdeaStatuses, voteMilestones } from './notification-kinds.js';
import { notify } from './notify.js';

function freshEm(context: Context): EntityManager {
  return context.services.orm.em.fork() as EntityManager;
}

async function followerIds(em: EntityManager, subjectType: string, subjectId: string, followedBefore?: Date): Promise<string[]> {
  const follows = await em.find(Follow, { subjectType, subjectId, ...(followedBefore ? { createdAt: { $lt: followedBefore } } : {}) }, { fields: ['user'] });
  return follows.map((follow) => follow.user.id);
}

const actingRoles = memberRoles.filter(actsForOrganization);

async function memberIds(em: EntityManager, organization: Organization, roles: readonly MemberRole[] = memberRoles): Promise<string[]> {
  const memberships = await em.find(Membership, { organization: organization.id, role: { $in: [...roles] } }, { fields: ['user'] });
  return memberships.map((membership) => membership.user.id);
}

/** Those who review for an agency: its owners, admins and officers, while it is verified. */
function officerIds(em: EntityManager, agency: Organization): Promise<string[]> {
  return agency.verifiedAt ? memberIds(em, agency, actingRoles) : Promise.resolve([]);
}

/** A reply tells the author of the comment replied to; any comment tells the subject's followers. */
onEvent(Topic.CommentAdded, async (context, { commentId }, { actorId }) => {
  const em = freshEm(context);
  const comment = await em.findOne(Comment, { id: commentId }, { populate: ['parent'] });
  const subject = comment && (await commentableRegistration(comment.subjectType)?.load(context, comment.subjectId));
  if (!comment || !subject) return;
  const title = String((subject as { title?: unknown }).title ?? '');
  const excerpt = comment.body.slice(0, 140);
  const base = { actorId, subjectType: comment.subjectType, subjectId: comment.subjectId, title, text: excerpt, about: { typeName: 'Comment', id: comment.id } };
  const repliedTo = comment.parent && !comment.parent.deletedAt ? comment.parent.author.id : null;
  if (repliedTo) await notify(context, { ...base, kind: NotificationKind.COMMENT_REPLY, recipientIds: [repliedTo] });
  const followers = (await followerIds(em, comment.subjectType, comment.subjectId)).filter((id) => id !== repliedTo);
  await notify(context, { ...base, kind: NotificationKind.FOLLOWED_COMMENT, recipientIds: followers });
});

/**
 * An idea's author hears when it reaches a vote milestone and when it is reviewed, once each. A change of votes alone
 * (`voteCount` set) moves the count by one, so only the one that lands on a milestone needs a look at the idea.
 */
onEvent(Topic.IdeaChanged, async (context, { ideaId, voteCount }, { actorId }) => {
  if (voteCount !== undefined && !voteMilestones.includes(voteCount)) return;
  const idea = await freshEm(context).findOne(Idea, { id: ideaId });
  if (!idea) return;
  const base = { actorId, subjectType: 'Idea', subjectId: idea.id, title: idea.title, recipientIds: [idea.author.id] };
  const milestone = reachedMilestone(idea.voteCount);
  if (milestone) {
    await notify(context, { ...base, actorId: null, kind: NotificationKind.VOTE_MILESTONE, text: String(milestone), dedupeKey: () => `vote-milestone:${idea.id}:${milestone}` });
  }
  if (reviewedIdeaStatuses.has(idea.status)) {
    await notify(context, { ...base, kind: NotificationKind.IDEA_REVIEWED, text: idea.status, dedupeKey: () => `idea-status:${idea.id}:${idea.status}` });
  }
});

/** Followers of an innovation hear of each stage change made after they began to follow it, once. */
onEvent(Topic.InnovationChanged, async (context, { innovationId }, { actorId }) => {
  const em = freshEm(context);
  const [change] = await em.find(InnovationStageChange, { innovation: innovationId }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 1, populate: ['innovation'] });
  if (!change?.fromStage) return;
  await notify(context, {
    recipientIds: await followerIds(em, 'Innovation', innovationId, change.createdAt),
    actorId: change.actor?.id ?? actorId,
    kind: NotificationKind.INNOVATION_STAGE_CHANGED,
    subjectType: 'Innovation',
    subjectId: innovationId,
    title: change.innovation.title,
    text: change.toStage,
    dedupeKey: (recipientId) => `innovation-stage:${change.id}:${recipientId}`,
  });
});

const reviewStatuses: ReadonlySet<string> = new Set(pilotProposalReviewStatuses);

/**
 * Each move of a pilot proposal, once: the agency's officers hear of a submission (and, when a proposal for an idea
 * is accepted, that the innovation is theirs to create); every member of the proposing organisation hears of a review.
 */
onEvent(Topic.PilotProposalMoved, async (context, { statusChangeId }, { actorId }) => {
  const em = freshEm(context);
  const change = await em.findOne(PilotProposalStatusChange, { id: statusChangeId }, { populate: ['proposal.proposer', 'proposal.agency', 'proposal.idea'] });
  if (!change) return;
  const { proposal } = change;
  const base = { actorId: change.actor?.id ?? actorId, subjectType: 'PilotProposal', subjectId: proposal.id, title: proposal.title, quote: change.note || null };
  const once = (prefix: string) => (recipientId: string) => `${prefix}:${change.id}:${recipientId}`;
  // Checked on the proposal as it is now: the agency must never hear of one it may not (or no longer) see.
  if (change.toStatus === 'SUBMITTED' && agencySeesPilotProposal(proposal.status)) {
    await notify(context, {
      ...base,
      kind: NotificationKind.PROPOSAL_RECEIVED,
      text: proposal.proposer.name,
      recipientIds: await officerIds(em, proposal.agency),
      dedupeKey: once('proposal-received'),
    });
  }
  if (reviewStatuses.has(change.toStatus)) {
    await notify(context, {
      ...base,
      kind: NotificationKind.PROPOSAL_REVIEWED,
      text: change.toStatus,
      recipientIds: await memberIds(em, proposal.proposer),
      dedupeKey: once('proposal-reviewed'),
    });
  }
  const idea = proposal.idea;
  if (change.toStatus === 'ACCEPTED' && idea && !proposal.innovation && !idea.innovationId) {
    await notify(context, {
      ...base,
      kind: NotificationKind.INNOVATION_REQUESTED,
      text: idea.title,
      recipientIds: await officerIds(em, proposal.agency),
      dedupeKey: once('innovation-requested'),
    });
  }
});

/** People holding a seat hear when the institute changes what they rely on (never of others enrolling), once per change. */
onEvent(Topic.CourseChanged, async (context, { courseId, change }, { actorId }) => {
  if (!change) return;
  const em = freshEm(context);
  const course = await em.findOne(Course, { id: courseId });
  // Back to draft, a course is the institute's alone: its enrolled people could not open it.
  if (!course || course.status === 'DRAFT') return;
  const seats = await em.find(Enrollment, { course: courseId, status: 'ENROLLED' }, { fields: ['user'] });
  await notify(context, {
    recipientIds: seats.map((seat) => seat.user.id),
    actorId,
    kind: NotificationKind.COURSE_CHANGED,
    subjectType: 'Course',
    subjectId: courseId,
    title: course.title,
    text: change.aspects.join(','),
    dedupeKey: (recipientId) => `course-changed:${change.id}:${recipientId}`,
  });
});

/** The platform's moderators (and admins, who moderate too), for the reports they handle. */
async function moderatorIds(em: EntityManager): Promise<string[]> {
  const moderators = await em.find(User, { platformRole: { $in: ['MODERATOR', 'ADMIN'] }, deletedAt: null }, { fields: ['id'] });
  return moderators.map((moderator) => moderator.id);
}

/** Every new report tells the moderators what was reported and why (the report's category; the reporter stays unnamed). */
onEvent(Topic.ContentReported, async (context, { reportId }) => {
  const em = freshEm(context);
  const report = await em.findOne(ContentReport, { id: reportId });
  const kind = report && moderatableRegistration(report.subjectType);
  const content = report && kind && ((await em.findOne(kind.entity as never, { id: report.subjectId } as never, { populate: kind.populate as never })) as ModeratableEntity | null);
  if (!report || !kind || !content) return;
  await notify(context, {
    recipientIds: await moderatorIds(em),
    actorId: null,
    kind: NotificationKind.CONTENT_REPORTED,
    subjectType: report.subjectType,
    subjectId: report.subjectId,
    title: kind.titleOf(content),
    text: report.category,
    quote: report.reason,
    dedupeKey: (recipientId) => `content-reported:${report.id}:${recipientId}`,
  });
});

/** Those who answer for content hear that it was hidden, by reports reaching the threshold or by a moderator. */
onEvent(Topic.ContentHidden, async (context, { subjectType, subjectId, automatic }, { actorId }) => {
  const em = freshEm(context);
  const kind = moderatableRegistration(subjectType);
  const content = kind && ((await em.findOne(kind.entity as never, { id: subjectId } as never, { populate: kind.populate as never })) as ModeratableEntity | null);
  if (!kind || !content) return;
  await notify(context, {
    recipientIds: await kind.answerableIds(em, content),
    actorId: automatic ? null : actorId,
    kind: NotificationKind.CONTENT_HIDDEN,
    subjectType,
    subjectId,
    title: kind.titleOf(content),
    text: automatic ? 'AUTOMATIC' : 'MODERATOR',
  });
});
