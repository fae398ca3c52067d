import { inspect } from 'node:util';
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../core/logger.ts';
import { serializeError } from '../core/serialize-error.ts';

const rank: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

/**
 * Bolt's logger interface on top of Takumi's injected logger, so Bolt's and the Web API client's
 * lines (a rejected signature, a rate limit) land in the same log. Debug lines are dropped unless the
 * level is lowered: the Web API client's debug output includes request bodies, i.e. questions.
 */
export function toBoltLogger(logger: Logger, initialLevel: LogLevel = LogLevel.INFO): BoltLogger {
  let level = initialLevel;
  let name = 'slack';
  const write = (at: LogLevel, parts: unknown[]): void => {
    if (rank[at] < rank[level]) return;
    const message = parts
      .map((part) =>
        typeof part === 'string'
          ? part
          : part instanceof Error
            ? part.message
            : inspect(part, { depth: 3, breakLength: Infinity }),
      )
      .join(' ');
    const errors = parts.filter((part): part is Error => part instanceof Error);
    const fields: Record<string, unknown> = {
      source: name,
      ...(errors.length > 0 ? { error: serializeError(errors[0]) } : {}),
    };
    if (at === LogLevel.ERROR) logger.error(message, fields);
    else if (at === LogLevel.WARN) logger.warn(message, fields);
    else logger.info(message, fields);
  };
  return {
    debug: (...parts: unknown[]) => write(LogLevel.DEBUG, parts),
    info: (...parts: unknown[]) => write(LogLevel.INFO, parts),
    warn: (...parts: unknown[]) => write(LogLevel.WARN, parts),
    error: (...parts: unknown[]) => write(LogLevel.ERROR, parts),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next: string) => {
      name = next;
    },
  };
}
