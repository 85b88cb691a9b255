import { Entity, Index, ManyToOne, OneToOne } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../accounts/index.js';
import { Comment } from '../comments/index.js';
import { Idea } from '../ideas/index.js';
import { Organization } from '../organizations/index.js';

/** A comment an officer marked as the addressed agency's official reply to an idea. */
@Entity({ tableName: 'official_replies' })
@Index({ properties: ['idea', 'createdAt'] })
export class OfficialReply extends BaseEntity {
  @OneToOne({ entity: () => Comment, owner: true, unique: true, deleteRule: 'cascade' })
  comment: Comment;

  @ManyToOne({ entity: () => Idea, deleteRule: 'cascade' })
  idea: Idea;

  @ManyToOne({ entity: () => Organization, deleteRule: 'cascade' })
  agency: Organization;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  markedBy: User | null = null;
}
