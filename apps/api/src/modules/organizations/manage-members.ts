import { addMemberSchema, type MemberRole } from '@gotong/domain';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
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
import { Organization as OrganizationEntity, type Organization } from './organization.entity.js';
import type { AddMemberInput, ChangeMemberRoleInput, RemoveMemberInput } from './organization.type.js';
import { can, canGrant } from './organizations.permissions.js';

const lastOwner = (field: string) =>
  new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, { key: 'error.lastOwner' }, field));

/**
 * Runs a change of memberships under a lock on the organisation's row, so that changes to its owners happen one
 * after the other: two owners leaving or demoting each other at once cannot both count the other as the remaining
 * owner. Inside, the viewer's own role is read again (the first change may just have taken it), and `work` gets it.
 */
async function withOrganizationLocked<T>(context: Context, organization: Organization, work: (em: EntityManager, viewerRoleNow: MemberRole | null) => Promise<T>): Promise<T> {
  const viewer = requireViewer(context);
  return context.em.transactional(async (em) => {
    await em.findOneOrFail(OrganizationEntity, { id: organization.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const own = await em.findOne(Membership, { organization: organization.id, user: viewer.id }, { refresh: true });
    return work(em, own?.role ?? null);
  });
}

async function ownerCount(em: EntityManager, organization: Organization): Promise<number> {
  return em.count(Membership, { organization: organization.id, role: 'OWNER' });
}

/** Gives `user` the role in the organisation, adding them if they are not a member; guards the last owner. */
async function setMemberRole(context: Context, organization: Organization, user: User, role: MemberRole, roleField: string): Promise<Membership> {
  const viewer = requireViewer(context);
  if (!(await canGrant(context, organization, role))) throw forbidden('Only an owner may grant the OWNER role.');
  const membershipId = await withOrganizationLocked(context, organization, async (em, viewerRoleNow) => {
    if (!(await canGrant(context, organization, role, viewerRoleNow))) throw forbidden('Only an owner may grant the OWNER role.');
    let membership = await em.findOne(Membership, { organization: organization.id, user: user.id }, { refresh: true });
    if (membership) {
      if (membership.role === 'OWNER' && role !== 'OWNER') {
        if (!(await canGrant(context, organization, 'OWNER', viewerRoleNow))) throw forbidden('Only an owner may change an owner’s role.');
        if ((await ownerCount(em, organization)) <= 1) throw lastOwner(roleField);
      }
      membership.role = role;
    } else {
      membership = em.create(Membership, { organization: organization.id, user: user.id, role });
    }
    recordAudit(em, { actor: viewer, action: 'organization.setMemberRole', subjectType: 'Organization', subjectId: organization.id, note: role });
    await em.flush();
    return membership.id;
  });
  return context.em.findOneOrFail(Membership, { id: membershipId }, { populate: ['user'], refresh: true });
}

async function organizationToManage(context: Context, organizationId: string): Promise<Organization> {
  requireViewer(context);
  const organization = await findOrganizationInput(context, organizationId, 'input.organizationId');
  if (!(await can(context, 'manageMembers', organization))) throw forbidden();
  return organization;
}

/** Adds a person, found by email, to the organisation, or changes the role of one who is already a member. */
export async function addMember(context: Context, input: AddMemberInput): Promise<Membership> {
  const organization = await organizationToManage(context, input.organizationId);
  const data = validateInput(addMemberSchema, { email: input.email, role: input.role });
  const user = await context.em.findOne(User, { email: data.email, deletedAt: null });
  if (!user) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.noAccountWithEmail' }, 'input.email'));
  return setMemberRole(context, organization, user, data.role, 'input.role');
}

/** Changes a member's role; managers see members by id, not by email. */
export async function changeMemberRole(context: Context, input: ChangeMemberRoleInput): Promise<Membership> {
  const organization = await organizationToManage(context, input.organizationId);
  const userId = idOfType(input.userId, 'User');
  const membership = userId ? await context.em.findOne(Membership, { organization, user: userId }, { populate: ['user'] }) : null;
  if (!membership) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.notAMember' }, 'input.userId'));
  return setMemberRole(context, organization, membership.user, input.role, 'input.role');
}

export async function removeMember(context: Context, input: RemoveMemberInput): Promise<Organization> {
  const viewer = requireViewer(context);
  const organization = await findOrganizationInput(context, input.organizationId, 'input.organizationId');
  const userId = idOfType(input.userId, 'User');
  const { em } = context;
  const membership = userId ? await em.findOne(Membership, { organization, user: userId }) : null;
  const leavingSelf = membership?.user.id === viewer.id;
  if (!leavingSelf && !(await can(context, 'manageMembers', organization))) throw forbidden();
  if (!membership) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.notAMember' }, 'input.userId'));
  await withOrganizationLocked(context, organization, async (transaction, viewerRoleNow) => {
    const current = await transaction.findOne(Membership, { id: membership.id }, { refresh: true });
    if (!current) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.notAMember' }, 'input.userId'));
    if (current.role === 'OWNER') {
      if (!leavingSelf && !(await canGrant(context, organization, 'OWNER', viewerRoleNow))) throw forbidden('Only an owner may remove an owner.');
      if ((await ownerCount(transaction, organization)) <= 1) throw lastOwner('input.userId');
    }
    transaction.remove(current);
    recordAudit(transaction, { actor: viewer, action: 'organization.removeMember', subjectType: 'Organization', subjectId: organization.id });
    await transaction.flush();
  });
  return organization;
}
