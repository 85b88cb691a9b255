import { createOrganizationSchema, slugify } from '@gotong/domain';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { Membership } from './membership.entity.js';
import { Organization } from './organization.entity.js';
import type { CreateOrganizationInput } from './organization.type.js';

const slugTaken = () => new UserErrorException(userError(UserErrorCode.TAKEN, { key: 'error.organizationSlugTaken' }, 'input.slug'));

/** Creates an unverified organisation with its creator as OWNER. */
export async function createOrganization(context: Context, input: CreateOrganizationInput): Promise<Organization> {
  const viewer = requireViewer(context);
  const data = validateInput(createOrganizationSchema, input);
  const slug = data.slug ?? slugify(data.name);
  if (slug.length < 3) throw new UserErrorException(userError(UserErrorCode.INVALID, { key: 'error.slugTooShort' }, 'input.slug'));
  const { em } = context;
  if (await em.count(Organization, { slug })) throw slugTaken();
  const organization = em.create(Organization, {
    slug,
    name: data.name,
    kind: data.kind,
    description: data.description ?? '',
    website: data.website || null,
    ...(data.timeZone ? { timeZone: data.timeZone } : {}),
  });
  em.create(Membership, { organization, user: viewer, role: 'OWNER' });
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw slugTaken();
    throw error;
  }
  return organization;
}
