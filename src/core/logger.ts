/**
 * Where log lines go. Injected everywhere, so engine and tools never print and tests can record
 * what was logged. `fields` are structured (ids, counts, a serialized error), never personal values.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** A logger that drops everything (tools and tests that log nothing of interest). */
export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
