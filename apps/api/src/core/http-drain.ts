import type { Server, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';

/** How long without a new connection counts as the end of a burst. */
const quietMilliseconds = 50;

type ConnectionState = { served: number; current: ServerResponse | null; upgraded: boolean };

export type HttpDrain = {
  readonly draining: boolean;
  /**
   * Stops listening, answers every request on the connections already accepted (each response then closes its
   * connection) and resolves once all of them have closed, or destroys what is left once `timeoutMilliseconds` have
   * passed since the drain began.
   * Resolves with how many connections had to be destroyed.
   */
  drain(timeoutMilliseconds: number): Promise<number>;
};

/**
 * Node's `server.close()` (and Apollo's drain plugin, and http-terminator) end every connection without a request in
 * progress, which includes connections accepted a moment ago whose request is not read yet: under load that reset
 * most in-flight requests. This drain leaves such a connection to send its request and closes it after the answer;
 * only keep-alive connections that have been answered and sit idle are ended at once.
 */
export function trackHttpConnections(server: Server): HttpDrain {
  const connections = new Map<Socket, ConnectionState>();
  let draining = false;
  let onIdle: (() => void) | null = null;
  let lastConnectionAt = 0;

  const endIfIdle = (socket: Socket, state: ConnectionState) => {
    if (draining && state.current === null && state.served > 0 && !state.upgraded) socket.end();
  };

  // Before the application's own listeners, so that a response written at once still learns it closes its connection.
  server.prependListener('connection', (socket: Socket) => {
    lastConnectionAt = Date.now();
    const state: ConnectionState = { served: 0, current: null, upgraded: false };
    connections.set(socket, state);
    socket.once('close', () => {
      connections.delete(socket);
      if (connections.size === 0) onIdle?.();
    });
  });
  server.on('upgrade', (request) => {
    const state = connections.get(request.socket);
    if (state) state.upgraded = true;
  });
  server.prependListener('request', (request, response: ServerResponse) => {
    const socket = request.socket;
    const state = connections.get(socket);
    if (!state) return;
    state.current = response;
    if (draining) response.shouldKeepAlive = false;
    response.once('close', () => {
      state.current = null;
      state.served += 1;
      endIfIdle(socket, state);
    });
  });

  return {
    get draining() {
      return draining;
    },
    async drain(timeoutMilliseconds) {
      draining = true;
      const deadline = Date.now() + timeoutMilliseconds;
      // Closing the listening socket resets the connections the kernel has completed but Node has not accepted yet,
      // and Node (libuv 1.45 on) accepts one connection per turn of the event loop: on a busy process a queue of a
      // hundred takes seconds. So keep accepting (and answering) until a turn accepts nothing, within the shutdown
      // timeout. Connections are accepted in the event loop's poll; setImmediate runs after it, and a slow poll (a long
      // callback) may have let more arrive, so only a quick poll with nothing new ends the wait.
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, quietMilliseconds));
        const pollStartedAt = Date.now();
        await new Promise((resolve) => setImmediate(resolve));
        const quiet = Date.now() - lastConnectionAt >= quietMilliseconds && Date.now() - pollStartedAt < 5;
        if (quiet || Date.now() >= deadline) break;
      }
      // Only the listening socket: http.Server#close would also end the connections that look idle.
      if (server.listening) NetServer.prototype.close.call(server);
      for (const [socket, state] of connections) {
        if (state.current && !state.current.headersSent) state.current.shouldKeepAlive = false;
        endIfIdle(socket, state);
      }
      if (connections.size > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
          onIdle = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      const left = connections.size;
      for (const socket of connections.keys()) socket.destroy();
      return left;
    },
  };
}
