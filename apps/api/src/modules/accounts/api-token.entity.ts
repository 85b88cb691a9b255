import { ArrayType, Entity, Index, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import type { TokenScope } from '../../core/token-scopes.js';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from './user.entity.js';

/** A long-lived, scoped, revocable credential for a partner's system; like sessions, only its hash is stored. */
@Entity({ tableName: 'api_tokens' })
@Index({ properties: ['user', 'createdAt', 'id'] })
export class ApiToken extends BaseEntity {
  [OptionalProps]?: 'lastUsedAt' | 'revokedAt';

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user: User;

  @Property({ type: 'string', length: 80 })
  name: string;

  @Property({ type: ArrayType })
  scopes: TokenScope[];

  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash: string;

  @Property({ type: 'datetime' })
  expiresAt: Date;

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
