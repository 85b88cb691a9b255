import { PassThrough } from 'node:stream';
import { catalogue, locales } from '@gotong/messages';
import type { AppLoadContext, EntryContext } from '@remix-run/node';
import { createReadableStreamFromReadable } from '@remix-run/node';
import { RemixServer } from '@remix-run/react';
import { isbot } from 'isbot';
import { renderToPipeableStream } from 'react-dom/server';
import { provideDictionary } from '~/lib/i18n';
import '~/lib/load-context';
import { NonceContext } from '~/lib/nonce';

// The server renders either language; a browser loads only its own (entry.client.tsx).
for (const locale of locales) provideDictionary(locale, catalogue[locale]);

export const streamTimeout = 5_000;

// The server's page cache asks the web app which visitors' pages it may share (apps/api/src/page-cache.ts).
export { sharedPageVariant } from '~/lib/page-cache.server';

/**
 * Bots get the whole page at once; browsers get it streamed as soon as the shell is ready. Every inline script (Remix's
 * hand-off, React's streaming) carries the response's CSP nonce; the security headers come from the server (helmet).
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const waitForAll = isbot(request.headers.get('user-agent') ?? '');
  const nonce = loadContext.cspNonce;
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const page = (
      <NonceContext.Provider value={nonce}>
        <RemixServer context={remixContext} url={request.url} nonce={nonce} />
      </NonceContext.Provider>
    );
    const { pipe, abort } = renderToPipeableStream(page, {
      nonce,
      [waitForAll ? 'onAllReady' : 'onShellReady']() {
        shellRendered = true;
        const body = new PassThrough();
        responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
        resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
        pipe(body);
      },
      onShellError(error: unknown) {
        reject(error);
      },
      onError(error: unknown) {
        responseStatusCode = 500;
        // Errors while streaming after the shell are logged here; earlier ones reject above.
        if (shellRendered) console.error(error);
      },
    });
    setTimeout(abort, streamTimeout + 1_000);
  });
}
