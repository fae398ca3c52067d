import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type ErrorCode, TakumiError } from '../core/takumi-error.ts';

/** The repository (or installed package) root: two levels above this file. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const environmentSchema = z.object({
  TAKUMI_HOME: z.string().min(1).optional().describe('Folder for the model cache, database and charts.'),
  TAKUMI_MODEL_DIR: z.string().min(1).optional().describe('Folder for the converted ONNX model.'),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, 'must start with file: (SQLite) or postgresql://')
    .optional(),
  TAKUMI_PRECISION: z
    .enum(['fp32', 'int8', 'auto'], { message: 'must be fp32, int8 or auto' })
    .optional()
    .describe('Embedding model precision; auto = int8 on CPUs with VNNI/AMX.'),
  TAKUMI_THREADS: z.coerce.number().int().min(1).max(256).optional(),
  TAKUMI_SHARED_DIR: z.string().min(1).optional(),
  npm_config_registry: z.string().url().optional(),
  npm_config_cache: z.string().optional(),
  // An empty OPENAI_API_KEY= line in a .env file means "no key" (offline planner), not an error.
  OPENAI_API_KEY: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .describe('Key for the language model; unset = offline planner.'),
  OPENAI_BASE_URL: z
    .string()
    .url()
    .regex(/^https?:\/\//, 'must be an http(s) URL such as https://api.openai.com/v1')
    .optional(),
  TAKUMI_MODEL: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined),
  TAKUMI_MIN_GROUP_SIZE: z.coerce.number().int().min(2).max(100_000).optional(),
  TAKUMI_JOB_ATTEMPTS: z.coerce.number().int().min(1).max(100).optional().describe('Tries per photo job.'),
  TAKUMI_JOB_TIMEOUT_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(86_400)
    .optional()
    .describe('Visibility timeout: a job held this long by a silent worker goes to another.'),
  TAKUMI_DEFAULT_DATASET: optionalText().describe('Dataset a question is about when it names none.'),
  // Slack (src/slack). All optional: without SLACK_BOT_TOKEN Takumi runs as a local terminal chat.
  // The messages never echo the value: a misplaced token must not end up in a log.
  SLACK_BOT_TOKEN: optionalText().refine((value) => value === undefined || /^xoxb-[A-Za-z0-9-]+$/.test(value), {
    message:
      "must start with xoxb-: copy the Bot User OAuth Token from your Slack app's OAuth & Permissions page (install the app to the workspace first)",
  }),
  SLACK_SIGNING_SECRET: optionalText().refine(
    (value) => value === undefined || /^(?!xox|xapp)[A-Za-z0-9]{16,}$/.test(value),
    {
      message:
        "must be the Signing Secret (letters and digits, no xoxb-/xapp- token): copy it from your Slack app's Basic Information → App Credentials",
    },
  ),
  SLACK_APP_TOKEN: optionalText().refine((value) => value === undefined || /^xapp-[A-Za-z0-9-]+$/.test(value), {
    message:
      "must start with xapp-: create an App-Level Token with the connections:write scope under your Slack app's Basic Information → App-Level Tokens (only for Socket Mode; unset it to receive events over HTTP)",
  }),
  PORT: z.coerce
    .number()
    .int()
    .min(1)
    .max(65_535)
    .optional()
    .describe('HTTP port for Slack events when not in Socket Mode.'),
  SLACK_API_URL: z
    .string()
    .url()
    .regex(/^https?:\/\//, 'must be an http(s) URL such as https://slack.com/api/')
    .optional(),
  TAKUMI_ALLOWED_CHANNELS: idList(
    /^[CGD][A-Z0-9]{2,}$/,
    'must be a comma-separated list of channel IDs such as C0123ABCD (in Slack: channel name → About → Channel ID), not channel names',
  ),
  TAKUMI_ALLOWED_USERS: idList(
    /^[UW][A-Z0-9]{2,}$/,
    'must be a comma-separated list of member IDs such as U0123ABCD (in Slack: profile → ⋮ → Copy member ID), not names or e-mails',
  ),
});

/** An optional text variable where an empty `NAME=` line means unset. */
function optionalText() {
  return z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined);
}

/** An optional comma-separated list of Slack IDs; empty means no list (everyone allowed). */
function idList(pattern: RegExp, message: string) {
  return z
    .string()
    .optional()
    .transform((text) =>
      (text ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item.length > 0),
    )
    .refine((items) => items.every((item) => pattern.test(item)), { message })
    .transform((items) => (items.length > 0 ? items : null));
}

/**
 * LangSmith tracing would copy every prompt and tool result to an outside service past the privacy
 * guard (langchain reads these variables itself), so Takumi refuses to start with them on.
 */
const tracingVariables = [
  'LANGSMITH_TRACING',
  'LANGSMITH_TRACING_V2',
  'LANGCHAIN_TRACING',
  'LANGCHAIN_TRACING_V2',
] as const;

/** Everything Takumi reads from the environment, validated once and passed down explicitly. */
export interface TakumiConfig {
  home: string;
  modelDirectory: string;
  databaseUrl: string;
  threads: number;
  /** TAKUMI_PRECISION: embedding model precision; `auto` = int8 where the CPU has VNNI or AMX. */
  precision: 'fp32' | 'int8' | 'auto';
  sharedDirectory: string;
  npmRegistry: string | undefined;
  npmCache: string | undefined;
  /** OpenAI-compatible API key; undefined means the agent answers with the offline planner. */
  openAiApiKey: string | undefined;
  /** Base URL of the OpenAI-compatible API, always explicit so no library falls back to its own env lookup. */
  openAiBaseUrl: string;
  /** Chat model name. */
  model: string;
  /** Smallest customer group whose description may reach the model or the user. */
  minimumGroupSize: number;
  /** The PostgreSQL photo queue (`takumi worker`); unused on SQLite. */
  queue: QueueConfig;
  /** Dataset a question is about when it names none (TAKUMI_DEFAULT_DATASET); null: the tools decide. */
  defaultDataset: string | null;
  slack: SlackConfig;
}

/**
 * Slack settings. Each is validated for form only; whether they make a usable combination (bot token
 * plus signing secret or app token) is decided where Slack starts, so a half-configured Slack never
 * stops `takumi import`.
 */
export interface SlackConfig {
  /** SLACK_BOT_TOKEN, `xoxb-…`; undefined: Slack is off. */
  botToken: string | undefined;
  /** SLACK_SIGNING_SECRET: verifies HTTP requests (not needed in Socket Mode). */
  signingSecret: string | undefined;
  /** SLACK_APP_TOKEN, `xapp-…`: set → Socket Mode (no public URL needed). */
  appToken: string | undefined;
  /** PORT of the HTTP receiver. */
  port: number;
  /** SLACK_API_URL: another Web API base URL (a proxy, or a local fake in tests). */
  apiUrl: string | undefined;
  /** TAKUMI_ALLOWED_CHANNELS; null: every channel the bot is in. */
  allowedChannels: string[] | null;
  /** TAKUMI_ALLOWED_USERS; null: every member. */
  allowedUsers: string[] | null;
}

/** Settings of the photo-embedding queue (pg-boss on PostgreSQL). */
export interface QueueConfig {
  /** TAKUMI_JOB_ATTEMPTS: tries per photo before its job is marked failed with its error. */
  attempts: number;
  /** TAKUMI_JOB_TIMEOUT_SECONDS: a job held longer (a killed worker) is given to another worker. */
  timeoutSeconds: number;
}

/** Defaults of {@link QueueConfig}. */
export const defaultQueueConfig: QueueConfig = { attempts: 3, timeoutSeconds: 600 };

/** Defaults of the language-model settings. */
export const defaultModelSettings = {
  openAiBaseUrl: 'https://api.openai.com/v1',
  model: 'gpt-4o-mini',
  minimumGroupSize: 20,
} as const;

/** HTTP port of the Slack receiver when PORT is unset. */
export const defaultSlackPort = 3000;

/** Codes of {@link ConfigError}. */
export const configErrorCodes = ['CONFIG_INVALID', 'CONFIG_SLACK_INCOMPLETE', 'CONFIG_TRACING_FORBIDDEN'] as const;
/** Raised when an environment variable is malformed; the message names the variable and the fix. */
export class ConfigError extends TakumiError<ErrorCode<typeof configErrorCodes>> {}

/**
 * Reads and validates configuration. The only place in Takumi that touches `process.env`.
 * @param environment defaults to `process.env`; tests pass their own.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): TakumiConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(
      'CONFIG_INVALID',
      `Environment variable ${variable} is invalid (${issue?.message}). Fix or unset it; see README "Configuration".`,
      { variable },
    );
  }
  const values = parsed.data;
  const tracing = tracingVariables.find((variable) => environment[variable]?.trim().toLowerCase() === 'true');
  if (tracing) {
    throw new ConfigError(
      'CONFIG_TRACING_FORBIDDEN',
      `Environment variable ${tracing}=true would send prompts and customer aggregates to LangSmith, bypassing Takumi's privacy guard. Unset it to run Takumi.`,
      { variable: tracing },
    );
  }
  const home = path.resolve(values.TAKUMI_HOME ?? path.join(projectRoot, '.takumi'));
  return {
    home,
    modelDirectory: path.resolve(values.TAKUMI_MODEL_DIR ?? path.join(home, 'models')),
    databaseUrl: values.DATABASE_URL ?? `file:${path.join(home, 'takumi.db')}`,
    threads: values.TAKUMI_THREADS ?? 2,
    precision: values.TAKUMI_PRECISION ?? 'auto',
    sharedDirectory: path.resolve(values.TAKUMI_SHARED_DIR ?? path.join(projectRoot, '../shared')),
    npmRegistry: values.npm_config_registry,
    npmCache: values.npm_config_cache,
    openAiApiKey: values.OPENAI_API_KEY,
    openAiBaseUrl: (values.OPENAI_BASE_URL ?? defaultModelSettings.openAiBaseUrl).replace(/\/+$/, ''),
    model: values.TAKUMI_MODEL ?? defaultModelSettings.model,
    minimumGroupSize: values.TAKUMI_MIN_GROUP_SIZE ?? defaultModelSettings.minimumGroupSize,
    queue: {
      attempts: values.TAKUMI_JOB_ATTEMPTS ?? defaultQueueConfig.attempts,
      timeoutSeconds: values.TAKUMI_JOB_TIMEOUT_SECONDS ?? defaultQueueConfig.timeoutSeconds,
    },
    defaultDataset: values.TAKUMI_DEFAULT_DATASET ?? null,
    slack: {
      botToken: values.SLACK_BOT_TOKEN,
      signingSecret: values.SLACK_SIGNING_SECRET,
      appToken: values.SLACK_APP_TOKEN,
      port: values.PORT ?? defaultSlackPort,
      apiUrl: values.SLACK_API_URL,
      allowedChannels: values.TAKUMI_ALLOWED_CHANNELS,
      allowedUsers: values.TAKUMI_ALLOWED_USERS,
    },
  };
}
