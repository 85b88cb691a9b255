import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Every expected failure a mutation can report. Modules add their codes here so clients see one enum. */
export enum UserErrorCode {
  INVALID = 'INVALID',
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  TOO_SHORT = 'TOO_SHORT',
  TAKEN = 'TAKEN',
  NOT_FOUND = 'NOT_FOUND',
  WRONG_CREDENTIALS = 'WRONG_CREDENTIALS',
  CONSENT_REQUIRED = 'CONSENT_REQUIRED',
  RATE_LIMITED = 'RATE_LIMITED',
  NOT_VERIFIED = 'NOT_VERIFIED',
  ALREADY_DONE = 'ALREADY_DONE',
  NOT_ALLOWED_NOW = 'NOT_ALLOWED_NOW',
  GATE_NOT_MET = 'GATE_NOT_MET',
  FULL = 'FULL',
  CLOSED = 'CLOSED',
  EMAIL_NOT_CONFIRMED = 'EMAIL_NOT_CONFIRMED',
  INVALID_TOKEN = 'INVALID_TOKEN',
}

registerEnumType(UserErrorCode, { name: 'UserErrorCode', description: 'Why a mutation refused its input.' });

@ObjectType({ description: 'An expected failure: bad input or a business rule, with the input field it concerns.' })
export class UserError {
  @Field(() => UserErrorCode)
  code: UserErrorCode;

  @Field(() => String)
  message: string;

  @Field(() => String, { nullable: true, description: 'The input field concerned, as a path such as "input.email".' })
  field?: string | null;

  constructor(code: UserErrorCode, message: string, field?: string) {
    this.code = code;
    this.message = message;
    this.field = field ?? null;
  }
}

/** Thrown inside a use case to abort it (and its transaction) with one UserError. */
export class UserErrorException extends Error {
  readonly errors: UserError[];
  constructor(errors: UserError | UserError[]) {
    const list = Array.isArray(errors) ? errors : [errors];
    super(list.map((error) => error.message).join('; '));
    this.errors = list;
  }
}

export function userError(code: UserErrorCode, message: string, field?: string): UserError {
  return new UserError(code, message, field);
}

/** The base of every mutation payload; never in the schema by itself. */
@ObjectType()
export abstract class Payload {
  @Field(() => [UserError])
  errors: UserError[] = [];
}

/**
 * Runs a use case and turns a UserErrorException into the payload's `errors`.
 * `build` receives the use case's result and fills the payload's object fields.
 */
export async function toPayload<TResult, TPayload extends Payload>(
  PayloadClass: new () => TPayload,
  run: () => Promise<TResult>,
  fill: (payload: TPayload, result: TResult) => void,
): Promise<TPayload> {
  const payload = new PayloadClass();
  payload.errors = [];
  try {
    fill(payload, await run());
  } catch (error) {
    if (error instanceof UserErrorException) {
      payload.errors = error.errors;
      return payload;
    }
    throw error;
  }
  return payload;
}
