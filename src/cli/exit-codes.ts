import { type ErrorCode, TakumiError } from '../core/takumi-error.ts';
import type { AnswerErrorCode } from '../slack/answer-error-codes.ts';

/** Codes of {@link CliError}. */
export const cliErrorCodes = ['CLI_INVALID_OPTION'] as const;

/** Raised for a command-line option the command cannot use; the message names the option and the fix. */
export class CliError extends TakumiError<ErrorCode<typeof cliErrorCodes>> {}

/** Every code Takumi's error classes declare. */
export type TakumiErrorCode = AnswerErrorCode | ErrorCode<typeof cliErrorCodes>;

/** Exit status of a command: 0 done, 1 an expected failure, 2 called wrongly, 70 a bug (sysexits' EX_SOFTWARE). */
export type ExitCode = 0 | 1 | 2 | 70;

/**
 * Errors in how a command was called (exit 2); other expected failures exit 1. The compiler checks
 * each entry against the declared codes, so a typo or a code an error class no longer has fails `tsc`.
 */
export const usageErrorCodes = [
  'CLI_INVALID_OPTION',
  'CONFIG_INVALID',
  'FOLDER_NOT_FOUND',
  'FOLDER_NOT_A_FOLDER',
  'FOLDER_UNREADABLE',
  'DATASET_NAME_INVALID',
  'NOTHING_TO_IMPORT',
  'QUEUE_NEEDS_POSTGRES',
] as const satisfies readonly TakumiErrorCode[];

const usage: ReadonlySet<string> = new Set(usageErrorCodes);

/** The exit status for an error a command threw: 2 for usage errors, 1 for other expected ones, 70 for a bug. */
export function exitCodeOf(error: unknown): ExitCode {
  if (!(error instanceof TakumiError)) return 70;
  return usage.has(error.code) ? 2 : 1;
}
