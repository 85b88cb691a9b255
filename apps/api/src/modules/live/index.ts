import { LiveResolver } from './live.resolver.js';

export { serveLive } from './live-websocket.js';

export const liveModule = {
  entities: [],
  resolvers: [LiveResolver] as const,
};
