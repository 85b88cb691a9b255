import { commentBody } from '@gotong/domain';
import { z } from 'zod';
import { validateInput } from '../../core/validation.js';

const commentBodySchema = z.object({ body: commentBody });

export function validateCommentBody(body: string): string {
  return validateInput(commentBodySchema, { body }).body;
}
