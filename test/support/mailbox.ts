import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type Received = { to: string[]; raw: string };
export type Mailbox = { port: number; received: Received[]; close(): Promise<void> };

/** A real SMTP server on a local port that keeps what it receives. */
export async function startMailbox(port = 0): Promise<Mailbox> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((address) => address.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { port: (server.server.address() as AddressInfo).port, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export async function waitFor<T>(probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Quoted-printable soft line breaks and encoded words aside, the plain text of a received message. */
export function plain(raw: string): string {
  return raw.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The token of the newest mail to `address` whose link goes to `path`. */
export async function tokenMailedTo(mailbox: Mailbox, address: string, path: string, after = 0): Promise<string> {
  const pattern = new RegExp(`${path.replace(/[/]/g, '\\/')}\\?token=([A-Za-z0-9_%-]+)`);
  const mail = await waitFor(() => mailbox.received.slice(after).findLast((message) => message.to.includes(address) && pattern.test(plain(message.raw))));
  return decodeURIComponent(plain(mail.raw).match(pattern)![1]);
}
