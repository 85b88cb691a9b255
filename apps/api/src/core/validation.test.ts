import 'reflect-metadata';
import { postIdeaSchema } from '@gotong/domain';
import { describe, expect, it } from 'vitest';
import { UserErrorCode, UserErrorException } from './user-error.js';
import { validateInput } from './validation.js';

function refusalOf(input: unknown): UserErrorException {
  try {
    validateInput(postIdeaSchema, input);
  } catch (error) {
    if (error instanceof UserErrorException) return error;
  }
  throw new Error('expected a refusal');
}

describe('validateInput', () => {
  it('names the catalogue message and its limit, so clients word the refusal in their language', () => {
    const [error] = refusalOf({ kind: 'PROBLEM', title: 'x'.repeat(161), body: 'Antrean panjang di kantor kecamatan setiap pagi.' }).errors;
    expect(error).toMatchObject({ code: UserErrorCode.TOO_LONG, field: 'input.title', messageKey: 'validation.tooLong', message: 'Too long.' });
    expect(error?.params).toEqual([{ name: 'limit', value: '160' }]);
  });
});
