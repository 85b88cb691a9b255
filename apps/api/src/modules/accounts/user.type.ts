import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/node.js';

export enum PlatformRole {
  MEMBER = 'MEMBER',
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
}
registerEnumType(PlatformRole, { name: 'PlatformRole', description: 'What a person may do across the whole platform.' });

export enum Locale {
  id = 'id',
  en = 'en',
}
registerEnumType(Locale, { name: 'Locale', description: 'Interface language: Indonesian (id) or English (en).' });

@ObjectType('User', { implements: Node, simpleResolvers: true, description: 'A person with an account.' })
export class UserType extends Node {
  @Field(() => String, { description: 'The public name; "Pengguna terhapus" once the account is deleted.' })
  displayName: string;

  @Field(() => PlatformRole)
  platformRole: PlatformRole;

  @Field(() => Date)
  createdAt: Date;
}
