import { isValidationMessageKey } from '@gotong/domain';
import { translatorFor } from '@gotong/messages';
import type { ZodError, ZodType } from 'zod';
import { UserError, UserErrorCode, UserErrorException } from './user-error.js';

const english = translatorFor('en');

function codeOf(issue: ZodError['issues'][number]): UserErrorCode {
  if (issue.code === 'too_big') return UserErrorCode.TOO_LONG;
  if (issue.code === 'too_small') {
    return 'minimum' in issue && issue.minimum === 1 && issue.type === 'string' ? UserErrorCode.REQUIRED : UserErrorCode.TOO_SHORT;
  }
  return UserErrorCode.INVALID;
}

/**
 * Validates a mutation input with a zod schema (often one from @gotong/domain, shared with the web forms).
 * The first problem of each field becomes a UserError whose field is the input path, e.g. "input.title".
 */
export function validateInput<T>(schema: ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const firstIssueOfEachField = new Map<string, ZodError['issues'][number]>();
  for (const issue of result.error.issues) {
    const field = ['input', ...issue.path].join('.');
    if (!firstIssueOfEachField.has(field)) firstIssueOfEachField.set(field, issue);
  }
  throw new UserErrorException([...firstIssueOfEachField].map(([field, issue]) => new UserError(codeOf(issue), isValidationMessageKey(issue.message) ? english(`validation.${issue.message}`) : issue.message, field)));
}
