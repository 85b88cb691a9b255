import type { ApolloServerPlugin } from '@apollo/server';
import { parse as parseCookies } from 'cookie';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import type { PubSub } from 'type-graphql';
import type { Context } from './context.js';
import { filledGzip, fitsGzipTemplate, gzipTemplate, type GzipTemplate } from './core/gzip-template.js';
import { Topic } from './core/pubsub.js';
import { tokenFromRequest } from './modules/accounts/session-token.js';

/** What the web app says of a request's cookies (apps/web/app/lib/page-cache.server.ts, exported by its server entry). */
export type SharedPageVariant = { variant: string; csrfToken: string };
export type SharedPageVariantOf = (cookieHeader: string | undefined) => SharedPageVariant | null;

/** Where a cached page had the nonce and the CSRF token of the response it was rendered for. */
enum Slot {
  Nonce,
  CsrfToken,
}
/** A page as its texts between the slots, and those texts compressed once (most browsers take gzip as it is). */
type CachedPage = { contentType: string; texts: string[]; slots: Slot[]; gzip: GzipTemplate };

/** Whether, and from where, a page came: for tests and for reading a response in the browser's tools. */
export const pageCacheHeader = 'X-Gotong-Page-Cache';

/** Pages larger than this are not kept (none of ours comes near: the largest is about 40 KB). */
const largestPageBytes = 512 * 1024;

/** Events a visitor's page can show the effect of: all but a notification (only its recipient sees it). */
const visibleTopics = Object.values(Topic).filter((topic) => topic !== Topic.NotificationAdded);

function cachedPage(contentType: string, html: string, nonce: string, csrfToken: string): CachedPage {
  const texts: string[] = [];
  const slots: Slot[] = [];
  html.split(nonce).forEach((betweenNonces, nonceIndex) => {
    if (nonceIndex > 0) slots.push(Slot.Nonce);
    betweenNonces.split(csrfToken).forEach((text, tokenIndex) => {
      if (tokenIndex > 0) slots.push(Slot.CsrfToken);
      texts.push(text);
    });
  });
  const holeBytes = slots.map((slot) => Buffer.byteLength(slot === Slot.Nonce ? nonce : csrfToken));
  return { contentType, texts, slots, gzip: gzipTemplate(texts, holeBytes) };
}

function sizeOf(page: CachedPage): number {
  return page.texts.reduce((size, text) => size + text.length * 2, 0) + page.gzip.compressed.reduce((size, piece) => size + piece.length, 0);
}

function chunkBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return null;
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  return Buffer.from(chunk as Uint8Array);
}

export type PageCache = ReturnType<typeof createPageCache>;

/**
 * Server-rendered pages of signed-out browsers, shared between them (ADR 033): keyed by address and language, each
 * kept with its CSP nonce and CSRF token cut out and served with the response's own put back. Dropped, all of them,
 * by any mutation this process runs and by any event a visitor could see the effect of (from every process through
 * the pub/sub), and after `seconds` at most for what neither announces. Signed-in requests, requests with cookies a
 * page could read and answers that set a cookie are never served from it nor kept.
 */
export function createPageCache(pubsub: PubSub, options: { seconds: number }) {
  const enabled = options.seconds > 0;
  const pages = new LRUCache<string, CachedPage>({
    max: 1000,
    maxSize: 64 * 1024 * 1024,
    sizeCalculation: sizeOf,
    ttl: Math.max(1, options.seconds) * 1000,
  });
  // A render that began before a change must not be kept after it: it may have read what the change replaced.
  let generation = 0;
  const clear = () => {
    generation += 1;
    pages.clear();
  };

  let closed = false;
  const following = new Set<AsyncIterator<unknown>>();
  const follow = async (topic: Topic) => {
    while (enabled && !closed) {
      const events = pubsub.subscribe(topic)[Symbol.asyncIterator]();
      following.add(events);
      try {
        for (let event = await events.next(); !event.done; event = await events.next()) clear();
        return;
      } catch {
        // Too slow to read its events (the queue's limit): they all changed something, and it subscribes again.
        clear();
      } finally {
        following.delete(events);
      }
    }
  };
  for (const topic of visibleTopics) void follow(topic);

  /** Answers a visitor's page from the cache, or lets the web app render it and keeps what it renders. */
  const handler =
    (sharedPageVariantOf: SharedPageVariantOf, nonceOf: (response: Response) => string): RequestHandler =>
    (request: Request, response: Response, next: NextFunction) => {
      if (!enabled || request.method !== 'GET' || request.path.endsWith('.data')) return next();
      if (tokenFromRequest(request.headers.authorization, parseCookies(request.headers.cookie ?? '')) !== null) return next();
      const shared = sharedPageVariantOf(request.headers.cookie);
      if (!shared) return next();
      const key = `${request.protocol}://${request.headers.host ?? ''}${request.originalUrl}\n${shared.variant}`;
      const nonce = nonceOf(response);
      const cached = pages.get(key);
      if (cached) {
        const holes = cached.slots.map((slot) => (slot === Slot.Nonce ? nonce : shared.csrfToken));
        response.status(200).setHeader('Content-Type', cached.contentType);
        response.setHeader(pageCacheHeader, 'hit');
        response.vary('Accept-Encoding');
        if (request.acceptsEncodings('gzip') === 'gzip' && fitsGzipTemplate(cached.gzip, holes)) {
          // Already compressed: the compression middleware leaves an answer with a Content-Encoding as it is.
          response.setHeader('Content-Encoding', 'gzip');
          response.end(filledGzip(cached.gzip, holes));
        } else {
          response.end(cached.texts.reduce((html, text, index) => html + (index > 0 ? holes[index - 1] : '') + text, ''));
        }
        return;
      }
      response.setHeader(pageCacheHeader, 'miss');
      const renderedIn = generation;
      const chunks: Buffer[] = [];
      let bytes = 0;
      const write = response.write.bind(response) as (...args: unknown[]) => boolean;
      const end = response.end.bind(response) as (...args: unknown[]) => Response;
      const keep = (chunk: unknown, encoding: unknown) => {
        const buffer = chunkBuffer(chunk, encoding);
        if (!buffer || bytes > largestPageBytes) return;
        bytes += buffer.length;
        chunks.push(buffer);
      };
      response.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
        keep(chunk, encoding);
        return write(chunk, encoding, callback);
      }) as Response['write'];
      response.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
        keep(chunk, encoding);
        const contentType = String(response.getHeader('Content-Type') ?? '');
        const keepable =
          response.statusCode === 200 &&
          response.getHeader('Set-Cookie') === undefined &&
          contentType.startsWith('text/html') &&
          bytes <= largestPageBytes &&
          generation === renderedIn;
        if (keepable) pages.set(key, cachedPage(contentType, Buffer.concat(chunks).toString('utf8'), nonce, shared.csrfToken));
        return end(chunk, encoding, callback);
      }) as Response['end'];
      next();
    };

  /** A mutation of this process (over /graphql or a web form's action) drops every page before its answer leaves. */
  const mutationsClear: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') clear();
        },
      };
    },
  };

  return {
    handler,
    mutationsClear,
    clear,
    close: async () => {
      closed = true;
      await Promise.all([...following].map((events) => events.return?.()));
    },
  };
}
