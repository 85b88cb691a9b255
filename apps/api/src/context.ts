import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { PubSub } from 'type-graphql';
import type { Config } from './core/config.js';
import type { Logger } from './core/logger.js';
import type { RateLimiters } from './core/rate-limit.js';
import { findSession, type FoundSession } from './modules/accounts/find-viewer.js';
import type { Session } from './modules/accounts/session.entity.js';
import type { User } from './modules/accounts/user.entity.js';

/** What lives as long as the process: shared by every operation. */
export type AppServices = {
  orm: MikroORM;
  config: Config;
  logger: Logger;
  pubsub: PubSub;
  rateLimiters: RateLimiters;
};

/** Writes the session cookie where the transport can (HTTP responses); absent on WebSocket and in-process calls. */
export type SessionCookieWriter = {
  set(token: string, expiresAt: Date): void;
  clear(): void;
};

export type Context = {
  em: EntityManager;
  viewer: User | null;
  session: Session | null;
  clientAddress: string;
  services: AppServices;
  pubsub: PubSub;
  sessionCookie: SessionCookieWriter | null;
  /** A DataLoader that lives as long as this operation, created on first use. */
  loader<Key, Value, CacheKey = Key>(name: string, create: () => DataLoader<Key, Value, CacheKey>): DataLoader<Key, Value, CacheKey>;
  /**
   * A DataLoader whose answers do not depend on who asks (`create` must not read the viewer): per operation over
   * HTTP, and shared by all the subscribers of one live event.
   */
  sharedLoader<Key, Value, CacheKey = Key>(name: string, create: () => DataLoader<Key, Value, CacheKey>): DataLoader<Key, Value, CacheKey>;
};

type Loaders = Map<string, DataLoader<unknown, unknown, unknown>>;

function loaderIn<Key, Value, CacheKey>(loaders: Loaders, name: string, create: () => DataLoader<Key, Value, CacheKey>): DataLoader<Key, Value, CacheKey> {
  let loader = loaders.get(name);
  if (!loader) {
    loader = create() as DataLoader<unknown, unknown, unknown>;
    loaders.set(name, loader);
  }
  return loader as DataLoader<Key, Value, CacheKey>;
}

export type ContextRequest = {
  token: string | null;
  clientAddress: string;
  sessionCookie: SessionCookieWriter | null;
};

export async function createContext(services: AppServices, request: ContextRequest): Promise<Context> {
  const em = services.orm.em.fork() as EntityManager;
  return contextOf(services, request, em, await findSession(em, request.token));
}

/**
 * A context over a given EntityManager and session; the subscribers of one live event share one EntityManager and
 * their `sharedLoaders`.
 */
export function contextOf(services: AppServices, request: ContextRequest, em: EntityManager, found: FoundSession | null, sharedLoaders?: Loaders): Context {
  const loaders: Loaders = new Map();
  return {
    em,
    viewer: found?.viewer ?? null,
    session: found?.session ?? null,
    clientAddress: request.clientAddress,
    services,
    pubsub: services.pubsub,
    sessionCookie: request.sessionCookie,
    loader: (name, create) => loaderIn(loaders, name, create),
    sharedLoader: (name, create) => loaderIn(sharedLoaders ?? loaders, name, create),
  };
}
