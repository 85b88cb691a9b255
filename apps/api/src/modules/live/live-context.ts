import { createContext, type AppServices, type Context, type ContextRequest } from '../../context.js';

const requests = new WeakMap<Context, ContextRequest>();

/** The context of one WebSocket operation; it lives as long as the subscription. */
export async function createLiveContext(services: AppServices, request: ContextRequest): Promise<Context> {
  const context = await createContext(services, request);
  requests.set(context, request);
  return context;
}

/**
 * Before each event, a subscription gets a fresh EntityManager and fresh DataLoaders (the old identity map would
 * serve stale rows) and its session is checked again, so a person who signed out stops receiving private events.
 */
export async function renewForEvent(context: Context): Promise<void> {
  const request = requests.get(context);
  if (!request) throw new Error('A subscription runs only with a context made by createLiveContext');
  Object.assign(context, await createContext(context.services, request));
}
