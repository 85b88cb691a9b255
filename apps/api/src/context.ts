import type { PlatformRole } from '@gotong/domain';
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
  /** Forked on first use: an operation that reads nothing through the ORM (`{ __typename }`, hand-written SQL) makes none. */
  readonly em: EntityManager;
  /** The signed-in person's id: what ownership checks and per-viewer SQL need, without the entity. */
  readonly viewerId: string | null;
  /** The signed-in person's platform role (see viewerHasPlatformRole), without the entity. */
  readonly viewerRole: PlatformRole | null;
  /** Whether the signed-in person has confirmed their address (see requireConfirmedEmail), without the entity. */
  readonly viewerEmailConfirmed: boolean;
  /** The signed-in person as a managed entity (for use cases that link to them or read their settings), made on first use. */
  viewer: User | null;
  /** The browser or script session; null when signed in with an API token. Managed, made on first use. */
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
  // Through the process's connection: the session's rows are read as they are, into no EntityManager (ADR 035).
  const found = await findSession(services.orm.em, request.token);
  if (found) await touchCredential(services.orm.em, found);
  return contextOf(services, request, null, found);
}

/** A person's session or API token, or the person alone (to check what they may see, e.g. a notification's recipient). */
export type ActingAs = FoundSession | { viewer: User; session: null; apiToken: null };

function credentialOf(request: ContextRequest, found: ActingAs | null, suspension: { until: Date; reason: string } | null): Credential {
  if (suspension) return { kind: 'suspended', ...suspension };
  if (found?.apiToken) return { kind: 'api-token', apiTokenId: found.apiToken.id, scopes: found.apiToken.scopes };
  if (found) return { kind: 'session' };
  return request.token && isApiTokenSecret(request.token) ? { kind: 'rejected-api-token' } : { kind: 'none' };
}

/** What an operation makes on first use; shared by reference with every copy of its context (see OperationContext). */
type OperationState = {
  services: AppServices;
  acting: ActingAs | null;
  em: EntityManager | null;
  viewerId: string | null;
  viewerRole: PlatformRole | null;
  viewerEmailConfirmed: boolean;
  /** undefined: not made yet (from the session's row, in the operation's EntityManager). */
  viewer: User | null | undefined;
  session: Session | null | undefined;
};

const operationState = Symbol('operation state');

/**
 * Apollo runs each operation with a copy of the context it is given (`Object.assign` onto an object of the same
 * prototype), and a live event renews a subscription's context the same way: so what is made on first use lives in one
 * state object that every copy holds by reference, read through accessors on the prototype.
 */
type OperationFields = Omit<Context, 'em' | 'viewerId' | 'viewerRole' | 'viewerEmailConfirmed' | 'viewer' | 'session'>;

class OperationContext implements Context {
  [operationState]: OperationState;
  declare credential: Credential;
  declare userAgent: string | null;
  declare clientAddress: string;
  declare services: AppServices;
  declare pubsub: TopicPubSub;
  declare sessionCookie: SessionCookieWriter | null;
  declare loader: Context['loader'];
  declare sharedLoader: Context['sharedLoader'];

  constructor(state: OperationState, fields: OperationFields) {
    this[operationState] = state;
    Object.assign(this, fields);
  }

  get em(): EntityManager {
    const state = this[operationState];
    return (state.em ??= state.services.orm.em.fork() as EntityManager);
  }

  get viewerId(): string | null {
    return this[operationState].viewerId;
  }

  get viewerRole(): PlatformRole | null {
    return this[operationState].viewerRole;
  }

  get viewerEmailConfirmed(): boolean {
    return this[operationState].viewerEmailConfirmed;
  }

  get viewer(): User | null {
    const state = this[operationState];
    if (state.viewer === undefined) state.viewer = (state.acting as FoundSession).viewer(this.em);
    return state.viewer;
  }

  set viewer(value: User | null) {
    const state = this[operationState];
    state.viewer = value;
    state.viewerId = value?.id ?? null;
    state.viewerRole = value?.platformRole ?? null;
    state.viewerEmailConfirmed = Boolean(value?.emailConfirmedAt);
  }

  get session(): Session | null {
    const state = this[operationState];
    if (state.session === undefined) state.session = (state.acting as FoundSession & { session: object }).session.entity(this.em);
    return state.session;
  }

  set session(value: Session | null) {
    this[operationState].session = value;
  }
}

/** The same object for every copy of one operation's context (Apollo's, the transport's): what a transport keys its state by. */
export function operationOf(context: Context): object {
  return (context as OperationContext)[operationState];
}

/**
 * A context over a given EntityManager (null: forked on first use) and session; the subscribers of one live event share
 * one EntityManager and their `sharedLoaders`. The fork and the managed viewer and session are made when first read.
 */
export function contextOf(
  services: AppServices,
  request: ContextRequest,
  em: EntityManager | null,
  found: ActingAs | null,
  sharedLoaders?: Loaders,
): Context {
  const loaders: Loaders = new Map();
  // A suspended person acts as nobody: on every path (HTTP, WebSocket, each live event, notifications).
  const suspension = found ? activeSuspension('viewerId' in found ? found : found.viewer) : null;
  const acting = suspension ? null : found;
  const state: OperationState = {
    services,
    acting,
    em,
    viewerId: acting ? ('viewerId' in acting ? acting.viewerId : acting.viewer.id) : null,
    viewerRole: acting ? ('viewerId' in acting ? acting.platformRole : acting.viewer.platformRole) : null,
    viewerEmailConfirmed: acting ? ('viewerId' in acting ? acting.emailConfirmed : Boolean(acting.viewer.emailConfirmedAt)) : false,
    viewer: acting ? ('viewerId' in acting ? undefined : acting.viewer) : null,
    session: acting?.session ? undefined : null,
  };
  return new OperationContext(state, {
    credential: credentialOf(request, acting, suspension),
    userAgent: request.userAgent ?? null,
    clientAddress: request.clientAddress,
    services,
    pubsub: services.pubsub,
    sessionCookie: request.sessionCookie,
    loader: (name, create) => loaderIn(loaders, name, create),
    sharedLoader: (name, create) => loaderIn(sharedLoaders ?? loaders, name, create),
  });
}
