import { Entity, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../accounts/user.entity.js';

/**
 * A comment on any commentable subject (idea, discussion, later innovation, proposal, course), named by type and id.
 * `threadPath` orders a thread depth-first: each comment's path is its parent's path plus its own time-ordered key.
 */
@Entity({ tableName: 'comments' })
@Index({ properties: ['subjectType', 'subjectId', 'threadPath', 'id'] })
@Index({ properties: ['author', 'createdAt', 'id'] })
@Index({ properties: ['parent'] })
export class Comment extends BaseEntity {
  [OptionalProps]?: 'depth';

  @Property({ type: 'string', length: 40 })
  subjectType: string;

  @Property({ type: 'uuid' })
  subjectId: string;

  @ManyToOne({ entity: () => Comment, nullable: true, deleteRule: 'set null' })
  parent: Comment | null = null;

  @Property({ type: 'string', length: 400 })
  threadPath: string;

  @Property({ type: 'smallint', default: 0 })
  depth: number = 0;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  author: User;

  @Property({ type: 'text' })
  body: string;

  @Property({ type: 'text' })
  bodyHtml: string;

  @Property({ type: 'datetime', nullable: true })
  editedAt: Date | null = null;

  /** Deleted by its author: the thread keeps a "deleted" placeholder so replies keep their place. */
  @Property({ type: 'datetime', nullable: true })
  deletedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  hiddenAt: Date | null = null;
}
