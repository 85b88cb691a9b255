import { Entity, Enum, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { FullTextType } from '@mikro-orm/postgresql';
import type { IdeaKind, IdeaStatus } from '@gotong/domain';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../accounts/user.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Service } from '../services/service.entity.js';

/** A problem named or a solution proposed (gagasan). Counters are kept by atomic SQL updates, never by read-modify-write. */
@Entity({ tableName: 'ideas' })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['voteCount', 'id'] })
@Index({ properties: ['hotScore', 'id'] })
@Index({ properties: ['status', 'createdAt', 'id'] })
@Index({ properties: ['status', 'hotScore', 'id'] })
@Index({ properties: ['status', 'voteCount', 'id'] })
@Index({ properties: ['kind', 'createdAt', 'id'] })
@Index({ properties: ['author', 'createdAt', 'id'] })
@Index({ properties: ['organization', 'createdAt', 'id'] })
@Index({ properties: ['agency', 'createdAt', 'id'] })
@Index({ properties: ['service', 'createdAt', 'id'] })
@Index({ properties: ['mergedInto'] })
@Index({ properties: ['innovationId'] })
// The statistics' counts by status and month: index-only scans by period, by agency and by service (ADR 025).
@Index({ name: 'ideas_statistics_index', expression: 'create index "ideas_statistics_index" on "ideas" ("created_at") include ("status", "hidden_at", "agency_id", "service_id")' })
@Index({ name: 'ideas_agency_statistics_index', expression: 'create index "ideas_agency_statistics_index" on "ideas" ("agency_id", "created_at") include ("status", "hidden_at", "service_id")' })
@Index({ name: 'ideas_service_statistics_index', expression: 'create index "ideas_service_statistics_index" on "ideas" ("service_id", "created_at") include ("status", "hidden_at")' })
@Index({ name: 'ideas_tags_index', expression: 'create index "ideas_tags_index" on "ideas" using gin ("tags")' })
@Index({ name: 'ideas_title_search_index', expression: "create index \"ideas_title_search_index\" on \"ideas\" using gin (search_document(title, ''))" })
@Index({ name: 'ideas_title_trigram_index', expression: 'create index "ideas_title_trigram_index" on "ideas" using gin ("title" gin_trgm_ops)' })
export class Idea extends BaseEntity {
  [OptionalProps]?: 'status' | 'voteCount' | 'hotScore' | 'tags' | 'searchVector';

  @Enum({ items: ['PROBLEM', 'SOLUTION'], type: 'string' })
  kind: IdeaKind;

  @Enum({ items: ['OPEN', 'UNDER_REVIEW', 'ACCEPTED', 'DECLINED', 'MERGED'], type: 'string', default: 'OPEN' })
  status: IdeaStatus = 'OPEN';

  @Property({ type: 'string', length: 160 })
  title: string;

  /** The markdown as written, kept for editing. */
  @Property({ type: 'text' })
  body: string;

  /** The markdown rendered to sanitised HTML when saved. */
  @Property({ type: 'text' })
  bodyHtml: string;

  @Property({ type: 'text[]', default: '{}' })
  tags: string[] = [];

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  author: User;

  /** The organisation it was posted on behalf of. */
  @ManyToOne({ entity: () => Organization, nullable: true, deleteRule: 'set null' })
  organization: Organization | null = null;

  /** The agency it is addressed to, whose officers review it. */
  @ManyToOne({ entity: () => Organization, nullable: true, deleteRule: 'set null' })
  agency: Organization | null = null;

  @ManyToOne({ entity: () => Service, nullable: true, deleteRule: 'set null' })
  service: Service | null = null;

  @Property({ type: 'integer', default: 0 })
  voteCount: number = 0;

  /** log2 of the sum of 2^(hotTime) over the posting and every vote (see @gotong/domain hotTime). */
  @Property({ type: 'double', default: 0 })
  hotScore: number = 0;

  /** The public reason of a DECLINED (or a note on another decision). */
  @Property({ type: 'text', nullable: true })
  decisionReason: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @ManyToOne({ entity: () => Idea, nullable: true, deleteRule: 'set null' })
  mergedInto: Idea | null = null;

  /** The innovation it became or joined (set by the pipeline module through acceptIdeasIntoInnovation). */
  @Property({ type: 'uuid', nullable: true })
  innovationId: string | null = null;

  /** Set by a moderator: then only moderators and the author see it. */
  @Property({ type: 'datetime', nullable: true })
  hiddenAt: Date | null = null;

  @Property({
    type: FullTextType,
    // Written as PostgreSQL prints it back, so that schema diffs see no change.
    // search_document: the migration's immutable wrapper of unaccent and to_tsvector (ADR 023).
    generated: 'search_document((title)::text, body) stored',
    lazy: true,
    hidden: true,
    nullable: true,
  })
  @Index({ type: 'fulltext' })
  searchVector: string | null;
}
