import { z } from 'zod';

/**
 * The one place that reads the environment. Everything else receives `AppConfig` through
 * dependency injection (`APP_CONFIG`) or as an argument. Invalid settings stop the process at
 * boot with a message naming each bad variable.
 */
const DEV_SESSION_SECRET = 'footsteps-development-secret-not-for-production';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL')
      .optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    EMBEDDED_DB_PORT: z.coerce.number().int().min(0).max(65535).default(0),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_SESSION_SECRET),
    SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
    COOKIE_SECURE: bool.optional(),
    PUBLIC_URL: z.url().optional(),
    BODY_LIMIT: z
      .string()
      .regex(/^\d+(b|kb|mb)$/i, 'must look like 100kb or 1mb')
      .default('100kb'),
    /** Requests one client IP may make per minute (routes with a stricter limit, like sign-in, keep theirs). */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
    LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
    SEED_DEMO: bool.optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.com:587')
      .optional(),
    MAIL_FROM: z.string().min(3).default('Footsteps <no-reply@footsteps.local>'),
    REMINDER_DAYS_BEFORE: z.coerce.number().int().min(0).max(60).default(3),
    ESCALATE_AFTER_DAYS: z.coerce.number().int().min(0).max(365).default(7),
    REMINDER_SCAN_CRON: z
      .string()
      .regex(/^\S+( \S+){4,5}$/, 'must be a cron expression of 5 (or 6, with seconds) fields, e.g. "0 * * * *"')
      .default('0 * * * *'),
    JOBS_ENABLED: bool.default(true),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    if (!env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is required in production (the embedded database is for development only)' });
    }
    if (env.SESSION_SECRET === DEV_SESSION_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'must be set to a secret of your own in production' });
    }
    if (env.SEED_DEMO) {
      ctx.addIssue({ code: 'custom', path: ['SEED_DEMO'], message: 'cannot be enabled in production' });
    }
  });

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  database: { url?: string; dataDir: string; embeddedPort: number };
  session: { secret: string; ttlHours: number; cookieName: string; cookieSecure: boolean };
  publicUrl?: string;
  bodyLimit: string;
  rateLimitPerMinute: number;
  login: { maxFailures: number; lockMinutes: number };
  seedDemo: boolean;
  log: { level: string; pretty: boolean };
  /** Outgoing e-mail; without `smtpUrl` notifications stay in the app only. */
  mail: { smtpUrl?: string; from: string };
  reminders: { daysBefore: number; escalateAfterDays: number; scanCron: string };
  /** The pg-boss job queue (reminder scan, e-mail outbox); off: nothing is scheduled or polled. */
  jobs: { enabled: boolean };
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.') || 'environment'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    database: { url: e.DATABASE_URL, dataDir: e.DATA_DIR, embeddedPort: e.EMBEDDED_DB_PORT },
    session: {
      secret: e.SESSION_SECRET,
      ttlHours: e.SESSION_TTL_HOURS,
      cookieName: 'footsteps_session',
      cookieSecure: e.COOKIE_SECURE ?? production,
    },
    publicUrl: e.PUBLIC_URL,
    bodyLimit: e.BODY_LIMIT,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    login: { maxFailures: e.LOGIN_MAX_FAILURES, lockMinutes: e.LOGIN_LOCK_MINUTES },
    seedDemo: e.SEED_DEMO ?? !production,
    log: { level: e.LOG_LEVEL, pretty: (e.LOG_FORMAT ?? (production ? 'json' : 'pretty')) === 'pretty' },
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    reminders: { daysBefore: e.REMINDER_DAYS_BEFORE, escalateAfterDays: e.ESCALATE_AFTER_DAYS, scanCron: e.REMINDER_SCAN_CRON },
    jobs: { enabled: e.JOBS_ENABLED },
  };
}

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
