import { describe, expect, it } from 'vitest';
import { AgentError } from '../../src/agent/agent-error.ts';
import { CliError, exitCodeOf, type TakumiErrorCode, usageErrorCodes } from '../../src/cli/exit-codes.ts';
import { ConfigError } from '../../src/config/load-config.ts';
import { AnalysisError, IngestError } from '../../src/data/data-errors.ts';
import { ClvError, FileReadError } from '../../src/engine/engine-errors.ts';
import type { AnswerErrorCode } from '../../src/slack/answer-error-codes.ts';
import { describeFailure, failureHints } from '../../src/slack/describe-failure.ts';

describe('typed error codes', () => {
  it('refuses at compile time a code its class does not declare, and a misspelt key in a code map', () => {
    // @ts-expect-error ClvError declares CLV_* codes only
    new ClvError('CLV_NOT_IDENTIFYABLE', 'misspelt');
    // @ts-expect-error an analysis error cannot carry an ingest code
    new AnalysisError('CSV_EMPTY', 'wrong class');
    // @ts-expect-error the CLI's usage list takes declared codes only
    const usage = ['CLI_INVALID_OPTON'] as const satisfies readonly TakumiErrorCode[];
    // @ts-expect-error Slack's hints are keyed by declared codes only
    const hints = { AGENT_TOO_MANY_STEP: { ja: 'x', en: 'x' } } satisfies Partial<Record<AnswerErrorCode, unknown>>;
    expect([usage, hints]).toHaveLength(2);
  });

  it('maps usage errors to exit 2, other expected failures to 1 and bugs to 70', () => {
    expect(exitCodeOf(new CliError('CLI_INVALID_OPTION', '--threads must be a positive whole number'))).toBe(2);
    expect(exitCodeOf(new ConfigError('CONFIG_INVALID', 'PORT must be a number'))).toBe(2);
    expect(exitCodeOf(new IngestError('CSV_EMPTY', 'customers.csv is empty'))).toBe(1);
    expect(exitCodeOf(new FileReadError('FILE_TOO_LARGE', 'too large'))).toBe(1);
    expect(exitCodeOf(new TypeError('undefined is not a function'))).toBe(70);
    expect(usageErrorCodes).toContain('QUEUE_NEEDS_POSTGRES');
  });

  it('gives the asker the hint for a known code and the general hint otherwise', () => {
    const broad = describeFailure(new AgentError('AGENT_TOO_MANY_STEPS', 'too many steps'), 'ja');
    expect(broad.text).toContain(failureHints.AGENT_TOO_MANY_STEPS.ja);
    expect(broad.errorId).toMatch(/^E-[0-9a-f]{8}$/);
    const other = describeFailure(new AgentError('AGENT_MODEL_FAILED', 'model failed'), 'en');
    expect(other.text).not.toContain(failureHints.AGENT_TOO_MANY_STEPS.en);
  });
});
