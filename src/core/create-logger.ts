import { once } from 'node:events';
import { pino } from 'pino';
import type { Logger } from './logger.ts';
import { serializeError } from './serialize-error.ts';

/** Options of {@link createLogger}. */
export interface CreateLoggerOptions {
  /** JSON lines are appended to this file (its folder is created); without it they go to stderr. */
  file?: string;
  /** Also told every warning and error as one short line, e.g. stderr for the terminal chat. */
  echo?: (line: string) => void;
}

/** A logger that owns its destination: flush it before the process ends on purpose. */
export interface ClosableLogger extends Logger {
  /** Resolves once every line written so far has reached the file or stream. */
  flush(): Promise<void>;
}

/**
 * Takumi's logger: one JSON object per line (`level`, `time`, `message`, the fields; errors anywhere
 * in the fields become {@link serializeError}'s shape) through pino's asynchronous destination, so a
 * busy Slack bot never waits on a disk write per line. pino flushes what is buffered when the
 * process exits.
 */
export function createLogger(options: CreateLoggerOptions = {}): ClosableLogger {
  const destination = pino.destination({
    dest: options.file ?? 2,
    sync: false,
    ...(options.file ? { mkdir: true } : {}),
  });
  const logger = pino(
    {
      base: null,
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  const write = (level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>): void => {
    logger[level](fields ? (toLoggable(fields) as Record<string, unknown>) : {}, message);
    if (level !== 'info') options.echo?.(`[takumi ${level}] ${message}`);
  };
  return {
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
    flush: () => settle(destination),
  };
}

/**
 * Waits until the destination has opened its file and written everything queued. SonicBoom's own
 * `flush` returns at once when it does not buffer (`minLength` 0, so lines leave without delay), so
 * this watches its opening/writing state (sonic-boom 4) and its `ready`/`drain` events instead.
 */
async function settle(destination: ReturnType<typeof pino.destination>): Promise<void> {
  const state = destination as unknown as { _opening?: boolean; _writing?: boolean };
  while (state._opening === true || state._writing === true) {
    await once(destination, state._opening === true ? 'ready' : 'drain');
  }
}

/** Errors nested in log fields, serialized; plain objects and arrays walked a few levels deep. */
function toLoggable(value: unknown, depth = 0): unknown {
  if (value instanceof Error) return serializeError(value);
  if (depth >= 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => toLoggable(item, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toLoggable(item, depth + 1)]));
}
