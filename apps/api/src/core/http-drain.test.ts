import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { trackHttpConnections } from './http-drain.js';

const connections = 80;
const busyMillisecondsPerRequest = 50;

/** A client in a process of its own: creates `connectedFile` once every connection is established, then prints the outcomes. */
const client = `
  const http = require('node:http');
  const fs = require('node:fs');
  const [port, count, connectedFile] = process.argv.slice(1);
  let connected = 0;
  const outcomes = [];
  for (let index = 0; index < Number(count); index += 1) {
    const request = http.request({ host: '127.0.0.1', port: Number(port), method: 'POST', path: '/', agent: false });
    request.on('socket', (socket) => socket.once('connect', () => { connected += 1; if (connected === Number(count)) fs.writeFileSync(connectedFile, ''); }));
    request.on('response', (response) => { response.resume(); response.on('end', () => outcomes.push(response.statusCode)); });
    request.on('error', (error) => outcomes.push(error.code));
    request.end('{}');
  }
  const report = setInterval(() => { if (outcomes.length === Number(count)) { clearInterval(report); console.log(JSON.stringify(outcomes)); } }, 20);
`;

describe('trackHttpConnections', () => {
  it('answers every connection the kernel had queued when the drain began, though a busy process accepts one per turn of its event loop', async () => {
    const server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        const until = Date.now() + busyMillisecondsPerRequest;
        while (Date.now() < until);
        response.end('ok');
      });
    });
    const drain = trackHttpConnections(server);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const folder = mkdtempSync(path.join(tmpdir(), 'gotong-drain-'));
    const connectedFile = path.join(folder, 'connected');

    const child = spawn(process.execPath, ['-e', client, String(port), String(connections), connectedFile], { stdio: ['ignore', 'pipe', 'inherit'] });
    let printed = '';
    child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    await once(child, 'spawn');
    // This process's event loop stays blocked while the client connects, so every connection waits in the kernel's
    // queue when the drain begins: draining them (one per turn, a request's work each) takes seconds.
    const giveUpAt = Date.now() + 30_000;
    while (!existsSync(connectedFile)) {
      if (Date.now() > giveUpAt) throw new Error('the client did not connect');
    }
    const cut = await drain.drain(60_000);
    await once(child, 'exit');
    rmSync(folder, { recursive: true, force: true });

    const outcomes = JSON.parse(printed.trim() || '[]');
    expect(cut).toBe(0);
    expect(outcomes).toEqual(Array(connections).fill(200));
    expect(server.listening).toBe(false);
  }, 60_000);
});
