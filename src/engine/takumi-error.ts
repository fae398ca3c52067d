/**
 * Base class of every error Takumi raises on purpose.
 *
 * `code` is stable and machine-readable (tests and the agent branch on it), `details` carries
 * structured fields (file, line, column, …) and `message` tells the reader what to do next.
 * A subclass with a closed set of codes names them once: `class ClvError extends TakumiError<ClvErrorCode> {}`.
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

/** Wraps an unknown thrown value at a layer boundary, keeping a TakumiError as it is. */
export function toTakumiError(error: unknown, code: string, message: string): TakumiError {
  if (error instanceof TakumiError) return error;
  return new TakumiError(
    code,
    `${message}: ${error instanceof Error ? error.message : String(error)}`,
    {},
    { cause: error },
  );
}
