import { Entity, Enum, Index, Property, Unique, OptionalProps, type Opt } from '@mikro-orm/core';
import type { Locale, PlatformRole } from '@gotong/domain';
import { BaseEntity } from '../../core/base.entity.js';

@Entity({ tableName: 'users' })
export class User extends BaseEntity {
  [OptionalProps]?: 'platformRole' | 'locale' | 'emailConfirmedAt' | 'suspendedUntil' | 'suspensionReason';

  @Property({ type: 'string', length: 254 })
  @Unique()
  email: string;

  @Property({ type: 'string', length: 80 })
  displayName: string;

  @Property({ type: 'string', hidden: true, lazy: true })
  passwordHash: string;

  @Enum({ items: ['MEMBER', 'MODERATOR', 'ADMIN'], type: 'string' })
  platformRole: PlatformRole = 'MEMBER';

  @Property({ type: 'text', default: '' })
  bio: string & Opt = '';

  @Property({ type: 'string', length: 5, default: 'id' })
  locale: Locale = 'id';

  /** When the person proved they read mail at `email` (the link of a confirmation or password-reset email). */
  @Property({ type: 'datetime', nullable: true })
  emailConfirmedAt: Date | null = null;

  /** Set when the person deleted their account: their contributions stay, anonymised. */
  @Property({ type: 'datetime', nullable: true })
  @Index()
  deletedAt: Date | null = null;

  /** Set by a moderator: until then the person cannot sign in and their credentials are refused (see modules/moderation). */
  @Property({ type: 'datetime', nullable: true })
  suspendedUntil: Date | null = null;

  @Property({ type: 'text', nullable: true })
  suspensionReason: string | null = null;
}
