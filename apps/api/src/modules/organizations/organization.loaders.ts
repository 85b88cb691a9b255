import type { MemberRole } from '@gotong/domain';
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { Membership } from './membership.entity.js';

export function viewerRoleLoader(context: Context) {
  return context.loader('organizations.viewerRole', () => new DataLoader<string, MemberRole | null>(async (organizationIds) => {
    const memberships = await context.em.find(Membership, { user: context.viewer!.id, organization: { $in: [...organizationIds] } });
    const roles = new Map(memberships.map((membership) => [membership.organization.id, membership.role]));
    return organizationIds.map((id) => roles.get(id) ?? null);
  }));
}

export function memberCountLoader(context: Context) {
  return context.loader('organizations.memberCount', () => new DataLoader<string, number>(async (organizationIds) => {
    const rows: { organization_id: string; count: string }[] = await context.em.getConnection().execute(
      'select organization_id, count(*) as count from memberships where organization_id in (?) group by organization_id',
      [[...organizationIds]],
    );
    const counts = new Map(rows.map((row) => [row.organization_id, Number(row.count)]));
    return organizationIds.map((id) => counts.get(id) ?? 0);
  }));
}
