import { unhiddenFilter } from '../moderation/index.js';
import { findVisibleOrganization } from './find-organization.js';
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs, findPage } from '../../core/connection.js';
import { containsText } from '../../core/text-filter.js';
import { toPayload } from '../../core/user-error.js';
import { UserType } from '../accounts/user.type.js';
import type { User } from '../accounts/user.entity.js';
import { createOrganization } from './create-organization.js';
import { addMember, changeMemberRole, removeMember } from './manage-members.js';
import { Membership } from './membership.entity.js';
import { memberCountLoader } from './organization.loaders.js';
import { Organization } from './organization.entity.js';
import {
  AddMemberInput,
  ChangeMemberRoleInput,
  CreateOrganizationInput,
  MemberRole,
  MembershipConnection,
  MembershipPayload,
  OrganizationConnection,
  OrganizationFilter,
  OrganizationPayload,
  OrganizationType,
  RemoveMemberInput,
  UpdateOrganizationInput,
  VerifyOrganizationInput,
} from './organization.type.js';
import { can, viewerRole } from './organizations.permissions.js';
import { updateOrganization } from './update-organization.js';
import { verifyOrganization } from './verify-organization.js';

@Resolver(() => OrganizationType)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: 'Organisations by name.' })
  organizations(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true }) filter: OrganizationFilter | null,
    @Ctx() context: Context,
  ) {
    const where: FilterQuery<Organization> = {};
    if (filter?.kind) where.kind = filter.kind;
    if (filter?.verified !== undefined && filter?.verified !== null) where.verifiedAt = filter.verified ? { $ne: null } : null;
    if (filter?.text?.trim()) where.name = containsText(filter.text);
    return findPage(context.em, Organization, { $and: [where, unhiddenFilter<Organization>(context)] }, [{ property: 'name', direction: 'asc' }, { property: 'id', direction: 'asc' }], page);
  }

  @Query(() => OrganizationType, { nullable: true })
  organization(@Arg('slug', () => String) slug: string, @Ctx() context: Context): Promise<Organization | null> {
    return findVisibleOrganization(context, { slug: slug.slice(0, 60) });
  }

  @FieldResolver(() => Boolean)
  verified(@Root() organization: Organization): boolean {
    return organization.verifiedAt !== null;
  }

  @FieldResolver(() => MembershipConnection)
  members(@Root() organization: Organization, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    return findPage(
      context.em,
      Membership,
      { organization },
      [{ property: 'createdAt', direction: 'asc' }, { property: 'id', direction: 'asc' }],
      page,
      { populate: ['user'] },
    );
  }

  @FieldResolver(() => Int)
  memberCount(@Root() organization: Organization, @Ctx() context: Context): Promise<number> {
    return memberCountLoader(context).load(organization.id);
  }

  @FieldResolver(() => MemberRole, { nullable: true, description: "The viewer's role here, or null." })
  viewerRole(@Root() organization: Organization, @Ctx() context: Context) {
    return viewerRole(context, organization);
  }

  @FieldResolver(() => Boolean)
  viewerCanManageMembers(@Root() organization: Organization, @Ctx() context: Context): Promise<boolean> {
    return can(context, 'manageMembers', organization);
  }

  @FieldResolver(() => Boolean)
  viewerCanVerify(@Root() organization: Organization, @Ctx() context: Context): Promise<boolean> {
    return can(context, 'verify', organization);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may act for it (it is verified and they are an officer or above).' })
  viewerCanActFor(@Root() organization: Organization, @Ctx() context: Context): Promise<boolean> {
    return can(context, 'actFor', organization);
  }

  @Mutation(() => OrganizationPayload, { description: 'Creates an organisation (unverified) with the viewer as its owner.' })
  createOrganization(@Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput, @Ctx() context: Context) {
    return toPayload(OrganizationPayload, () => createOrganization(context, input), (payload, organization) => {
      payload.organization = organization;
    });
  }

  @Mutation(() => OrganizationPayload, { description: "Changes an organisation's name, description, website or time zone (owners and admins)." })
  updateOrganization(@Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput, @Ctx() context: Context) {
    return toPayload(OrganizationPayload, () => updateOrganization(context, input), (payload, organization) => {
      payload.organization = organization;
    });
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may change its profile and time zone.' })
  viewerCanUpdate(@Root() organization: Organization, @Ctx() context: Context): Promise<boolean> {
    return can(context, 'update', organization);
  }

  @Mutation(() => MembershipPayload, { description: "Adds a member or changes a member's role (owners and admins)." })
  addMember(@Arg('input', () => AddMemberInput) input: AddMemberInput, @Ctx() context: Context) {
    return toPayload(MembershipPayload, () => addMember(context, input), (payload, membership) => {
      payload.membership = membership;
      payload.organization = membership.organization;
    });
  }

  @Mutation(() => MembershipPayload, { description: "Changes a member's role (owners and admins; only owners grant or take OWNER)." })
  changeMemberRole(@Arg('input', () => ChangeMemberRoleInput) input: ChangeMemberRoleInput, @Ctx() context: Context) {
    return toPayload(MembershipPayload, () => changeMemberRole(context, input), (payload, membership) => {
      payload.membership = membership;
      payload.organization = membership.organization;
    });
  }

  @Mutation(() => MembershipPayload, { description: 'Removes a member (owners and admins; anyone may leave).' })
  removeMember(@Arg('input', () => RemoveMemberInput) input: RemoveMemberInput, @Ctx() context: Context) {
    return toPayload(MembershipPayload, () => removeMember(context, input), (payload, organization) => {
      payload.organization = organization;
    });
  }

  @Mutation(() => OrganizationPayload, { description: 'Verifies an organisation or withdraws its verification (platform admins).' })
  verifyOrganization(@Arg('input', () => VerifyOrganizationInput) input: VerifyOrganizationInput, @Ctx() context: Context) {
    return toPayload(OrganizationPayload, () => verifyOrganization(context, input), (payload, organization) => {
      payload.organization = organization;
    });
  }
}

@Resolver(() => UserType)
export class UserMembershipsResolver {
  @FieldResolver(() => MembershipConnection, { description: "The person's organisations." })
  memberships(@Root() user: User, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    return findPage(
      context.em,
      Membership,
      { user },
      [{ property: 'createdAt', direction: 'asc' }, { property: 'id', direction: 'asc' }],
      page,
      { populate: ['organization'] },
    );
  }
}
