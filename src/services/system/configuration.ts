import { z } from 'zod';
import { BluelampProblem } from '../../domain/errors.js';

/**
 * Every environment variable Bluelamp reads, checked in one place when `bluelamp serve` starts,
 * so that a mistyped value stops the server with a sentence instead of running on NaN. An empty
 * value counts as unset, as env files and container settings often leave a name with nothing after it.
 * Rules that span several variables (mail needs a sender, single sign-on needs all three of its
 * settings) stay with the code that uses them and also stop the server before it listens.
 */

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A variable's value, trimmed, or undefined when it is unset or empty. */
const present = (inner: z.ZodType) =>
  z.preprocess((value) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }, inner.optional());

function wholeNumber(least: number, most: number, fallback: number) {
  const sentence = `a whole number from ${least} to ${most}`;
  return present(
    z.string().regex(/^\d+$/, sentence).transform(Number).pipe(z.number().min(least, sentence).max(most, sentence)),
  ).transform((value) => (value as number | undefined) ?? fallback);
}

function webAddress(example: string) {
  const sentence = `an http or https address such as ${example}`;
  return present(
    z.string().refine((text) => URL.canParse(text) && ['http:', 'https:'].includes(new URL(text).protocol), sentence),
  ) as z.ZodType<string | undefined>;
}

function longSecret(least: number, how: string) {
  return present(z.string().min(least, `at least ${least} characters (${how})`)) as z.ZodType<string | undefined>;
}

const text = present(z.string()) as z.ZodType<string | undefined>;
const flag = present(z.enum(['0', '1'], '0 or 1')).transform((value) => value === '1');

const schema = z.object({
  PORT: wholeNumber(1, 65535, 3000),
  HOST: text.transform((value) => value ?? 'localhost'),
  // Checked when the database opens (parseDatabaseUrl), with examples and the password hidden.
  DATABASE_URL: text,
  LOG_LEVEL: present(z.enum(LOG_LEVELS, `one of ${LOG_LEVELS.join(', ')}`)).transform(
    (value) => (value as (typeof LOG_LEVELS)[number] | undefined) ?? 'info',
  ),
  BLUELAMP_SESSION_IDLE_MINUTES: wholeNumber(1, 24 * 60, 30),
  BLUELAMP_SESSION_ABSOLUTE_HOURS: wholeNumber(1, 24 * 31, 12),
  BLUELAMP_DOWNLOADS_PER_MINUTE: wholeNumber(1, 100_000, 30),
  BLUELAMP_PDF_PRINTING: wholeNumber(1, 64, 2),
  BLUELAMP_PDF_QUEUE: wholeNumber(0, 10_000, 8),
  // Checked entry by entry when the server is built (trustedProxies), with its own sentence.
  BLUELAMP_TRUST_PROXY: text,
  BLUELAMP_PUBLIC_URL: webAddress('https://bluelamp.force.police.uk'),
  BLUELAMP_NOTIFY_AT: present(
    z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day written HH:MM, such as 07:00'),
  ).transform((value) => (value as string | undefined) ?? '07:00'),
  BLUELAMP_SMTP_URL: present(
    z
      .string()
      .refine(
        (value) => URL.canParse(value) && ['smtp:', 'smtps:'].includes(new URL(value).protocol),
        'an smtp:// or smtps:// address such as smtps://user:password@mail.force.police.uk',
      ),
  ) as z.ZodType<string | undefined>,
  BLUELAMP_MAIL_FROM: text,
  BLUELAMP_NOTIFY_API_KEY: text,
  BLUELAMP_NOTIFY_TEMPLATE_ID: text,
  BLUELAMP_OIDC_ISSUER: webAddress('https://login.force.police.uk/realms/staff'),
  BLUELAMP_OIDC_CLIENT_ID: text,
  BLUELAMP_OIDC_CLIENT_SECRET: text,
  BLUELAMP_OIDC_REDIRECT_URI: webAddress('https://bluelamp.force.police.uk/api/sso/callback'),
  BLUELAMP_OIDC_ALLOW_HTTP: flag,
  BLUELAMP_BACKUP_KEY: longSecret(32, 'make one with: openssl rand -hex 32'),
  BLUELAMP_AUDIT_KEY: longSecret(32, 'make one with: openssl rand -hex 32'),
  BLUELAMP_AUDIT_ANCHOR_DIR: text,
  BLUELAMP_WEB_ROOT: text,
  BLUELAMP_METRICS_TOKEN: present(
    z
      .string()
      .min(16, 'at least 16 characters (make one with: openssl rand -hex 32)')
      .regex(/^[\x21-\x7e]+$/, 'printable characters without spaces'),
  ) as z.ZodType<string | undefined>,
  BLUELAMP_VALIDATE_RESPONSES: flag,
  BLUELAMP_DEBUG: flag,
});

export type Configuration = z.infer<typeof schema>;

/** The variables this module reads, for documentation and for tests that change one of them. */
export const CONFIGURATION_VARIABLES = Object.keys(schema.shape) as (keyof Configuration)[];

/** What the person running Bluelamp sees for one bad variable; secrets are never repeated back. */
function sentenceFor(issue: z.core.$ZodIssue, env: NodeJS.ProcessEnv): string {
  const name = String(issue.path[0] ?? 'A setting');
  const secret = /KEY|SECRET|TOKEN|SMTP_URL|DATABASE_URL/.test(name);
  const given = env[name]?.trim() ?? '';
  const shown = secret ? '' : ` (it is "${given.length > 40 ? `${given.slice(0, 40)}…` : given}")`;
  return `${name} must be ${issue.message}${shown}.`;
}

/**
 * The configuration from the environment, or a problem with one sentence per bad variable,
 * each naming the variable and what it accepts.
 */
export function readConfiguration(env: NodeJS.ProcessEnv = process.env): Configuration {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const sentences = [...new Set(result.error.issues.map((issue) => sentenceFor(issue, env)))];
  throw new BluelampProblem('invalid-input', sentences.join('\n'));
}

/**
 * How long sessions last, read when the account services load. A bad value falls back to the
 * default here, because `bluelamp serve` has already refused to start with it and a module
 * cannot throw a sentence at import time; the other commands do not keep sessions.
 */
export function sessionLengths(env: NodeJS.ProcessEnv = process.env): { idleMinutes: number; absoluteHours: number } {
  const idle = schema.shape.BLUELAMP_SESSION_IDLE_MINUTES.safeParse(env.BLUELAMP_SESSION_IDLE_MINUTES);
  const absolute = schema.shape.BLUELAMP_SESSION_ABSOLUTE_HOURS.safeParse(env.BLUELAMP_SESSION_ABSOLUTE_HOURS);
  return { idleMinutes: idle.success ? idle.data : 30, absoluteHours: absolute.success ? absolute.data : 12 };
}
