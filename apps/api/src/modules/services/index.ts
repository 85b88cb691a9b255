import { registerNode } from '../../core/node.js';
import { Service } from './service.entity.js';
import { ServiceResolver } from './service.resolver.js';

registerNode({ typeName: 'Service', entity: Service, load: (context, id) => context.em.findOne(Service, { id }) });

export const servicesModule = {
  entities: [Service],
  resolvers: [ServiceResolver] as const,
};
