import type { z } from 'zod';
import type { ChartFonts } from '../charts/font-setup.ts';
import type { TakumiConfig } from '../config/load-config.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { TakumiError } from '../core/takumi-error.ts';
import type { Language } from '../core/language.ts';
import type { Logger } from '../core/logger.ts';

/** @deprecated Import `Logger` from src/core/logger.ts (shim for open branches; removed with issue 8). */
export type { Logger } from '../core/logger.ts';

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

/** Bad arguments from the model: the message tells the model what to send instead. */
export class ToolInputError extends TakumiError {}
