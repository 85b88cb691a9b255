import { Field, InputType, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Payload } from '../../core/user-error.js';
import { ConsentPurpose, ConsentStateType } from '../accounts/consent.type.js';
import type { ConsentState } from '../accounts/consents.js';

@ObjectType()
export class ExportMyDataPayload extends Payload {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Everything Gotong keeps about the viewer, machine-readable.' })
  data: Record<string, unknown> | null = null;

  @Field(() => Date, { nullable: true })
  exportedAt: Date | null = null;
}

@InputType()
export class DeleteMyAccountInput {
  @Field(() => String, { description: 'The current password, to confirm.' })
  password: string;
}

@ObjectType()
export class DeleteMyAccountPayload extends Payload {
  @Field(() => Boolean)
  deleted: boolean = false;
}

@InputType()
export class SetConsentInput {
  @Field(() => ConsentPurpose)
  purpose: ConsentPurpose;

  @Field(() => Boolean, { description: 'true gives the consent, false withdraws it.' })
  given: boolean;
}

@ObjectType()
export class SetConsentPayload extends Payload {
  @Field(() => [ConsentStateType], { description: 'Every optional consent of the viewer after the change.' })
  consents: ConsentState[] = [];
}
