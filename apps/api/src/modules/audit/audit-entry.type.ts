import { Field, ObjectType } from 'type-graphql';
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
