import { Entity, Enum, Index, OptionalProps, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';

export enum OutgoingEmailStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

/**
 * An email waiting to go out (or gone): a table, so that the queue survives a restart and several processes share it.
 * A sender claims a row by moving its next attempt into the future, so a crash mid-send only delays it.
 */
@Entity({ tableName: 'outgoing_emails' })
@Index({ properties: ['status', 'nextAttemptAt'] })
export class OutgoingEmail extends BaseEntity {
  [OptionalProps]?: 'status' | 'attempts' | 'nextAttemptAt' | 'sentAt' | 'lastError';

  @Property({ type: 'string', length: 254 })
  recipient: string;

  @Property({ type: 'string', length: 200 })
  subject: string;

  @Property({ type: 'text' })
  text: string;

  @Enum({ items: () => OutgoingEmailStatus, type: 'string', default: OutgoingEmailStatus.PENDING })
  status: OutgoingEmailStatus = OutgoingEmailStatus.PENDING;

  @Property({ type: 'integer', default: 0 })
  attempts = 0;

  @Property({ type: 'datetime' })
  nextAttemptAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  lastError: string | null = null;
}
