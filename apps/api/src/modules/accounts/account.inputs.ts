import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Payload } from '../../core/user-error.js';
import { ApiTokenScope, ApiTokenType } from './api-token.type.js';
import type { ApiToken } from './api-token.entity.js';

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  currentPassword: string;

  @Field(() => String, { description: 'At least 10 characters.' })
  newPassword: string;
}

@ObjectType()
export class ChangePasswordPayload extends Payload {
  @Field(() => Boolean)
  changed: boolean = false;

  @Field(() => Int, { description: 'How many other sessions were ended.' })
  endedSessions: number = 0;
}

@InputType()
export class RequestPasswordResetInput {
  @Field(() => String)
  email: string;
}

@ObjectType()
export class RequestPasswordResetPayload extends Payload {
  @Field(() => Boolean, { description: 'True whether or not the address has an account: the answer tells no one who is registered.' })
  requested: boolean = false;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => String, { description: 'The email of the account; the token is valid only with it.' })
  email: string;

  @Field(() => String, { description: 'The token from the reset email (valid one hour, once).' })
  token: string;

  @Field(() => String, { description: 'At least 10 characters.' })
  newPassword: string;
}

@ObjectType()
export class ResetPasswordPayload extends Payload {
  @Field(() => Boolean, { description: 'True once the password is set; every session of the account has then ended.' })
  reset: boolean = false;
}

@InputType()
export class ConfirmEmailInput {
  @Field(() => String, { description: 'The token from the confirmation email.' })
  token: string;
}

@ObjectType()
export class ConfirmEmailPayload extends Payload {
  @Field(() => Boolean)
  confirmed: boolean = false;
}

@ObjectType()
export class ResendEmailConfirmationPayload extends Payload {
  @Field(() => Boolean)
  sent: boolean = false;
}

@InputType()
export class ChangeEmailInput {
  @Field(() => String)
  newEmail: string;

  @Field(() => String, { description: 'The current password, to confirm.' })
  password: string;
}

@ObjectType()
export class ChangeEmailPayload extends Payload {
  @Field(() => String, { nullable: true, description: 'The address a confirmation link went to; it becomes the email once opened.' })
  pendingEmail: string | null = null;
}

@InputType()
export class EndSessionInput {
  @Field(() => ID, { nullable: true, description: 'One session of the viewer (not the current one).' })
  id?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'End every session of the viewer except the current one.' })
  allOthers?: boolean | null;
}

@ObjectType()
export class EndSessionPayload extends Payload {
  @Field(() => Int)
  endedSessions: number = 0;
}

@InputType()
export class CreateApiTokenInput {
  @Field(() => String, { description: 'What the token is for, e.g. the partner system using it.' })
  name: string;

  @Field(() => [ApiTokenScope])
  scopes: ApiTokenScope[];

  @Field(() => Date, { description: 'When the token stops working: in the future, at most a year from now.' })
  expiresAt: Date;
}

@ObjectType()
export class CreateApiTokenPayload extends Payload {
  @Field(() => ApiTokenType, { nullable: true })
  apiToken: ApiToken | null = null;

  @Field(() => String, { nullable: true, description: 'The secret, for `Authorization: Bearer`. Shown this once; Gotong keeps only its hash.' })
  secret: string | null = null;
}

@InputType()
export class RevokeApiTokenInput {
  @Field(() => ID)
  id: string;
}

@ObjectType()
export class RevokeApiTokenPayload extends Payload {
  @Field(() => ApiTokenType, { nullable: true })
  apiToken: ApiToken | null = null;
}
