import { isValidationMessageKey } from '@gotong/domain';
import type { ZodError, ZodType } from 'zod';
import { UserError, UserErrorCode, UserErrorException, type UserErrorMessage } from './user-error.js';

function codeOf(issue: ZodError['issues'][number]): UserErrorCode {
  if (issue.code === 'too_big') return UserErrorCode.TOO_LONG;
  if (issue.code === 'too_small') {
    return 'minimum' in issue && issue.minimum === 1 && issue.type === 'string' ? UserErrorCode.REQUIRED : UserErrorCode.TOO_SHORT;
  }
  return UserErrorCode.INVALID;
}

/** The shared schemas' message keys are catalogue messages ("validation.tooLong") with the limit as `limit`. */
function messageOf(issue: ZodError['issues'][number]): UserErrorMessage {
  if (!isValidationMessageKey(issue.message)) return { key: 'validation.invalid' };
  const limit = issue.code === 'too_big' ? issue.maximum : issue.code === 'too_small' ? issue.minimum : undefined;
  return { key: `validation.${issue.message}`, params: limit === undefined ? {} : { limit: Number(limit) } };
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
  throw new UserErrorException([...firstIssueOfEachField].map(([field, issue]) => new UserError(codeOf(issue), messageOf(issue), field)));
}
