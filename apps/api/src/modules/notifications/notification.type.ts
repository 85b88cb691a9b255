import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import { Node } from '../../core/node.js';
import { Payload } from '../../core/user-error.js';
import { UserType } from '../accounts/user.type.js';
import type { User } from '../accounts/user.entity.js';
import { NotificationDelivery, NotificationKind } from './notification-kinds.js';

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What a notification is about.' });
registerEnumType(NotificationDelivery, {
  name: 'NotificationDelivery',
  description: 'OFF: never. IN_APP: in the notification centre. The email deliveries show in the app too.',
});

@ObjectType('Notification', { implements: Node, description: 'Something the viewer is told about; only its recipient sees it.' })
export class NotificationType extends Node {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => UserType, { nullable: true, description: 'Who caused it, when a person did.' })
  actor: User | null;

  @Field(() => String, { description: 'The title of what it is about, as it was then.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'A detail: the reply\'s first words, the votes reached, the new status or stage, the proposer, the idea, what changed.' })
  text: string | null;

  @Field(() => String, { nullable: true, description: 'The first words of what the actor wrote with it, e.g. the note of a proposal review.' })
  quote: string | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType()
export class NotificationConnection extends ConnectionType(NotificationType, 'Notification') {}

@ObjectType('NotificationSetting', { description: 'How the viewer gets one kind of notification.' })
export class NotificationSettingType {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => NotificationDelivery)
  delivery: NotificationDelivery;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'The notifications to mark; without it, all of the viewer\'s.' })
  ids?: string[] | null;
}

@ObjectType()
export class MarkNotificationsReadPayload extends Payload {
  @Field(() => [NotificationType], { description: 'The notifications marked read.' })
  notifications: object[] = [];

  @Field(() => Int, { description: 'How many remain unread.' })
  unreadCount = 0;
}

@InputType()
export class NotificationSettingInput {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => NotificationDelivery)
  delivery: NotificationDelivery;
}

@InputType()
export class UpdateNotificationSettingsInput {
  @Field(() => [NotificationSettingInput])
  settings: NotificationSettingInput[];
}

@ObjectType()
export class UpdateNotificationSettingsPayload extends Payload {
  @Field(() => [NotificationSettingType], { description: 'Every kind, as the viewer now gets it.' })
  settings: NotificationSettingType[] = [];
}
