import { LiveResolver } from './live.resolver.js';

export { createLiveContext } from './live-context.js';
export { subscribeLive } from './live-subscribe.js';
export { boundSendBuffer } from './send-buffer.js';

export const liveModule = {
  entities: [],
  resolvers: [LiveResolver] as const,
};
