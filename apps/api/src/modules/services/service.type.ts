import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import { Node } from '../../core/node.js';
import { Payload } from '../../core/user-error.js';
import { OrganizationType } from '../organizations/organization.type.js';
import type { Organization } from '../organizations/organization.entity.js';
import type { Service } from './service.entity.js';

@ObjectType('Service', { implements: Node, simpleResolvers: true, description: 'A public service (layanan) of an agency.' })
export class ServiceType extends Node {
  @Field(() => String)
  slug: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  description: string;

  @Field(() => OrganizationType)
  agency: Organization;

  @Field(() => Int, { nullable: true, description: 'People served in a survey period; sets the minimum sample.' })
  population: number | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType()
export class ServiceConnection extends ConnectionType(ServiceType, 'Service') {}

export enum ServiceOrder {
  NAME = 'NAME',
  AGENCY = 'AGENCY',
}
registerEnumType(ServiceOrder, { name: 'ServiceOrder', description: 'NAME: by name; AGENCY: each agency’s services together, by name.' });

@InputType()
export class ServiceFilter {
  @Field(() => ID, { nullable: true })
  agencyId?: string;

  @Field(() => String, { nullable: true, description: 'Part of the name.' })
  text?: string;
}

@InputType()
export class CreateServiceInput {
  @Field(() => ID, { description: 'The agency that provides it.' })
  agencyId: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => Int, { nullable: true })
  population?: number;

  @Field(() => String, { nullable: true })
  slug?: string;
}

@ObjectType()
export class ServicePayload extends Payload {
  @Field(() => ServiceType, { nullable: true })
  service: Service | null = null;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateServiceInput {
  @Field(() => ID)
  serviceId: string;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => Int, { nullable: true, description: 'null clears it: the service then has no minimum sample.' })
  population?: number | null;
}
