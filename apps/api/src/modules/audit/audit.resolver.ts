import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { requirePlatformRole } from '../../core/authorization.js';
import { PageArgs, findPage } from '../../core/connection.js';
import { toGlobalId } from '../../core/global-id.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditEntryConnection, AuditEntryFilter, AuditEntryType } from './audit-entry.type.js';
import { auditWhere } from './audit-filter.js';

@Resolver(() => AuditEntryType)
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first (platform admins).' })
  auditEntries(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AuditEntryFilter, { nullable: true }) filter: AuditEntryFilter | null,
    @Ctx() context: Context,
  ) {
    requirePlatformRole(context, 'ADMIN');
    return findPage(context.em, AuditEntry, auditWhere(filter), [{ property: 'createdAt', direction: 'desc' }, { property: 'id', direction: 'desc' }], page, {
      populate: ['actor'],
    });
  }

  @FieldResolver(() => ID, { description: 'The global id of the object acted on.' })
  subjectId(@Root() entry: AuditEntry): string {
    return toGlobalId(entry.subjectType, entry.subjectId);
  }
}
