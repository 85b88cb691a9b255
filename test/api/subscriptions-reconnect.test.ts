import { createServer } from 'node:net';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { postIdea, vote } from '../support/ideas.js';
import { signUp } from '../support/people.js';
import { connectLive, settled, subscribe } from '../support/ws-client.js';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('a live client whose connection drops', () => {
  let app: TestApp;
  let client: Client | undefined;
  beforeAll(async () => {
    // A fixed port, so that the restarted server is where the client left it.
    app = await startTestApp({ environment: { PORT: String(await freePort()) } });
  });
  afterAll(async () => {
    await client?.dispose();
    await app?.close();
  });

  it('reconnects, subscribes again and goes on receiving events', async () => {
    const author = await signUp(app);
    const idea = await postIdea(app, author);
    let connections = 0;
    client = await connectLive(app.url, undefined, {
      retryAttempts: 20,
      retryWait: () => new Promise((resolve) => setTimeout(resolve, 200)),
      shouldRetry: () => true,
      on: { connected: () => (connections += 1) },
    });
    const changes = subscribe(client, `subscription ($id: ID!) { ideaChanged(id: $id) { voteCount } }`, { id: idea.id });
    await settled(client);
    await vote(app, await signUp(app), idea.id);
    expect((await changes.next()).data?.ideaChanged).toEqual({ voteCount: 1 });

    await app.restart();
    await new Promise<void>((resolve) => {
      const stop = setInterval(() => {
        if (connections >= 2) {
          clearInterval(stop);
          resolve();
        }
      }, 50);
    });
    await settled(client);
    await vote(app, await signUp(app), idea.id);
    expect((await changes.next()).data?.ideaChanged).toEqual({ voteCount: 2 });
  });
});
