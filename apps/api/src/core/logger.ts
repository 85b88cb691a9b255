import { pino, type Logger } from 'pino';

/** Structured JSON logs. Personal data (emails, names, passwords, tokens, cookies) is redacted. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'gotong-api' },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        '*.email',
        '*.password',
        '*.token',
        '*.displayName',
        'variables',
      ],
      censor: '[redacted]',
    },
  });
}

export type { Logger };
