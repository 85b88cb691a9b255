import { registerNode } from '../../core/node.js';
import { Service } from './service.entity.js';
import { OrganizationServicesResolver, ServiceResolver } from './service.resolver.js';

registerNode({ typeName: 'Service', entity: Service, load: (context, id) => context.em.findOne(Service, { id }) });

export const servicesModule = {
  entities: [Service],
  resolvers: [ServiceResolver, OrganizationServicesResolver] as const,
};
