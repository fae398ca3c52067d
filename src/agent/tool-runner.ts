import { ToolInputError, type TakumiTool, type ToolChart, type ToolContext } from '../tools/takumi-tool.ts';
import type { AgentProgress } from './agent-progress.ts';
import { describeInvalidArguments } from './describe-invalid-arguments.ts';
import { checkDifferencing } from './check-differencing.ts';
import { withholdFreshRun } from '../data/analysis/withhold-fresh-run.ts';
import { findSmallGroups } from './find-small-groups.ts';
import { objectShape } from './object-shape.ts';
import type { ToolCallRecord } from './tool-call-record.ts';
import { toolLabel } from './tool-labels.ts';
import { createErrorId, TakumiError } from '../core/takumi-error.ts';
import { serializeError } from '../core/serialize-error.ts';
import { appendAll } from '../core/append-all.ts';
import { translate } from '../core/message-catalog.ts';
import { agentMessages } from './agent-messages.ts';

/** Options of {@link ToolRunner}. */
export interface ToolRunnerOptions {
  tools: readonly TakumiTool[];
  /** Shared by every call; the runner adds `onProgress` per call. */
  context: Omit<ToolContext, 'onProgress'>;
  /**
   * Outputs describing a group smaller than this are withheld (see {@link findSmallGroups}), and so
   * are outputs describing a group that differs from one described before by fewer customers than
   * this (see {@link checkDifferencing}).
   */
  minimumGroupSize: number;
  onProgress?: (progress: AgentProgress) => void;
}

/**
 * Runs Takumi tools for one question, for the language-model agent and the offline planner alike,
 * so both get the same validation, error wording, group-size rule and bookkeeping:
 *
 * - arguments are validated with the tool's zod schema; a failure (or a `ToolInputError` from the
 *   tool) becomes a message naming the fields and what is allowed, for the model to retry with;
 * - any other error becomes a short message with an error id; the full error goes to the logger
 *   under the same id, so nothing internal (stack, paths) reaches the model;
 * - an output whose `data.groups` lists a group below `minimumGroupSize`, or a group whose members
 *   differ from a group described before (this database, any dataset, thread or process) by fewer
 *   than `minimumGroupSize` customers, is replaced by a refusal, and its data and charts are not
 *   handed to the caller either; the members themselves are dropped from the data handed on;
 * - calls, data and charts are collected for the caller; progress is reported as calls start/end.
 *
 * The runner never throws for a tool's failure: the returned content always goes back to the model.
 */
export class ToolRunner {
  /** Every call of this question, in the order the calls started. */
  readonly records: ToolCallRecord[] = [];
  /** Charts of the successful calls, in call order. */
  readonly charts: ToolChart[] = [];
  readonly #options: ToolRunnerOptions;
  #announced = 0;
  #started = 0;
  #finished = 0;

  constructor(options: ToolRunnerOptions) {
    this.#options = options;
  }

  /** Names of the registered tools. */
  get toolNames(): string[] {
    return this.#options.tools.map((tool) => tool.name);
  }

  /** The registered tool of that name, if any. */
  findTool(name: string): TakumiTool | undefined {
    return this.#options.tools.find((tool) => tool.name === name);
  }

  /** Tells the runner that `count` more calls are coming (the model asked for them), for `total`. */
  expectCalls(count: number): void {
    this.#announced = Math.max(this.#announced, this.#started + count);
  }

  /** Runs one call. `rawArguments` is what the model (or planner) sent, before validation. */
  async run(name: string, rawArguments: unknown): Promise<ToolCallRecord> {
    const argumentsObject = isPlainObject(rawArguments) ? rawArguments : {};
    const record: ToolCallRecord = {
      name,
      arguments: argumentsObject,
      ok: false,
      outcome: 'unknown-tool',
      content: '',
    };
    this.records.push(record);
    const { language } = this.#options.context;
    const tool = this.findTool(name);
    if (!tool) {
      record.content = translate(agentMessages.unknownTool, language, { name, tools: this.toolNames.join(', ') });
      return record;
    }
    const { label, hint } = toolLabel(name, language);
    this.#started += 1;
    this.#report('started', name, label);
    try {
      await this.#execute(tool, rawArguments, record, label, hint);
    } finally {
      this.#finished += 1;
      this.#report('finished', name, label);
    }
    return record;
  }

  /** Records a call whose arguments were not valid JSON, with a message asking for a JSON object. */
  recordUnreadableArguments(name: string): ToolCallRecord {
    const shape = this.findTool(name) ? objectShape(this.findTool(name)!.schema) : null;
    const fields = shape ? Object.keys(shape).join(', ') : '';
    const content = translate(agentMessages.unreadableArguments, this.#options.context.language, { name, fields });
    const record: ToolCallRecord = { name, arguments: {}, ok: false, outcome: 'invalid-arguments', content };
    this.records.push(record);
    return record;
  }

  async #execute(
    tool: TakumiTool,
    rawArguments: unknown,
    record: ToolCallRecord,
    label: string,
    hint: string,
  ): Promise<void> {
    const { context, minimumGroupSize } = this.#options;
    const parsed = tool.schema.safeParse(rawArguments ?? {});
    if (!parsed.success) {
      record.outcome = 'invalid-arguments';
      record.content = describeInvalidArguments({
        toolName: tool.name,
        schema: tool.schema,
        error: parsed.error,
        input: rawArguments,
        language: context.language,
      });
      return;
    }
    let output: Awaited<ReturnType<TakumiTool['run']>>;
    // Stored runs are stamped by the database clock; a second of slack covers a clock behind ours.
    const startedAt = new Date(Date.now() - 1000);
    try {
      output = await tool.run(parsed.data, {
        ...context,
        onProgress: (step) => this.#relayStep(tool.name, label, step),
      });
    } catch (error) {
      if (error instanceof ToolInputError) {
        record.outcome = 'invalid-arguments';
        record.content = translate(agentMessages.rejectedArguments, context.language, {
          name: tool.name,
          message: error.message,
        });
        record.presentation = error.readerMessage;
        return;
      }
      const errorId = createErrorId();
      context.logger.error('Tool failed', {
        errorId,
        tool: tool.name,
        arguments: record.arguments,
        error: serializeError(error),
      });
      record.outcome = 'failed';
      record.errorId = errorId;
      if (error instanceof TakumiError) {
        // Takumi's own errors are written to be read: they name the problem and the fix (and any path
        // in them is redacted before a model sees it), so the model can act on them.
        record.content = translate(agentMessages.toolError, context.language, {
          label,
          errorId,
          code: error.code,
          message: error.message,
        });
        return;
      }
      record.content = translate(agentMessages.toolFailed, context.language, { label, errorId, hint });
      return;
    }
    const groups = findSmallGroups(output.data, minimumGroupSize);
    if (groups.malformed || groups.small.length > 0) {
      record.outcome = 'withheld';
      if (groups.malformed)
        context.logger.warn('Tool declared unreadable groups; output withheld', { tool: tool.name });
      const names = groups.small.map((group) => group.label).join(', ');
      record.content = translate(agentMessages.withheld, context.language, {
        label,
        minimum: minimumGroupSize,
        names,
      });
      return;
    }
    const verdict = await checkDifferencing({ prisma: context.prisma, groups: groups.groups, minimumGroupSize });
    if (!verdict.allowed) {
      record.outcome = 'withheld';
      // A segmentation computed for this refused answer must not become the run later questions use.
      const runId = (output.data as { runId?: unknown } | null)?.runId;
      if (typeof runId === 'number') await withholdFreshRun(context.prisma, runId, startedAt);
      context.logger.warn('Output withheld: a group differs too little from one described before', {
        tool: tool.name,
        group: verdict.label,
        difference: verdict.difference,
        against: verdict.against,
      });
      record.content = translate(agentMessages.differencing, context.language, {
        label,
        minimum: minimumGroupSize,
        difference: verdict.difference,
      });
      return;
    }
    record.ok = true;
    record.outcome = 'succeeded';
    record.content = output.summary;
    const presentation = tool.present?.(output.data, context.language);
    if (presentation !== undefined) record.presentation = presentation;
    record.data = withoutMembers(output.data);
    appendAll(this.charts, output.charts);
  }

  #report(phase: 'started' | 'finished', toolName: string, label: string): void {
    const { onProgress, context } = this.#options;
    if (!onProgress) return;
    const suffix = translate(phase === 'started' ? agentMessages.running : agentMessages.finished, context.language);
    onProgress({
      phase,
      toolName,
      label: `${label}${suffix}`,
      done: this.#finished,
      total: Math.max(this.#announced, this.#started),
    });
  }

  #relayStep(toolName: string, label: string, step: { label: string; done: number; total: number }): void {
    this.#options.onProgress?.({
      phase: 'step',
      toolName,
      label: step.label || label,
      done: step.done,
      total: step.total,
    });
  }
}

/** The data with each declared group's member list dropped: callers (Slack blocks, history) need sizes only. */
function withoutMembers(data: unknown): unknown {
  if (!isPlainObject(data) || !Array.isArray(data['groups'])) return data;
  return {
    ...data,
    groups: data['groups'].map((group: unknown) =>
      isPlainObject(group) ? Object.fromEntries(Object.entries(group).filter(([key]) => key !== 'members')) : group,
    ),
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
