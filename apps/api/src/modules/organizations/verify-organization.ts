import type { Context } from '../../context.js';
import { requirePlatformRole } from '../../core/authorization.js';
import { recordAudit } from '../audit/record-audit.js';
import { findOrganizationInput } from './find-organization.js';
import type { Organization } from './organization.entity.js';
import type { VerifyOrganizationInput } from './organization.type.js';

export async function verifyOrganization(context: Context, input: VerifyOrganizationInput): Promise<Organization> {
  const admin = requirePlatformRole(context, 'ADMIN');
  const organization = await findOrganizationInput(context, input.organizationId, 'input.organizationId');
  const verified = input.verified ?? true;
  organization.verifiedAt = verified ? (organization.verifiedAt ?? new Date()) : null;
  organization.verifiedBy = verified ? admin : null;
  recordAudit(context.em, {
    actor: admin,
    action: verified ? 'organization.verify' : 'organization.unverify',
    subjectType: 'Organization',
    subjectId: organization.id,
    note: input.note?.slice(0, 2000) ?? null,
  });
  await context.em.flush();
  return organization;
}
