import { Entity, Enum, ManyToOne, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../accounts/user.entity.js';
import { NotificationDelivery, NotificationKind } from './notification-kinds.js';

/** How one person wants one kind of notification; absent means the default delivery. */
@Entity({ tableName: 'notification_settings' })
@Unique({ properties: ['user', 'kind'] })
export class NotificationSetting extends BaseEntity {
  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user: User;

  @Enum({ items: () => NotificationKind, type: 'string' })
  kind: NotificationKind;

  @Enum({ items: () => NotificationDelivery, type: 'string' })
  delivery: NotificationDelivery;
}
