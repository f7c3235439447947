import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AisleError } from './errors.ts';

/** The package root (where `catalog/` ships), independent of the working directory. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_CATALOG = resolve(PACKAGE_ROOT, 'catalog', 'demo.jsonl');

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', ''])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));
const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();
const url = z
  .string()
  .trim()
  .refine((v) => /^https?:\/\//.test(v), 'must be an http(s) URL');
const idList = z
  .string()
  .default('')
  .transform((v) =>
    v
      .split(/[\s,;]+/)
      .map((s) => s.trim())
      .filter(Boolean),
  );

/** Every environment variable aisle reads, with defaults. Unknown variables are ignored. */
const EnvSchema = z.object({
  AISLE_DATA_DIR: z.string().trim().min(1).default('.aisle'),
  AISLE_CATALOG: z.string().trim().min(1).default(DEFAULT_CATALOG),
  AISLE_CATALOG_FORMAT: z.enum(['auto', 'json', 'jsonl', 'csv', 'shopify', 'gmc']).default('auto'),
  AISLE_CATALOG_WATCH: bool.default(false),
  AISLE_EMBEDDER: z.enum(['auto', 'hashing', 'gpt2']).default('auto'),
  AISLE_MODEL_ID: z.string().trim().min(1).default('Xenova/gpt2'),
  AISLE_MODEL_DIR: optionalText,
  AISLE_POOLING: z.enum(['mean', 'last']).default('mean'),
  AISLE_POSTPROCESS: z.enum(['none', 'center', 'whiten', 'abtt']).default('abtt'),
  AISLE_QUANTIZED: bool.default(false),
  AISLE_THREADS: z.coerce.number().int().min(1).max(64).default(2),
  AISLE_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  AISLE_LOG_TEXT: bool.default(false),
  AISLE_CONVERSATION_STORE: z.enum(['memory', 'sqlite']).default('memory'),
  AISLE_CONVERSATION_TTL_MINUTES: z.coerce.number().int().min(1).default(60),
  AISLE_CONVERSATION_MAX: z.coerce.number().int().min(10).default(10_000),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  AISLE_PUBLIC_URL: url.optional(),
  AISLE_RATE_LIMIT_SESSION: z.coerce.number().int().min(1).default(30),
  AISLE_RATE_LIMIT_IP: z.coerce.number().int().min(1).default(120),
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_SOCKET_MODE: bool.default(false),
  SLACK_API_URL: url.optional(),
  AISLE_SLACK_STAFF: idList,
  AISLE_SLACK_MANAGERS: idList,
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  DISCORD_API_URL: url.optional(),
  AISLE_DISCORD_STAFF: idList,
  AISLE_DISCORD_MANAGERS: idList,
  AISLE_DISCORD_PROMO_ROLE: optionalText,
});

/** Role mapping for one platform: ids of users, groups or roles ("T123/U456" scopes to a workspace). */
export interface RoleMap {
  readonly staff: readonly string[];
  readonly managers: readonly string[];
}

/** Validated configuration, read once at start. */
export interface Config {
  readonly dataDir: string;
  readonly catalog: string;
  readonly catalogFormat: 'auto' | 'json' | 'jsonl' | 'csv' | 'shopify' | 'gmc';
  readonly catalogWatch: boolean;
  readonly embedder: 'auto' | 'hashing' | 'gpt2';
  readonly model: {
    readonly id: string;
    readonly dir: string | undefined;
    readonly pooling: 'mean' | 'last';
    readonly postprocess: 'none' | 'center' | 'whiten' | 'abtt';
    readonly quantized: boolean;
    readonly threads: number;
  };
  readonly log: { readonly level: string; readonly text: boolean };
  readonly conversations: {
    readonly store: 'memory' | 'sqlite';
    readonly ttlMs: number;
    readonly max: number;
  };
  readonly server: {
    readonly port: number;
    readonly host: string;
    /** Public base URL of this service; relative catalog image URLs are made absolute against it. */
    readonly publicUrl: string | undefined;
    readonly rateLimitSession: number;
    readonly rateLimitIp: number;
  };
  readonly slack:
    | {
        readonly botToken: string;
        readonly signingSecret: string | undefined;
        readonly appToken: string | undefined;
        readonly socketMode: boolean;
        readonly apiUrl: string | undefined;
        readonly roles: RoleMap;
      }
    | undefined;
  readonly discord:
    | {
        readonly token: string;
        readonly applicationId: string | undefined;
        readonly apiUrl: string | undefined;
        readonly roles: RoleMap;
        readonly promoRoleId: string | undefined;
      }
    | undefined;
}

/** Read `.env` from the working directory into process.env (existing variables win). */
export function loadDotEnv(file = resolve(process.cwd(), '.env')): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

/** Validate the environment and return the configuration, or throw one readable CONFIG_INVALID error. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new AisleError({
      code: 'CONFIG_INVALID',
      message: `Invalid configuration:\n${lines.join('\n')}`,
      hint: 'Fix these environment variables (or your .env file) and start again. See README "Configuration".',
    });
  }
  const e = parsed.data;
  return {
    dataDir: resolve(e.AISLE_DATA_DIR),
    catalog: resolve(e.AISLE_CATALOG),
    catalogFormat: e.AISLE_CATALOG_FORMAT,
    catalogWatch: e.AISLE_CATALOG_WATCH,
    embedder: e.AISLE_EMBEDDER,
    model: {
      id: e.AISLE_MODEL_ID,
      dir: e.AISLE_MODEL_DIR === undefined ? undefined : resolve(e.AISLE_MODEL_DIR),
      pooling: e.AISLE_POOLING,
      postprocess: e.AISLE_POSTPROCESS,
      quantized: e.AISLE_QUANTIZED,
      threads: e.AISLE_THREADS,
    },
    log: { level: e.AISLE_LOG_LEVEL, text: e.AISLE_LOG_TEXT },
    conversations: {
      store: e.AISLE_CONVERSATION_STORE,
      ttlMs: e.AISLE_CONVERSATION_TTL_MINUTES * 60_000,
      max: e.AISLE_CONVERSATION_MAX,
    },
    server: {
      port: e.PORT,
      host: e.HOST,
      publicUrl: e.AISLE_PUBLIC_URL,
      rateLimitSession: e.AISLE_RATE_LIMIT_SESSION,
      rateLimitIp: e.AISLE_RATE_LIMIT_IP,
    },
    slack: slackConfig(e),
    discord: discordConfig(e),
  };
}

type Env = z.infer<typeof EnvSchema>;

function slackConfig(e: Env): Config['slack'] {
  if (!e.SLACK_BOT_TOKEN) return undefined;
  const socketMode = e.SLACK_SOCKET_MODE || (e.SLACK_APP_TOKEN !== undefined && !e.SLACK_SIGNING_SECRET);
  const problems: string[] = [];
  if (socketMode && !e.SLACK_APP_TOKEN) problems.push('SLACK_APP_TOKEN is required for Socket Mode (xapp-…)');
  if (!socketMode && !e.SLACK_SIGNING_SECRET) {
    problems.push(
      'SLACK_SIGNING_SECRET is required for the HTTP Events API (or set SLACK_APP_TOKEN for Socket Mode)',
    );
  }
  if (problems.length > 0) {
    throw new AisleError({
      code: 'CONFIG_INVALID',
      message: `Slack is half configured:\n  ${problems.join('\n  ')}`,
      hint: 'Set the missing variables, or unset SLACK_BOT_TOKEN to run without Slack.',
    });
  }
  return {
    botToken: e.SLACK_BOT_TOKEN,
    signingSecret: e.SLACK_SIGNING_SECRET,
    appToken: e.SLACK_APP_TOKEN,
    socketMode,
    apiUrl: e.SLACK_API_URL,
    roles: { staff: e.AISLE_SLACK_STAFF, managers: e.AISLE_SLACK_MANAGERS },
  };
}

function discordConfig(e: Env): Config['discord'] {
  if (!e.DISCORD_TOKEN) return undefined;
  return {
    token: e.DISCORD_TOKEN,
    applicationId: e.DISCORD_APPLICATION_ID,
    apiUrl: e.DISCORD_API_URL,
    roles: { staff: e.AISLE_DISCORD_STAFF, managers: e.AISLE_DISCORD_MANAGERS },
    promoRoleId: e.AISLE_DISCORD_PROMO_ROLE,
  };
}
