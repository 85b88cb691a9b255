import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import { Payload } from '../../core/user-error.js';
import { PlatformRole } from '../accounts/user.type.js';
import { UserType } from '../accounts/user.type.js';
import type { User } from '../accounts/user.entity.js';

export enum GrantablePlatformRole {
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
}
registerEnumType(GrantablePlatformRole, { name: 'GrantablePlatformRole', description: 'The platform roles an admin grants and revokes.' });

@InputType()
export class SetPlatformRoleInput {
  @Field(() => ID)
  userId: string;

  @Field(() => GrantablePlatformRole)
  role: GrantablePlatformRole;

  @Field(() => Boolean, { description: 'true: the person now has exactly this role; false: they lose it and become a MEMBER.' })
  granted: boolean;
}

@ObjectType()
export class SetPlatformRolePayload extends Payload {
  @Field(() => UserType, { nullable: true })
  user: User | null = null;
}

@InputType()
export class PeopleFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name or of the email address.' })
  text?: string;

  @Field(() => PlatformRole, { nullable: true })
  platformRole?: PlatformRole;
}

@ObjectType()
export class PersonConnection extends ConnectionType(UserType, 'Person') {}
