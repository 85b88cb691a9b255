import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A PostgreSQL server of the test's own (own data folder, own port), which the test may stop, kill and start again. */
export type PrivatePostgres = {
  /** postgres://postgres@127.0.0.1:<port>/postgres (trust authentication, loopback only). */
  url: string;
  port: number;
  dataDirectory: string;
  /** `fast` ends sessions and checkpoints; `immediate` is a crash (recovery from the WAL at the next start). */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  restart(mode?: 'fast' | 'immediate'): Promise<void>;
  /** The server's log so far (for a failing test's message). */
  log(): Promise<string>;
  /** Stops the server and removes its data folder. */
  destroy(): Promise<void>;
};

export type PrivatePostgresOptions = {
  /** Extra `postgresql.conf` settings, e.g. `{ max_connections: '50' }`. */
  settings?: Record<string, string>;
};

/** The newest installed PostgreSQL's binaries (Debian keeps them in /usr/lib/postgresql/<major>/bin). */
export function postgresBinaries(): string {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root) ? readdirSync(root).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a)) : [];
  const bin = majors.map((major) => path.join(root, major, 'bin')).find((folder) => existsSync(path.join(folder, 'initdb')));
  if (!bin) throw new Error('No PostgreSQL binaries under /usr/lib/postgresql/*/bin');
  return bin;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** PostgreSQL refuses to run as root: as root, run it as the `postgres` system user. */
async function runAs(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const { stdout } = await run('id', ['-u', 'postgres']);
  const { stdout: group } = await run('id', ['-g', 'postgres']);
  return { uid: Number(stdout.trim()), gid: Number(group.trim()) };
}

/**
 * Creates and starts a private PostgreSQL from the installed binaries: a new data folder (initdb, trust auth), a free
 * loopback port and its socket inside the data folder, so it never touches the shared server.
 */
export async function startPrivatePostgres(options: PrivatePostgresOptions = {}): Promise<PrivatePostgres> {
  const bin = postgresBinaries();
  const user = await runAs();
  const parent = await mkdtemp(path.join(tmpdir(), 'gotong-private-pg-'));
  const dataDirectory = path.join(parent, 'data');
  const logFile = path.join(parent, 'postgres.log');
  if (user) await chown(parent, user.uid, user.gid);
  const asUser = { ...user, cwd: parent, timeout: 120_000 };
  await run(path.join(bin, 'initdb'), ['-D', dataDirectory, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync'], asUser);

  const port = await freePort();
  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    port: String(port),
    unix_socket_directories: parent,
    ...options.settings,
  };
  const serverOptions = Object.entries(settings)
    .map(([name, value]) => `-c ${name}=${value}`)
    .join(' ');
  const pgCtl = (...args: string[]) => run(path.join(bin, 'pg_ctl'), ['-D', dataDirectory, ...args], asUser);

  const server: PrivatePostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDirectory,
    async start() {
      await pgCtl('start', '-w', '-t', '60', '-l', logFile, '-o', serverOptions);
    },
    async stop(mode = 'fast') {
      await pgCtl('stop', '-w', '-t', '60', '-m', mode);
    },
    async restart(mode = 'fast') {
      await server.stop(mode);
      await server.start();
    },
    async log() {
      return readFile(logFile, 'utf8').catch(() => '');
    },
    async destroy() {
      await pgCtl('stop', '-w', '-t', '60', '-m', 'immediate').catch(() => undefined);
      await rm(parent, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}
