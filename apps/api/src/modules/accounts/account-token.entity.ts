import { Entity, Enum, Index, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from './user.entity.js';

export enum AccountTokenPurpose {
  PASSWORD_RESET = 'PASSWORD_RESET',
  EMAIL_CONFIRMATION = 'EMAIL_CONFIRMATION',
  EMAIL_CHANGE = 'EMAIL_CHANGE',
}

/**
 * A single-use secret mailed to a person (reset the password, confirm an address). Only its SHA-256 is stored, so a
 * database leak opens no account; `usedAt` is set by one conditional update, so two uses at once cannot both succeed.
 */
@Entity({ tableName: 'account_tokens' })
@Index({ properties: ['user', 'purpose'] })
export class AccountToken extends BaseEntity {
  [OptionalProps]?: 'usedAt' | 'newEmail';

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user: User;

  @Enum({ items: () => AccountTokenPurpose, type: 'string' })
  purpose: AccountTokenPurpose;

  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash: string;

  @Property({ type: 'datetime' })
  expiresAt: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;

  /** For EMAIL_CHANGE: the address that becomes the account's once this token is used. */
  @Property({ type: 'string', length: 254, nullable: true })
  newEmail: string | null = null;
}
