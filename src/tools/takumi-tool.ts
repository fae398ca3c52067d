import type { z } from 'zod';
import type { ChartFonts } from '../charts/font-setup.ts';
import type { TakumiConfig } from '../config/load-config.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { type ErrorCode, TakumiError } from '../core/takumi-error.ts';
import type { Language } from '../core/language.ts';
import type { Logger } from '../core/logger.ts';

/** What every tool gets from the agent that calls it. */
export interface ToolContext {
  prisma: PrismaClient;
  config: TakumiConfig;
  /** The dataset the conversation is about, when the user has not named one. */
  defaultDataset: string | null;
  /** Language of the conversation: chart titles and templated text follow it. */
  language: Language;
  /** Folder for chart PNGs. */
  chartDirectory: string;
  /** Fonts from `setUpChartFonts` at start-up; null draws no charts (e.g. a text-only client). */
  chartFonts: ChartFonts | null;
  logger: Logger;
  /** Reports a step of a long tool run, e.g. 「セグメンテーション実行中… 2/4」. */
  onProgress?: (step: { label: string; done: number; total: number }) => void;
}

/** A chart a tool produced, as a PNG file. */
export interface ToolChart {
  path: string;
  title: string;
  kind: string;
}

/**
 * A tool's answer. `summary` is what the model reads: short, aggregates only (it passes the privacy
 * guard before any model request). `data` is typed, for charts, Slack blocks and tests.
 */
export interface ToolOutput<Data> {
  summary: string;
  data: Data;
  charts: ToolChart[];
}

/** One agent tool: a zod input schema (every field `.describe()`d) and a run function. */
export interface TakumiTool<Input = unknown, Data = unknown> {
  name: string;
  description: string;
  schema: z.ZodType<Input>;
  run(input: Input, context: ToolContext): Promise<ToolOutput<Data>>;
  /**
   * The result as a person should read it, in their language, when no model writes the answer (the
   * offline planner). Aggregates only, like `summary`; it passes the same redaction.
   */
  present?(data: Data, language: Language): string;
}

/** What a tool's `run` computes: its typed result and the charts drawn from it. */
export interface ToolRun<Result> {
  result: Result;
  charts: ToolChart[];
}

/**
 * A tool as data plus views (see src/tools/README.md): `run` computes a typed result; `summarize`
 * (what the model reads) and `present` (what a person reads, per language) are pure functions of that
 * one result, so the two can never disagree.
 */
export interface ToolDefinition<Input, Result> {
  name: string;
  description: string;
  schema: z.ZodType<Input>;
  run(input: Input, context: ToolContext): Promise<ToolRun<Result>>;
  summarize(result: Result, language: Language): string;
  present(result: Result, language: Language): string;
}

/** The agent-facing tool of a {@link ToolDefinition}: `run` returns the model's summary with the result. */
export function defineTool<Input, Result>(definition: ToolDefinition<Input, Result>): TakumiTool<Input, Result> {
  return {
    name: definition.name,
    description: definition.description,
    schema: definition.schema,
    async run(input, context) {
      const { result, charts } = await definition.run(input, context);
      return { summary: definition.summarize(result, context.language), data: result, charts };
    },
    present: definition.present,
  };
}

/** Codes of {@link ToolInputError}. */
export const toolInputErrorCodes = [
  'TOOL_DATASET_REQUIRED',
  'TOOL_DATASET_UNKNOWN',
  'TOOL_ROI_NO_COST',
  'TOOL_SEGMENT_UNKNOWN',
  'TOOL_TERM_UNKNOWN',
  'TOOL_THEME_UNKNOWN',
  'TOOL_AB_COUNTS_INVALID',
  'TOOL_AB_COUNTS_REQUIRED',
  'TOOL_AB_LIFT_TOO_LARGE',
  'TOOL_COMPARE_SAME_GROUP',
  'TOOL_BREAKDOWN_COLUMN_UNKNOWN',
  'TOOL_BREAKDOWN_COLUMN_PERSONAL',
  'TOOL_COST_CURRENCY_MISMATCH',
  'TOOL_BEHAVIOR_COLUMN_UNKNOWN',
  // Passed through from the data layer, where they are the model's to fix (e.g. a target column name).
  'OUTLOOK_NO_MODEL',
  'PREDICTION_TARGET_UNKNOWN',
] as const;
/**
 * Bad arguments from the model: `message` tells the model what to send instead (English, ids and field
 * names welcome); `readerMessage` is the same refusal for a person, in the conversation's language and
 * words, from the tool's `{ ja, en }` catalog. It is required: an offline answer shows it in place of the
 * model's message, which no reader should get (test/lint/tool-input-reader-messages.test.ts checks
 * every throw site; test/tools/japanese-presentations.int.test.ts refuses a call for every code).
 */
export class ToolInputError extends TakumiError<ErrorCode<typeof toolInputErrorCodes>> {
  readonly readerMessage: string;

  constructor(
    code: ErrorCode<typeof toolInputErrorCodes>,
    message: string,
    details: Record<string, unknown>,
    options: { readerMessage: string; cause?: unknown },
  ) {
    super(code, message, details, options.cause === undefined ? undefined : { cause: options.cause });
    this.readerMessage = options.readerMessage;
  }
}
