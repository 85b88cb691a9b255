import { isValidationMessageKey } from '@gotong/domain';
import { z, type ZodType } from 'zod';
import { dynamicKey, isKnownMessage, type Message, type MessageKey, type MessageValues } from './i18n';

/** Field name → message (a key, or a key with the API's parameters). */
export type FieldErrors = Record<string, Message>;

/** What an action answers when a form is refused; `intent` tells apart several forms on one page. */
export type FormFailure = {
  intent?: string;
  fieldErrors: FieldErrors;
  formError?: Message;
  /** What the person typed (never passwords), so a page rendered without JavaScript keeps it. */
  values?: Record<string, string>;
};

export type UserErrorLike = {
  code: string;
  field?: string | null;
  message: string;
  messageKey?: string;
  params?: readonly { name: string; value: string }[];
};

/** A text field of a form: trimmed, undefined when empty (so optional inputs stay unset). */
export function textOf(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A list typed into one field, items parted by `separator`: the trimmed, non-empty items. */
export function itemsOf(formData: FormData, name: string, separator: RegExp): string[] {
  return (textOf(formData, name) ?? '')
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A textarea of one item a line. */
export function linesOf(formData: FormData, name: string): string[] {
  return itemsOf(formData, name, /\r?\n/);
}

/** A list typed into one field, checked with the shared list schema: one message next to the field, not one per item. */
export function oneFieldList(schema: ZodType<unknown>) {
  return z.array(z.string()).superRefine((items, context) => {
    const result = schema.safeParse(items);
    if (!result.success) context.addIssue({ code: 'custom', message: result.error.issues[0]?.message ?? 'invalid' });
  });
}

/** Validates with a shared schema from @gotong/domain: the data, or the first message key of each field. */
export function validate<T>(schema: ZodType<T>, values: unknown): { data: T; fieldErrors?: undefined } | { data?: undefined; fieldErrors: FieldErrors } {
  const result = schema.safeParse(values);
  if (result.success) return { data: result.data };
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join('.');
    fieldErrors[field] ??= isValidationMessageKey(issue.message) ? `validation.${issue.message}` : fallbackKey(valueAt(values, issue.path));
  }
  return { fieldErrors };
}

function valueAt(values: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined), values);
}

/** zod's own messages (a missing choice, a wrong type) have no key: an empty value is "required", anything else "invalid". */
function fallbackKey(value: unknown): MessageKey {
  return value === undefined || value === '' ? 'validation.required' : 'validation.invalid';
}

/** An API error's parameters as message arguments; numbers become numbers, so plurals and number formats apply. */
function valuesOf(params: UserErrorLike['params']): MessageValues {
  return Object.fromEntries((params ?? []).map(({ name, value }) => [name, /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value]));
}

/** The catalogue message an API error names (its key and parameters), else the generic text of its code. */
export function messageOfUserError(error: UserErrorLike): Message {
  const key = error.messageKey && isKnownMessage(error.messageKey) ? error.messageKey : dynamicKey(`userError.${error.code}`);
  return { key, values: valuesOf(error.params) };
}

/** The API's UserErrors on the form: "input.email" → "email", each in the person's language. Errors without a field go on top. */
export function fromUserErrors(errors: readonly UserErrorLike[], intent?: string): FormFailure {
  const failure: FormFailure = { intent, fieldErrors: {} };
  for (const error of errors) {
    const message = messageOfUserError(error);
    const field = error.field?.replace(/^input\./, '');
    if (field) failure.fieldErrors[field] ??= message;
    else failure.formError ??= message;
  }
  return failure;
}
