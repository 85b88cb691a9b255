import { Entity, Index, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from './user.entity.js';

/** A signed-in browser or script. Only a hash of the token is stored, so a database leak signs no one in. */
@Entity({ tableName: 'sessions' })
export class Session extends BaseEntity {
  [OptionalProps]?: 'userAgent' | 'lastUsedAt' | 'revokedAt';

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

  /** The browser's User-Agent when the session began, to name the device in the person's list of sessions. */
  @Property({ type: 'string', length: 300, nullable: true })
  userAgent: string | null = null;

  /** Moved forward at most every few minutes (see touchSession), not on every request. */
  @Property({ type: 'datetime' })
  lastUsedAt: Date = new Date();
}
