import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../tools/takumi-tool.ts';

/**
 * A logger that appends JSON lines to a file (full errors with their ids go here, never to the model
 * or the chat), and echoes warnings and errors to `echo` when given (e.g. stderr for the bot).
 */
export function createFileLogger(file: string, echo?: (line: string) => void): Logger {
  mkdirSync(path.dirname(file), { recursive: true });
  const write = (level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>): void => {
    const line = JSON.stringify(
      { time: new Date().toISOString(), level, message, ...fields },
      (_key, value: unknown) =>
        value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value,
    );
    appendFileSync(file, `${line}\n`);
    if (level !== 'info') echo?.(`[takumi ${level}] ${message}`);
  };
  return {
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}
