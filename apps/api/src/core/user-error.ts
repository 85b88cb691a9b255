import { isMessageKey, translatorFor, type MessageKey } from '@gotong/messages';
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
  ACCOUNT_SUSPENDED = 'ACCOUNT_SUSPENDED',
}

registerEnumType(UserErrorCode, { name: 'UserErrorCode', description: 'Why a mutation refused its input.' });

@ObjectType({ description: 'A value a UserError message refers to (a limit, a stage, a missing item).' })
export class UserErrorParameter {
  @Field(() => String)
  name: string;

  @Field(() => String)
  value: string;

  constructor(name: string, value: string) {
    this.name = name;
    this.value = value;
  }
}

/** A message of the catalogue (@gotong/messages) with its arguments: clients word it in their person's language. */
export type UserErrorMessage = { key: MessageKey; params?: Record<string, string | number> };

const english = translatorFor('en');

@ObjectType({ description: 'An expected failure: bad input or a business rule, with the input field it concerns.' })
export class UserError {
  @Field(() => UserErrorCode)
  code: UserErrorCode;

  @Field(() => String, { description: 'What went wrong, in English.' })
  message: string;

  @Field(() => String, { nullable: true, description: 'The input field concerned, as a path such as "input.email".' })
  field?: string | null;

  @Field(() => String, {
    description: 'The key of this message in the Gotong message catalogue (e.g. "validation.tooLong", "userError.FULL"): a client words it in its language with `params`.',
  })
  messageKey: string;

  @Field(() => [UserErrorParameter], { description: 'The values the message refers to, by the names its catalogue text uses.' })
  params: UserErrorParameter[];

  /** `message` is English for scripts; `messageKey` and `params` let clients word it in their person's language. */
  constructor(code: UserErrorCode, message: UserErrorMessage, field?: string) {
    // A key built from data (a template literal) is checked here: a refusal never reaches a person as a bare key.
    if (!isMessageKey(message.key)) throw new Error(`UserError ${code} has no catalogue message "${message.key}"`);
    this.code = code;
    this.field = field ?? null;
    this.message = english({ key: message.key, values: message.params });
    this.messageKey = message.key;
    this.params = Object.entries(message.params ?? {}).map(([name, value]) => new UserErrorParameter(name, String(value)));
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

export function userError(code: UserErrorCode, message: UserErrorMessage, field?: string): UserError {
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
