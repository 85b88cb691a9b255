import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { viewerHasPlatformRole, requireViewer } from '../../core/authorization.js';
import { forbidden } from '../../core/errors.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import type { User } from '../accounts/index.js';
import { actingMemberIds, canInOrganization, type Organization } from '../organizations/index.js';

export type ResponseAction = 'readInbox' | 'respond' | 'markOfficialReply' | 'configure' | 'manageJointLeave';

/** What an action is about: the addressed agency, and for an official reply who wrote the comment. */
export type ResponseSubject = { agency?: Organization | null; commentAuthorId?: string };

/** The acting members of agencies, once per operation however many comments are asked about. */
function actingMembersLoader(context: Context) {
  return context.loader('responses.actingMembers', () => new DataLoader<string, string[]>((agencyIds) => Promise.all(agencyIds.map((id) => actingMemberIds(context.em, id)))));
}

/**
 * The inbox and responding (field checks, official replies) belong to the addressed agency's officers (acting members
 * of a verified agency); only those of them writing the comment's agency's words may make it official; an agency's
 * owners and admins set its durations; platform admins decree joint leave days.
 */
async function refusal(context: Context, action: ResponseAction, { agency, commentAuthorId }: ResponseSubject): Promise<Error | null> {
  if (action === 'manageJointLeave') return viewerHasPlatformRole(context, 'ADMIN') ? null : forbidden();
  if (!agency) return forbidden();
  if (action === 'configure') return (await canInOrganization(context, 'update', agency)) ? null : forbidden();
  const officer = await canInOrganization(context, 'actFor', agency);
  if (action === 'readInbox') return officer ? null : forbidden();
  const stateRefusal = (key: 'responses.refused.notOfficer' | 'responses.officialReply.refused.notByOfficer', field: string) =>
    new UserErrorException(userError(UserErrorCode.INVALID, { key, params: { agency: agency.name } }, field));
  if (!officer) return stateRefusal('responses.refused.notOfficer', action === 'markOfficialReply' ? 'input.commentId' : 'input.ideaId');
  if (action === 'markOfficialReply' && !(await actingMembersLoader(context).load(agency.id)).includes(commentAuthorId ?? '')) {
    return stateRefusal('responses.officialReply.refused.notByOfficer', 'input.commentId');
  }
  return null;
}

/** The module's one authorisation: UNAUTHENTICATED, FORBIDDEN (queries and settings) or a UserError naming the field, else the viewer. */
export async function authorize(context: Context, action: ResponseAction, subject: ResponseSubject): Promise<User> {
  const viewer = requireViewer(context);
  const refused = await refusal(context, action, subject);
  if (refused) throw refused;
  return viewer;
}

/** The same answers for `viewerCan…` fields. */
export async function can(context: Context, action: ResponseAction, subject: ResponseSubject): Promise<boolean> {
  return Boolean(context.viewer) && !(await refusal(context, action, subject));
}
