import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import { Node } from '../../core/node.js';
import { Payload } from '../../core/user-error.js';
import { UserType } from '../accounts/user.type.js';
import type { Membership } from './membership.entity.js';
import type { Organization } from './organization.entity.js';

export enum OrganizationKind {
  AGENCY = 'AGENCY',
  PARTNER = 'PARTNER',
  NGO = 'NGO',
  TRAINING_INSTITUTE = 'TRAINING_INSTITUTE',
}
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'AGENCY (instansi), PARTNER (mitra swasta), NGO (LSM), TRAINING_INSTITUTE (lembaga pelatihan).',
});

export enum MemberRole {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  OFFICER = 'OFFICER',
  MEMBER = 'MEMBER',
}
registerEnumType(MemberRole, { name: 'MemberRole' });

@ObjectType('Organization', { implements: Node, simpleResolvers: true })
export class OrganizationType extends Node {
  @Field(() => String)
  slug: string;

  @Field(() => String)
  name: string;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => String)
  description: string;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => String, { description: 'Its IANA time zone: "Asia/Jakarta" (WIB), "Asia/Makassar" (WITA) or "Asia/Jayapura" (WIT). Its dates are shown and entered in it.' })
  timeZone: string;

  @Field(() => Date, { nullable: true, description: 'When a platform admin verified it; unverified organisations cannot act.' })
  verifiedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('Membership', { implements: Node })
export class MembershipType extends Node {
  @Field(() => OrganizationType)
  organization: Organization;

  @Field(() => UserType)
  user: Membership['user'];

  @Field(() => MemberRole)
  role: MemberRole;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType()
export class OrganizationConnection extends ConnectionType(OrganizationType, 'Organization') {}

@ObjectType()
export class MembershipConnection extends ConnectionType(MembershipType, 'Membership') {}

@InputType()
export class OrganizationFilter {
  @Field(() => OrganizationKind, { nullable: true })
  kind?: OrganizationKind;

  @Field(() => Boolean, { nullable: true, description: 'Only verified (true) or only unverified (false) organisations.' })
  verified?: boolean;

  @Field(() => String, { nullable: true, description: 'Part of the name.' })
  text?: string;
}

@InputType()
export class CreateOrganizationInput {
  @Field(() => String)
  name: string;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => String, { nullable: true })
  website?: string;

  @Field(() => String, { nullable: true, description: 'The address part, e.g. "dukcapil-kota-bandung"; made from the name when omitted.' })
  slug?: string;

  @Field(() => String, { nullable: true, description: 'Asia/Jakarta (the default), Asia/Makassar or Asia/Jayapura.' })
  timeZone?: string;
}

@InputType({ description: "An organisation's profile (its owners and admins, platform admins); only the fields given change." })
export class UpdateOrganizationInput {
  @Field(() => ID)
  organizationId: string;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => String, { nullable: true, description: 'An empty text removes it.' })
  website?: string;

  @Field(() => String, { nullable: true, description: 'Asia/Jakarta, Asia/Makassar or Asia/Jayapura.' })
  timeZone?: string;
}

@InputType()
export class AddMemberInput {
  @Field(() => ID)
  organizationId: string;

  @Field(() => String, { description: 'The email of an existing account.' })
  email: string;

  @Field(() => MemberRole, { description: 'Adding someone who is already a member changes their role.' })
  role: MemberRole;
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  organizationId: string;

  @Field(() => ID)
  userId: string;

  @Field(() => MemberRole)
  role: MemberRole;
}

@InputType()
export class RemoveMemberInput {
  @Field(() => ID)
  organizationId: string;

  @Field(() => ID)
  userId: string;
}

@InputType()
export class VerifyOrganizationInput {
  @Field(() => ID)
  organizationId: string;

  @Field(() => Boolean, { nullable: true, description: 'false withdraws a verification. Defaults to true.' })
  verified?: boolean;

  @Field(() => String, { nullable: true, description: 'Why, kept in the audit log.' })
  note?: string;
}

@ObjectType()
export class OrganizationPayload extends Payload {
  @Field(() => OrganizationType, { nullable: true })
  organization: Organization | null = null;
}

@ObjectType()
export class MembershipPayload extends Payload {
  @Field(() => MembershipType, { nullable: true })
  membership: Membership | null = null;

  @Field(() => OrganizationType, { nullable: true })
  organization: Organization | null = null;
}
