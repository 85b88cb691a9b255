import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';

/**
 * What a database error carries besides its own message: the statement (knex writes it, with its parameters filled
 * in, at the head of the message), the parameters, and PostgreSQL's detail ("Key (email)=(…) already exists",
 * "Failing row contains (…)"). None of it may reach a log: it holds emails, names and password hashes.
 */
const statementProperties = ['sql', 'query', 'parameters', 'params', 'bindings', 'values', 'detail', 'where', 'internalQuery', 'entity', 'data'];

function isDatabaseError(error: Record<string, unknown>): boolean {
  return statementProperties.some((property) => property in error) || typeof error.sqlState === 'string' || /^[0-9A-Z]{5}$/.test(String(error.code ?? ''));
}

/**
 * PostgreSQL's own message alone. knex puts the statement, values filled in, before it ("insert into … - new row …"),
 * and MikroORM appends the detail (" - detail: Failing row contains (…)"): the detail goes, then everything up to the
 * last " - " (a value holding " - " sits in the statement, before it); a value PostgreSQL quotes at the end
 * ('invalid input syntax for type uuid: "…"') is redacted too.
 */
function withoutStatement(message: string): string {
  const [withoutDetail] = message.split(/\n?\s-\s(?:detail|hint|where):\s/);
  const separator = withoutDetail.lastIndexOf(' - ');
  const own = separator === -1 ? withoutDetail : withoutDetail.slice(separator + 3);
  return own.replace(/: ".*"$/s, ': "[redacted]"');
}

type SerializedError = Record<string, unknown> & { message?: string; stack?: string };

/** pino's error serializer, then every trace of a statement removed, down the chain of causes. */
export function serializeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error) || depth > 5) return error;
  const serialized = stdSerializers.err(error) as SerializedError;
  if (isDatabaseError(error as unknown as Record<string, unknown>)) {
    for (const property of statementProperties) delete serialized[property];
    const message = withoutStatement(String(serialized.message ?? ''));
    serialized.message = message;
    serialized.stack = `${serialized.type ?? 'Error'}: ${message}\n${String(serialized.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at ')).join('\n')}`;
  }
  const { cause } = error as { cause?: unknown };
  if (cause !== undefined) serialized.cause = serializeError(cause, depth + 1);
  return serialized;
}

/**
 * Structured JSON logs. Personal data (emails, names, passwords, tokens, cookies, operation variables) is redacted,
 * and errors go through `serializeError`, so a failed write logs what failed but not the statement's values.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'gotong-api' },
    serializers: { err: serializeError, error: serializeError },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', '*.email', '*.password', '*.passwordHash', '*.token', '*.displayName', 'variables', '*.variables'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
