import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Config } from './core/config.js';
import type { TopicPubSub } from './core/pubsub.js';
import type { Logger } from './core/logger.js';
import type { TokenScope } from './core/token-scopes.js';
import type { RateLimiters } from './core/rate-limit.js';
import { findSession, touchCredential, type FoundSession } from './modules/accounts/find-viewer.js';
import { isApiTokenSecret } from './modules/accounts/session-token.js';
import { activeSuspension } from './modules/accounts/suspension.js';
import type { Session } from './modules/accounts/session.entity.js';
import type { User } from './modules/accounts/user.entity.js';

/** What lives as long as the process: shared by every operation. */
export type AppServices = {
  orm: MikroORM;
  config: Config;
  logger: Logger;
  pubsub: TopicPubSub;
  rateLimiters: RateLimiters;
};

/** Writes the session cookie where the transport can (HTTP responses); absent on WebSocket and in-process calls. */
export type SessionCookieWriter = {
  set(token: string, expiresAt: Date): void;
  clear(): void;
};

/** What the request signed in with: scopes limit an API token (see core/operation-guard.ts). */
export type Credential =
  | { kind: 'none' }
  | { kind: 'session' }
  | { kind: 'api-token'; apiTokenId: string; scopes: readonly TokenScope[] }
  | { kind: 'rejected-api-token' }
  /** A suspended person's session or API token: every operation is refused with the end and the reason. */
  | { kind: 'suspended'; until: Date; reason: string };

export type Context = {
  em: EntityManager;
  viewer: User | null;
  /** The browser or script session; null when signed in with an API token. */
  session: Session | null;
  credential: Credential;
  /** The client's User-Agent, kept with a session it starts. */
  userAgent: string | null;
  clientAddress: string;
  services: AppServices;
  pubsub: TopicPubSub;
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
  userAgent?: string | null;
  sessionCookie: SessionCookieWriter | null;
};

export async function createContext(services: AppServices, request: ContextRequest): Promise<Context> {
  const em = services.orm.em.fork() as EntityManager;
  const found = await findSession(em, request.token);
  if (found) await touchCredential(em, found);
  return contextOf(services, request, em, found);
}

/** A person's session or API token, or the person alone (to check what they may see, e.g. a notification's recipient). */
export type ActingAs = FoundSession | { viewer: User; session: null; apiToken: null };

function credentialOf(request: ContextRequest, found: ActingAs | null, suspension: { until: Date; reason: string } | null): Credential {
  if (suspension) return { kind: 'suspended', ...suspension };
  if (found?.apiToken) return { kind: 'api-token', apiTokenId: found.apiToken.id, scopes: found.apiToken.scopes };
  if (found) return { kind: 'session' };
  return request.token && isApiTokenSecret(request.token) ? { kind: 'rejected-api-token' } : { kind: 'none' };
}

/**
 * A context over a given EntityManager and session; the subscribers of one live event share one EntityManager and
 * their `sharedLoaders`.
 */
export function contextOf(
  services: AppServices,
  request: ContextRequest,
  em: EntityManager,
  found: ActingAs | null,
  sharedLoaders?: Loaders,
): Context {
  const loaders: Loaders = new Map();
  // A suspended person acts as nobody: on every path (HTTP, WebSocket, each live event, notifications).
  const suspension = found ? activeSuspension(found.viewer) : null;
  const acting = suspension ? null : found;
  return {
    em,
    viewer: acting?.viewer ?? null,
    session: acting?.session ?? null,
    credential: credentialOf(request, acting, suspension),
    userAgent: request.userAgent ?? null,
    clientAddress: request.clientAddress,
    services,
    pubsub: services.pubsub,
    sessionCookie: request.sessionCookie,
    loader: (name, create) => loaderIn(loaders, name, create),
    sharedLoader: (name, create) => loaderIn(sharedLoaders ?? loaders, name, create),
  };
}
