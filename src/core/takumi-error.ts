import { randomBytes } from 'node:crypto';

/**
 * Base class of every error Takumi raises on purpose.
 *
 * `code` is stable and machine-readable (tests, CLI exit codes and Slack hints branch on it), `details`
 * carries structured fields (file, line, column, …) and `message` tells the reader what to do next.
 * Each subclass names its codes once, as a const list, so a code matched elsewhere is checked by the
 * compiler:
 *
 * ```ts
 * export const clvErrorCodes = ['CLV_INVALID_INPUT', 'CLV_NOT_CONVERGED'] as const;
 * export class ClvError extends TakumiError<(typeof clvErrorCodes)[number]> {}
 * ```
 */
export class TakumiError<Code extends string = string> extends Error {
  readonly code: Code;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: Code, message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.details = details;
  }
}

/** The codes of an error class's const list, e.g. `ErrorCode<typeof clvErrorCodes>`. */
export type ErrorCode<List extends readonly string[]> = List[number];

/** Wraps an unknown thrown value at a layer boundary, keeping a TakumiError as it is. */
export function toTakumiError<Code extends string>(error: unknown, code: Code, message: string): TakumiError {
  if (error instanceof TakumiError) return error;
  return new TakumiError(
    code,
    `${message}: ${error instanceof Error ? error.message : String(error)}`,
    {},
    { cause: error },
  );
}

/**
 * A fresh error id such as `E-3fa94c1d`: the asker sees it, the log line carries it, so an operator
 * finds the full error from a screenshot.
 */
export function createErrorId(): string {
  return `E-${randomBytes(4).toString('hex')}`;
}
