import { updateProfileSchema } from '@gotong/domain';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { validateInput } from '../../core/validation.js';
import type { UpdateProfileInput } from './auth.inputs.js';
import type { User } from './user.entity.js';

export async function updateProfile(context: Context, input: UpdateProfileInput): Promise<User> {
  const viewer = requireViewer(context);
  const data = validateInput(updateProfileSchema, {
    displayName: input.displayName ?? undefined,
    bio: input.bio ?? undefined,
    locale: input.locale ?? undefined,
  });
  context.em.assign(viewer, Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)));
  await context.em.flush();
  return viewer;
}
