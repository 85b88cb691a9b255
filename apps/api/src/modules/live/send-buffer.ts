import { WebSocket } from 'ws';

/** The close code of a subscriber that does not read its events in time: "try again later"; the browser reconnects. */
export const tooSlowCloseCode = 1013;
export const tooSlowReason = 'Too slow: events were not read in time; reconnect and refetch';

/**
 * Bounds what a WebSocket holds for its reader. graphql-ws waits for each message to be written before it takes the
 * subscription's next event, so a reader that does not keep up would queue events in memory without limit (and a
 * pub/sub queue that overflows throws in the publisher). Here a message is handed to the socket at once and counts
 * as sent; once the bytes waiting in the socket would pass `limitBytes`, the socket is closed with 1013 and its reader
 * reconnects (and refetches, since events are not replayed). Nothing of a slow reader's waits in the process.
 */
export function boundSendBuffer(socket: WebSocket, limitBytes: number, onTooSlow: () => void): void {
  const send = socket.send.bind(socket) as (data: unknown, options: object, callback?: (error?: Error) => void) => void;
  let closing = false;
  socket.send = ((data: string | Buffer, optionsOrCallback?: object | ((error?: Error) => void), callback?: (error?: Error) => void) => {
    const done = typeof optionsOrCallback === 'function' ? optionsOrCallback : callback;
    const options = typeof optionsOrCallback === 'object' ? optionsOrCallback : {};
    if (closing || socket.readyState !== WebSocket.OPEN) return done?.();
    if (socket.bufferedAmount + Buffer.byteLength(data) > limitBytes) {
      closing = true;
      onTooSlow();
      // The close frame follows what is already buffered; ws drops the socket if its reader does not answer in 30 s.
      socket.close(tooSlowCloseCode, tooSlowReason);
      return done?.();
    }
    // A write error surfaces as the socket's own error and close; the subscription ends with it.
    send(data, options, () => undefined);
    return done?.();
  }) as WebSocket['send'];
}
