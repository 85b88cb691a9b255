import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, repositoryRoot } from '../support/api-process.js';

/** The nginx configuration the compose file uses, with its ${GOTONG_...} placeholders filled in. */
export async function renderNginxConfig(values: { GOTONG_API_1: string; GOTONG_API_2: string; GOTONG_PROXY_PORT: string }): Promise<string> {
  const template = await readFile(path.join(repositoryRoot, 'deploy/nginx.conf'), 'utf8');
  return template.replace(/\$\{(GOTONG_[A-Z0-9_]+)\}/g, (whole, name: keyof typeof values) => values[name] ?? whole);
}

export function nginxBinary(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim().split('\n')[0] : null;
}

async function waitForPort(port: number, child: ChildProcess, what: string, output: () => string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}:\n${output()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not listen on ${port} within ${timeoutMs} ms:\n${output()}`);
}

type Service = { port: number; stop(): Promise<void> };

function started(command: string, args: string[]): { child: ChildProcess; output: () => string; exited: Promise<unknown> } {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return { child, output: () => log, exited };
}

async function stopChild(child: ChildProcess, exited: Promise<unknown>, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** A Redis of the test's own: its own port and folder, no persistence. `restart` keeps the port. */
export async function startRedis(): Promise<Service & { restart(): Promise<void> }> {
  const directory = await mkdtemp(path.join(tmpdir(), 'gotong-topology-redis-'));
  const port = await freePort();
  let current = started('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', directory]);
  await waitForPort(port, current.child, 'redis-server', current.output);
  return {
    port,
    async restart() {
      await stopChild(current.child, current.exited);
      current = started('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', directory]);
      await waitForPort(port, current.child, 'redis-server', current.output);
    },
    async stop() {
      await stopChild(current.child, current.exited);
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** nginx in the foreground with its own prefix, pid file, logs and temp folders, serving deploy/nginx.conf. */
export async function startNginx(binary: string, upstreams: [string, string]): Promise<Service & { errorLog(): Promise<string> }> {
  const prefix = await mkdtemp(path.join(tmpdir(), 'gotong-topology-nginx-'));
  // Workers run as nobody when the master is root: they must reach the temp folders.
  await chmod(prefix, 0o755);
  for (const folder of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    await mkdir(path.join(prefix, folder), { mode: 0o777 });
    await chmod(path.join(prefix, folder), 0o777);
  }
  const port = await freePort();
  await writeFile(path.join(prefix, 'gotong.conf'), await renderNginxConfig({ GOTONG_API_1: upstreams[0], GOTONG_API_2: upstreams[1], GOTONG_PROXY_PORT: `127.0.0.1:${port}` }));
  await writeFile(
    path.join(prefix, 'nginx.conf'),
    [
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/error.log warn;`,
      'worker_processes 1;',
      'events { worker_connections 1024; }',
      'http {',
      `  access_log ${prefix}/access.log;`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((folder) => `  ${folder}_temp_path ${prefix}/${folder};`),
      `  include ${prefix}/gotong.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  execFileSync(binary, ['-t', '-q', '-p', prefix, '-c', `${prefix}/nginx.conf`]);
  const nginx = started(binary, ['-p', prefix, '-c', `${prefix}/nginx.conf`, '-g', 'daemon off;']);
  await waitForPort(port, nginx.child, 'nginx', nginx.output);
  return {
    port,
    errorLog: () => readFile(path.join(prefix, 'error.log'), 'utf8').catch(() => ''),
    async stop() {
      await stopChild(nginx.child, nginx.exited, 'SIGQUIT');
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
