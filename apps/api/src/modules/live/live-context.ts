import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { contextOf, type AppServices, type Context, type ContextRequest } from '../../context.js';
import { findSessions, touchCredential, type FoundSession } from '../accounts/find-viewer.js';

const requests = new WeakMap<Context, ContextRequest>();

/** The sessions of the subscriptions that open at the same moment (a page's, or thousands after a restart), found together. */
const openingSessions = new WeakMap<AppServices, DataLoader<string, FoundSession | null>>();

function sessionsOfOpening(services: AppServices): DataLoader<string, FoundSession | null> {
  let loader = openingSessions.get(services);
  if (!loader) {
    loader = new DataLoader<string, FoundSession | null>(
      async (tokens) => {
        // Read as rows, into no EntityManager: each operation makes the entities in its own when it needs them.
        const found = await findSessions(services.orm.em, tokens);
        for (const session of found.values()) await touchCredential(services.orm.em, session);
        return tokens.map((token) => found.get(token) ?? null);
      },
      // Looked up afresh each time: a session ended a moment ago must not open a subscription.
      { cache: false, maxBatchSize: 1000 },
    );
    openingSessions.set(services, loader);
  }
  return loader;
}

/**
 * The context of one WebSocket operation; it lives as long as the subscription. Its EntityManager is forked on first
 * use: each event brings its own (`renewForEvent`), and most subscriptions never need another.
 */
export async function createLiveContext(services: AppServices, request: ContextRequest): Promise<Context> {
  const found = request.token ? await sessionsOfOpening(services).load(request.token) : null;
  const context = contextOf(services, request, null, found);
  requests.set(context, request);
  return context;
}

/**
 * What the subscribers of one event share: a fresh EntityManager (rows loaded for one subscriber serve the next from
 * its identity map), one query for all their sessions and the DataLoaders that do not depend on the viewer.
 */
export type EventScope = {
  em: EntityManager;
  /** Nobody's context over `em`: what the public sees of the event, rendered once for every subscriber it suits. */
  anonymous: Context;
  sessions: DataLoader<string, FoundSession | null>;
  /** The DataLoaders whose answers do not depend on the viewer (`Context.sharedLoader`). */
  sharedLoaders: Map<string, DataLoader<unknown, unknown, unknown>>;
  /** The loads anonymous subscribers share, by their subscription's key. */
  loads: Map<string, Promise<unknown>>;
  /** Settles when the event's first load has (its rows are then in `em`). */
  firstLoad: Promise<void> | null;
};

/** Keyed by the event's payload: every subscriber of the process receives the same payload object. */
const scopes = new WeakMap<object, EventScope>();

export function eventScope(services: AppServices, event: object): EventScope {
  let scope = scopes.get(event);
  if (!scope) {
    const em = services.orm.em.fork() as EntityManager;
    const sessions = new DataLoader<string, FoundSession | null>(
      async (tokens) => {
        const found = await findSessions(em, tokens);
        return tokens.map((token) => found.get(token) ?? null);
      },
      { maxBatchSize: 1000 },
    );
    const sharedLoaders = new Map<string, DataLoader<unknown, unknown, unknown>>();
    const anonymous = contextOf(services, { token: null, clientAddress: 'live', sessionCookie: null }, em, null, sharedLoaders);
    scope = { em, anonymous, sessions, sharedLoaders, loads: new Map(), firstLoad: null };
    scopes.set(event, scope);
  }
  return scope;
}

/**
 * Before each event, a subscription gets the event's EntityManager and fresh DataLoaders (the old identity map would
 * serve stale rows) and its session is checked again, so a person who signed out stops receiving private events.
 */
export async function renewForEvent(context: Context, event: object): Promise<void> {
  const request = requests.get(context);
  if (!request) throw new Error('A subscription runs only with a context made by createLiveContext');
  const scope = eventScope(context.services, event);
  const found = request.token ? await scope.sessions.load(request.token) : null;
  Object.assign(context, contextOf(context.services, request, scope.em, found, scope.sharedLoaders));
}

/** The subscriptions whose operation selects no field that depends on the viewer (see `selectsViewerFields`). */
const publicViews = new WeakSet<Context>();

export function takePublicView(context: Context): void {
  publicViews.add(context);
}

/**
 * Whether the subscription may receive the public rendering of an event whenever the public may see its object: its
 * operation then gives the same answer for everyone, signed in or not.
 */
export function takesPublicView(context: Context): boolean {
  return !context.viewerId || publicViews.has(context);
}

