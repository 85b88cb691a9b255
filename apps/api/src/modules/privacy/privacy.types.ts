import { Field, InputType, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Payload } from '../../core/user-error.js';

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
