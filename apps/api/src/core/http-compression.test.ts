import { once } from 'node:events';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, constants, createBrotliDecompress } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressResponses } from './http-compression.js';

const row = (index: number) => `${index},Gagasan nomor ${index},Dinas Kependudukan dan Pencatatan Sipil,${index * 7}\n`;

describe('compressResponses', () => {
  let server: Server;
  let url: string;
  let releaseSecondPart: () => void = () => undefined;
  beforeAll(async () => {
    const app = express();
    app.use(compressResponses());
    // A stream that waits for the client between its parts, as an export or a page streamed after its shell does.
    app.get('/stream', (_request, response) => {
      response.type('text/csv');
      for (let index = 0; index < 50; index += 1) response.write(row(index));
      response.flush();
      releaseSecondPart = () => {
        response.write('second part\n');
        response.end();
      };
    });
    // React and Remix write a page in many small chunks, flushing after each.
    app.get('/chunked', (_request, response) => {
      response.type('html');
      for (let index = 0; index < 400; index += 1) {
        response.write(row(index));
        response.flush();
      }
      response.end();
    });
    server = createServer(app);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function get(path: string): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => httpRequest(`${url}${path}`, { headers: { 'accept-encoding': 'br' } }, resolve).on('error', reject).end());
  }

  it('a streamed answer reaches the client part by part: the first part arrives, decoded, before the second is written', async () => {
    const response = await get('/stream');
    expect(response.headers['content-encoding']).toBe('br');
    const text = response.pipe(createBrotliDecompress());
    let received = '';
    let firstPartArrived: () => void = () => undefined;
    const firstPart = new Promise<void>((resolve) => (firstPartArrived = resolve));
    text.on('data', (chunk: Buffer) => {
      received += chunk.toString();
      if (received.includes(row(49))) firstPartArrived();
    });
    const ended = once(text, 'end');
    await firstPart;
    expect(received).not.toContain('second part');
    releaseSecondPart();
    await ended;
    expect(received).toBe(`${Array.from({ length: 50 }, (_, index) => row(index)).join('')}second part\n`);
  });

  it('the flushes of one burst of small writes cost almost nothing: within 10 % of compressing the whole at once', async () => {
    const response = await get('/chunked');
    const compressed: Buffer[] = [];
    for await (const chunk of response) compressed.push(chunk as Buffer);
    const whole = Array.from({ length: 400 }, (_, index) => row(index)).join('');
    const atOnce = brotliCompressSync(whole, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } });
    const size = Buffer.concat(compressed).length;
    expect(size).toBeLessThan(atOnce.length * 1.1);
  });
});
