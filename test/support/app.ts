import 'reflect-metadata';
import { loadConfig } from '../../apps/api/src/core/config.js';
import { eventsSettled } from '../../apps/api/src/core/events.js';
import { createLogger } from '../../apps/api/src/core/logger.js';
import { startServer, type GotongServer } from '../../apps/api/src/server.js';
import { graphqlClient } from './api-process.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export type GraphQLResponse<TData = Record<string, any>> = {
  status: number;
  data?: TData;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  headers: Headers;
};

export type RequestOptions = { token?: string | null; cookie?: string; headers?: Record<string, string> };

export type TestApp = {
  url: string;
  server: GotongServer;
  database: TestDatabase;
  /** Every SQL statement the server ran, for counting. */
  queries: string[];
  graphql<TData = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResponse<TData>>;
  restart(): Promise<void>;
  close(): Promise<void>;
};

export type TestAppOptions = {
  environment?: Record<string, string>;
  /** Tests start from an empty database unless they ask for the demo data. */
  seedDemo?: boolean;
  database?: TestDatabase;
  /** Collects the server's log lines (JSON) instead of discarding them; set LOG_LEVEL in `environment` to see them. */
  logLines?: string[];
  /** Serve the built web app too (its pages and their cache), as the built app does. */
  serveWeb?: boolean;
};

/** Starts the real server on a free port against a fresh database, speaking real HTTP. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const queries: string[] = [];
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: database.dataDirectory,
    ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ADMIN_EMAIL: 'admin@test.gotong.id',
    ADMIN_PASSWORD: 'admin-password-123',
    SEED_DEMO: options.seedDemo ? '1' : '0',
    // The email worker's polling would add statements to every count; tests of email set their own interval.
    EMAIL_POLL_MS: '3600000',
    // People made by signUp post at once; the tests of email confirmation turn it on.
    REQUIRE_EMAIL_CONFIRMATION: '0',
    ...options.environment,
  });
  const start = () => startServer({ config, logger: createLogger(config.logLevel, options.logLines ? { write: (line: string) => void options.logLines!.push(line) } : undefined), logQuery: (sql) => queries.push(sql), serveWeb: options.serveWeb ?? false });
  let server = await start();

  const app: TestApp = {
    get url() {
      return server.url;
    },
    get server() {
      return server;
    },
    database,
    queries,
    async graphql<TData>(query: string, variables?: Record<string, unknown>, requestOptions?: RequestOptions) {
      const response = await graphqlClient(server.url).graphql<TData>(query, variables, requestOptions);
      // Events are delivered after the answer (ADR 020): tests read what the notification rules made only once they have run.
      await eventsSettled();
      return response;
    },
    async restart() {
      await server.close();
      server = await start();
    },
    async close() {
      await server.close();
      if (!options.database) await database.drop();
    },
  };
  return app;
}

/** The admin account every test app has (from ADMIN_EMAIL / ADMIN_PASSWORD). */
export const testAdmin = { email: 'admin@test.gotong.id', password: 'admin-password-123' };
