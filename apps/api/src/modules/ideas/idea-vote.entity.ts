import { Entity, Index, ManyToOne, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../accounts/user.entity.js';
import { Idea } from './idea.entity.js';

/** One person's vote for one idea; the unique constraint is what makes a double vote count once. */
@Entity({ tableName: 'idea_votes' })
@Unique({ properties: ['idea', 'user'] })
@Index({ properties: ['user', 'createdAt', 'id'] })
// The ideas most supported lately: the votes of a recent span, read from the index alone.
@Index({ name: 'idea_votes_created_at_index', expression: 'create index "idea_votes_created_at_index" on "idea_votes" ("created_at") include ("idea_id")' })
export class IdeaVote extends BaseEntity {
  @ManyToOne({ entity: () => Idea, deleteRule: 'cascade' })
  idea: Idea;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user: User;
}
