import { addMemberSchema } from '@gotong/domain';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { forbidden } from '../../core/errors.js';
import { idOfType } from '../../core/global-id.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { User } from '../accounts/user.entity.js';
import { recordAudit } from '../audit/record-audit.js';
import { findOrganizationInput } from './find-organization.js';
import { Membership } from './membership.entity.js';
import type { Organization } from './organization.entity.js';
import type { AddMemberInput, RemoveMemberInput } from './organization.type.js';
import { can, canGrant } from './organizations.permissions.js';

async function ownerCount(context: Context, organization: Organization): Promise<number> {
  return context.em.count(Membership, { organization, role: 'OWNER' });
}

const lastOwner = (field: string) =>
  new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, 'An organisation must keep at least one owner.', field));

/** Adds a person to the organisation, or changes the role of one who is already a member. */
export async function addMember(context: Context, input: AddMemberInput): Promise<Membership> {
  const viewer = requireViewer(context);
  const organization = await findOrganizationInput(context, input.organizationId, 'input.organizationId');
  if (!(await can(context, 'manageMembers', organization))) throw forbidden();
  const data = validateInput(addMemberSchema, { email: input.email, role: input.role });
  if (!(await canGrant(context, organization, data.role))) throw forbidden('Only an owner may grant the OWNER role.');
  const { em } = context;
  const user = await em.findOne(User, { email: data.email, deletedAt: null });
  if (!user) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, 'No account has this email.', 'input.email'));
  let membership = await em.findOne(Membership, { organization, user });
  if (membership) {
    if (membership.role === 'OWNER' && data.role !== 'OWNER') {
      if (!(await canGrant(context, organization, 'OWNER'))) throw forbidden('Only an owner may change an owner’s role.');
      if ((await ownerCount(context, organization)) <= 1) throw lastOwner('input.role');
    }
    membership.role = data.role;
  } else {
    membership = em.create(Membership, { organization, user, role: data.role });
  }
  recordAudit(em, { actor: viewer, action: 'organization.setMemberRole', subjectType: 'Organization', subjectId: organization.id, note: data.role });
  await em.flush();
  return membership;
}

export async function removeMember(context: Context, input: RemoveMemberInput): Promise<Organization> {
  const viewer = requireViewer(context);
  const organization = await findOrganizationInput(context, input.organizationId, 'input.organizationId');
  const userId = idOfType(input.userId, 'User');
  const { em } = context;
  const membership = userId ? await em.findOne(Membership, { organization, user: userId }) : null;
  const leavingSelf = membership?.user.id === viewer.id;
  if (!leavingSelf && !(await can(context, 'manageMembers', organization))) throw forbidden();
  if (!membership) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, 'This person is not a member.', 'input.userId'));
  if (membership.role === 'OWNER') {
    if (!leavingSelf && !(await canGrant(context, organization, 'OWNER'))) throw forbidden('Only an owner may remove an owner.');
    if ((await ownerCount(context, organization)) <= 1) throw lastOwner('input.userId');
  }
  em.remove(membership);
  recordAudit(em, { actor: viewer, action: 'organization.removeMember', subjectType: 'Organization', subjectId: organization.id });
  await em.flush();
  return organization;
}
