import { constants } from 'node:zlib';
import compression from 'compression';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Below this an answer goes as it is: the encoding's framing and the CPU cost more than the bytes saved. */
export const compressionThresholdBytes = 1024;

/**
 * Brotli or gzip, as the client prefers (brotli when it accepts both), for every compressible answer of this process:
 * pages, /graphql JSON, assets, exports. Brotli at quality 4 (compression's default, fast enough to run per request);
 * hashed assets that have a .br/.gz made at build time are served from those files instead (web.ts).
 *
 * A streamed answer keeps streaming: Remix calls `res.flush()` after every chunk it writes, which would end a deflate
 * block for each of React's small chunks and cost a good part of the ratio. The flush is deferred to the end of the
 * current turn of the event loop instead, so a burst written at once (a page's shell) is compressed as one, and a
 * chunk that comes later (the next rows of an export, a suspended part of a page) still leaves at once.
 */
export function compressResponses(): RequestHandler {
  const compress = compression({ threshold: compressionThresholdBytes, brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } } });
  return (request: Request, response: Response, next: NextFunction) => {
    compress(request, response, (error?: unknown) => {
      if (error) return next(error);
      const flush = response.flush.bind(response);
      let pending = false;
      response.flush = () => {
        if (pending) return;
        pending = true;
        setImmediate(() => {
          pending = false;
          flush();
        });
      };
      next();
    });
  };
}
