import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export type EmbeddedPostgres = { clientUrl: string; stop: () => Promise<void> };

/**
 * PostgreSQL compiled to WebAssembly (PGlite), kept in `dataDirectory` and served on a loopback port,
 * so the same driver and migrations serve it and a real server alike. PGlite is one session:
 * the pool that talks to it must hold one connection.
 */
export async function startEmbeddedPostgres(dataDirectory: string): Promise<EmbeddedPostgres> {
  await mkdir(dataDirectory, { recursive: true });
  const database = await PGlite.create({ dataDir: dataDirectory, extensions: { pg_trgm, unaccent, fuzzystrmatch } });
  const server = new PGLiteSocketServer({ db: database, host: '127.0.0.1', port: 0, maxConnections: 4 });
  await server.start();
  return {
    clientUrl: `postgresql://postgres@${server.getServerConn()}/postgres`,
    stop: async () => {
      await server.stop();
      await database.close();
    },
  };
}
