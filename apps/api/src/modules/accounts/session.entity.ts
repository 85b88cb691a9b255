import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from './user.entity.js';

/** A signed-in browser or script. Only a hash of the token is stored, so a database leak signs no one in. */
@Entity({ tableName: 'sessions' })
export class Session extends BaseEntity {
  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  @Index()
  user: User;

  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash: string;

  @Property({ type: 'datetime' })
  expiresAt: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
