import { Entity, Enum, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { FullTextType } from '@mikro-orm/postgresql';
import type { DiscussionCategory } from '@gotong/domain';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../accounts/user.entity.js';

/** A forum thread in a category; moderators pin it (listed first) or lock it (no new comments). */
@Entity({ tableName: 'discussions' })
@Index({ properties: ['pinned', 'lastActivityAt', 'id'] })
@Index({ properties: ['category', 'pinned', 'lastActivityAt', 'id'] })
@Index({ properties: ['author', 'createdAt', 'id'] })
export class Discussion extends BaseEntity {
  [OptionalProps]?: 'pinned' | 'lastActivityAt' | 'searchVector';

  @Enum({ items: ['GENERAL', 'PUBLIC_SERVICES', 'INNOVATION', 'DIGITAL', 'HELP'], type: 'string' })
  category: DiscussionCategory;

  @Property({ type: 'string', length: 160 })
  title: string;

  @Property({ type: 'text' })
  body: string;

  @Property({ type: 'text' })
  bodyHtml: string;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  author: User;

  @Property({ type: 'boolean', default: false })
  pinned: boolean = false;

  @Property({ type: 'datetime', nullable: true })
  lockedAt: Date | null = null;

  /** When it was started or last commented on: the forum lists the liveliest threads first. */
  @Property({ type: 'datetime' })
  lastActivityAt: Date = new Date();

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
