import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { vitePlugin as remix } from '@remix-run/dev';
import { defineConfig, type Plugin } from 'vite';

declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true;
  }
}

const compressible = /\.(js|css|json|svg|txt)$/;
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * A brotli (quality 11) and a gzip (level 9) copy beside each compressible client asset of 1 KB or more: the server
 * sends them as they are (apps/api/src/web.ts), smaller than compressing per request and at no CPU cost then.
 */
function precompressedAssets(): Plugin {
  return {
    name: 'gotong-precompressed-assets',
    apply: 'build',
    async writeBundle(options, bundle) {
      if (!options.dir || path.basename(options.dir) !== 'client') return;
      const directory = options.dir;
      await Promise.all(
        Object.values(bundle)
          .filter((file) => compressible.test(file.fileName))
          .map(async (file) => {
            const content = Buffer.from(file.type === 'chunk' ? file.code : file.source);
            if (content.length < 1024) return;
            const target = path.join(directory, file.fileName);
            await Promise.all([
              writeFile(`${target}.br`, await brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } })),
              writeFile(`${target}.gz`, await gzipped(content, { level: 9 })),
            ]);
          }),
      );
    },
  };
}

export default defineConfig(({ isSsrBuild }) => ({
  // Fewer script files on a first load (ADR 040): the routes' tiny shared chunks merged into the chunks that import them.
  build: isSsrBuild ? {} : { rollupOptions: { output: { experimentalMinChunkSize: 1500 } } },
  plugins: [
    precompressedAssets(),
    remix({
      // WEB_BUILD_DIR (also read by the API) lets a test run build and serve its own copy.
      buildDirectory: process.env.WEB_BUILD_DIR ?? 'build',
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
  ],
  resolve: { alias: { '~': new URL('./app', import.meta.url).pathname } },
  server: { port: 5173 },
}));
