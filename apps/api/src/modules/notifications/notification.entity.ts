import { Entity, Enum, Index, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../accounts/user.entity.js';
import { NotificationKind } from './notification-kinds.js';

/** Something a person is told about, in the app (and by email when they asked for it). */
@Entity({ tableName: 'notifications' })
@Index({ properties: ['recipient', 'createdAt', 'id'] })
@Index({ name: 'notifications_unread_index', expression: 'create index "notifications_unread_index" on "notifications" ("recipient_id", "created_at", "id") where "read_at" is null' })
@Index({ name: 'notifications_email_due_index', expression: 'create index "notifications_email_due_index" on "notifications" ("email_due_at") where "emailed_at" is null' })
export class Notification extends BaseEntity {
  [OptionalProps]?: 'actor' | 'text' | 'quote' | 'dedupeKey' | 'readAt' | 'emailDueAt' | 'emailedAt';

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  recipient: User;

  @Enum({ items: () => NotificationKind, type: 'string' })
  kind: NotificationKind;

  /** Who caused it, when a person did. */
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  actor: User | null = null;

  /** The object it is about (an idea, an innovation...), named by node type and id. */
  @Property({ type: 'string', length: 40 })
  subjectType: string;

  @Property({ type: 'uuid' })
  subjectId: string;

  /** The subject's title when the notification was made. */
  @Property({ type: 'string', length: 200 })
  title: string;

  /** A short excerpt or detail, e.g. the reply's first words or the milestone reached. */
  @Property({ type: 'string', length: 300, nullable: true })
  text: string | null = null;

  /** The first words of what the actor wrote with it, e.g. a reviewer's note. */
  @Property({ type: 'string', length: 300, nullable: true })
  quote: string | null = null;

  /** Makes an event notify once however often it is seen (e.g. one notification per vote milestone). */
  @Property({ type: 'string', length: 200, nullable: true })
  @Unique()
  dedupeKey: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  readAt: Date | null = null;

  /** When it goes out in an email digest; null when not emailed later. */
  @Property({ type: 'datetime', nullable: true })
  emailDueAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  emailedAt: Date | null = null;
}
