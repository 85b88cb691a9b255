import { Field, InputType, ObjectType } from 'type-graphql';
import { Payload } from '../../core/user-error.js';
import { Locale, UserType } from './user.type.js';
import type { User } from './user.entity.js';

@InputType()
export class RegisterInput {
  @Field(() => String)
  email: string;

  @Field(() => String, { description: 'At least 10 characters.' })
  password: string;

  @Field(() => String)
  displayName: string;

  @Field(() => Boolean, { description: 'Explicit consent to the privacy policy (UU 27/2022); must be true.' })
  acceptPrivacyPolicy: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Optional consent to notification emails (withdrawable on the profile).' })
  consentToEmailNotifications?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Optional consent to show "about me" to others (withdrawable on the profile).' })
  consentToPublicProfile?: boolean | null;
}

@InputType()
export class LoginInput {
  @Field(() => String)
  email: string;

  @Field(() => String)
  password: string;
}

@InputType()
export class LogoutInput {
  @Field(() => Boolean, { nullable: true, description: 'End every session of this person, not just this one.' })
  everywhere?: boolean;
}

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  displayName?: string;

  @Field(() => String, { nullable: true })
  bio?: string;

  @Field(() => Locale, { nullable: true })
  locale?: Locale;
}

@ObjectType()
export class AuthPayload extends Payload {
  @Field(() => UserType, { nullable: true })
  viewer: User | null = null;

  @Field(() => String, { nullable: true, description: 'The session token, for `Authorization: Bearer`. Browsers also get it as an httpOnly cookie.' })
  token: string | null = null;
}

@ObjectType()
export class LogoutPayload extends Payload {
  @Field(() => Boolean)
  loggedOut: boolean = false;
}

@ObjectType()
export class UpdateProfilePayload extends Payload {
  @Field(() => UserType, { nullable: true })
  user: User | null = null;
}
