import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import { Node } from '../../core/node.js';
import { UserType } from '../accounts/user.type.js';
import type { User } from '../accounts/user.entity.js';

@ObjectType('AuditEntry', { implements: Node, description: 'One administrative action, kept for accountability.' })
export class AuditEntryType extends Node {
  @Field(() => UserType, { nullable: true, description: 'Who acted; null for the system or a deleted account.' })
  actor: User | null;

  @Field(() => String, { description: 'What was done, e.g. "organization.verify".' })
  action: string;

  @Field(() => String)
  subjectType: string;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType()
export class AuditEntryConnection extends ConnectionType(AuditEntryType, 'AuditEntry') {}

/** Who acted and when: the conditions the audit log and the moderation log share. */
@InputType()
export abstract class ActorAndPeriodFilter {
  @Field(() => ID, { nullable: true, description: 'Done by this person.' })
  actorId?: string;

  @Field(() => String, { nullable: true, description: "Part of the actor's name or email address." })
  actorText?: string;

  @Field(() => Date, { nullable: true, description: 'At or after this moment.' })
  since?: Date;

  @Field(() => Date, { nullable: true, description: 'Before this moment.' })
  until?: Date;
}

@InputType({ description: 'Narrows the audit log; every condition given must hold.' })
export class AuditEntryFilter extends ActorAndPeriodFilter {
  @Field(() => String, { nullable: true, description: 'Exactly this action, e.g. "user.grantPlatformRole".' })
  action?: string;
}
