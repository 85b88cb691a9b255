import path from 'node:path';
import { z } from 'zod';
import { defaultRateLimits, type RateLimitSettings } from './rate-limit.js';

const booleanFlag = z
  .string()
  .optional()
  .transform((value) => value === '1' || value === 'true');

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./.data'),
  REDIS_URL: z.string().url().optional(),
  REDIS_KEY_PREFIX: z.string().default('gotong:'),
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().min(10).optional(),
  SEED_DEMO: z.enum(['0', '1', 'true', 'false']).optional(),
  PUBLIC_ORIGIN: z.string().url().optional(),
  ALLOWED_ORIGINS: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_BUILD_DIR: z.string().optional(),
  SMTP_URL: z.string().optional(),
  /** Who notification emails come from. */
  MAIL_FROM: z.string().default('Gotong <noreply@gotong.id>'),
  /** How often this process looks for emails to send (and digests that are due). */
  EMAIL_POLL_MS: z.coerce.number().int().positive().default(5000),
  PRIVACY_POLICY_VERSION: z.string().default('2026-11-01'),
  /** 1: posting, voting and commenting wait for a confirmed email; 0: they do not. Unset: required when SMTP_URL is set. */
  REQUIRE_EMAIL_CONFIRMATION: z.enum(['0', '1', 'true', 'false']).optional(),
  /** Bytes a WebSocket may have waiting to be sent before its reader counts as too slow and is closed (ADR 020). */
  LIVE_SEND_BUFFER_BYTES: z.coerce.number().int().positive().default(512 * 1024),
  TRUST_PROXY: booleanFlag,
  /** How long a visitor's page may be shared at most for changes no event announces (ADR 033); 0 turns the page cache off. */
  PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).default(10),
  /** The key of the web forms' CSRF tokens (read by apps/web/app/lib/csrf.server.ts); shared by every process of a site. */
  CSRF_SECRET: z.string().min(32).optional(),
  /** On SIGTERM, how long /readyz answers 503 while requests are still served, so a load balancer stops sending. */
  SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).default(0),
  /** On SIGTERM, how long requests already accepted may take to finish before their connections are cut. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  RATE_LIMIT_LOGIN_FAILURES_PER_PAIR: z.coerce.number().int().positive().default(defaultRateLimits.loginFailuresPerPair),
  RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(defaultRateLimits.loginFailuresPerAccount),
  RATE_LIMIT_LOGIN_FAILURES_PER_ADDRESS: z.coerce.number().int().positive().default(defaultRateLimits.loginFailuresPerAddress),
  RATE_LIMIT_LOGIN_FIRST_DELAY_SECONDS: z.coerce.number().positive().default(defaultRateLimits.loginFirstDelaySeconds),
  RATE_LIMIT_LOGIN_LONGEST_DELAY_SECONDS: z.coerce.number().int().positive().default(defaultRateLimits.loginLongestDelaySeconds),
  RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: z.coerce.number().int().positive().default(defaultRateLimits.writesPerPersonPerMinute),
  RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: z.coerce.number().int().positive().default(defaultRateLimits.writesPerAddressPerMinute),
  RATE_LIMIT_ACCOUNT_EMAILS_PER_ACCOUNT: z.coerce.number().int().positive().default(defaultRateLimits.accountEmailsPerAccount),
  RATE_LIMIT_ACCOUNT_EMAILS_PER_ADDRESS: z.coerce.number().int().positive().default(defaultRateLimits.accountEmailsPerAddress),
});

export type Config = {
  environment: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl?: string;
  dataDirectory: string;
  redisUrl?: string;
  /** Starts every Redis key and channel, so that several sites (or test runs) can share one Redis. */
  redisKeyPrefix: string;
  admin?: { email: string; password: string };
  /** Seed the demo data into an empty database; unset means only into the embedded one. */
  seedDemo?: boolean;
  allowedOrigins: string[];
  logLevel: string;
  webBuildDirectory?: string;
  smtpUrl?: string;
  mailFrom: string;
  emailPollMilliseconds: number;
  liveSendBufferBytes: number;
  pageCacheSeconds: number;
  privacyPolicyVersion: string;
  /** Posting, voting, commenting and starting discussions wait until the person has confirmed their email. */
  emailConfirmationRequired: boolean;
  /** Where the web app is reached, for the links in account emails. */
  publicOrigin: string;
  secureCookies: boolean;
  trustProxy: boolean;
  csrfSecret?: string;
  shutdown: { delayMilliseconds: number; timeoutMilliseconds: number };
  rateLimits: RateLimitSettings;
};

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const env = parsed.data;
  const origins = (env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  if (env.PUBLIC_ORIGIN) origins.push(env.PUBLIC_ORIGIN);
  return {
    environment: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    dataDirectory: path.resolve(env.DATA_DIR),
    redisUrl: env.REDIS_URL,
    redisKeyPrefix: env.REDIS_KEY_PREFIX,
    admin: env.ADMIN_EMAIL && env.ADMIN_PASSWORD ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD } : undefined,
    seedDemo: env.SEED_DEMO === undefined ? undefined : env.SEED_DEMO === '1' || env.SEED_DEMO === 'true',
    allowedOrigins: origins,
    logLevel: env.LOG_LEVEL,
    webBuildDirectory: env.WEB_BUILD_DIR,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    emailPollMilliseconds: env.EMAIL_POLL_MS,
    liveSendBufferBytes: env.LIVE_SEND_BUFFER_BYTES,
    pageCacheSeconds: env.PAGE_CACHE_SECONDS,
    privacyPolicyVersion: env.PRIVACY_POLICY_VERSION,
    emailConfirmationRequired:
      env.REQUIRE_EMAIL_CONFIRMATION === undefined ? Boolean(env.SMTP_URL) : env.REQUIRE_EMAIL_CONFIRMATION === '1' || env.REQUIRE_EMAIL_CONFIRMATION === 'true',
    publicOrigin: (env.PUBLIC_ORIGIN ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    secureCookies: env.NODE_ENV === 'production',
    trustProxy: env.TRUST_PROXY,
    csrfSecret: env.CSRF_SECRET,
    shutdown: { delayMilliseconds: env.SHUTDOWN_DELAY_MS, timeoutMilliseconds: env.SHUTDOWN_TIMEOUT_MS },
    rateLimits: {
      ...defaultRateLimits,
      loginFailuresPerPair: env.RATE_LIMIT_LOGIN_FAILURES_PER_PAIR,
      loginFailuresPerAccount: env.RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT,
      loginFailuresPerAddress: env.RATE_LIMIT_LOGIN_FAILURES_PER_ADDRESS,
      loginFirstDelaySeconds: env.RATE_LIMIT_LOGIN_FIRST_DELAY_SECONDS,
      loginLongestDelaySeconds: env.RATE_LIMIT_LOGIN_LONGEST_DELAY_SECONDS,
      writesPerPersonPerMinute: env.RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE,
      writesPerAddressPerMinute: env.RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE,
      accountEmailsPerAccount: env.RATE_LIMIT_ACCOUNT_EMAILS_PER_ACCOUNT,
      accountEmailsPerAddress: env.RATE_LIMIT_ACCOUNT_EMAILS_PER_ADDRESS,
    },
  };
}
