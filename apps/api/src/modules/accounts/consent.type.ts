import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum ConsentPurpose {
  EMAIL_NOTIFICATIONS = 'EMAIL_NOTIFICATIONS',
  PUBLIC_PROFILE = 'PUBLIC_PROFILE',
}
registerEnumType(ConsentPurpose, {
  name: 'ConsentPurpose',
  description: 'Optional processing a person may agree to and withdraw at any time: notification emails; their "about me" shown to others.',
});

@ObjectType('ConsentState', { description: "One optional consent and the ledger's latest entry for it." })
export class ConsentStateType {
  @Field(() => ConsentPurpose)
  purpose: ConsentPurpose;

  @Field(() => Boolean)
  given: boolean;

  @Field(() => Date, { nullable: true })
  givenAt: Date | null;

  @Field(() => Date, { nullable: true })
  withdrawnAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The privacy policy version the consent was given under.' })
  policyVersion: string | null;
}
