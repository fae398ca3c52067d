import { TakumiError } from '../../core/takumi-error.ts';
import type { TransferredError } from './answer-worker-protocol.ts';

/** A thrown value as plain fields that survive postMessage (a class instance arrives as a plain Error). */
export function transferError(error: unknown): TransferredError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), takumi: false };
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    message: error.message,
    ...(error.stack === undefined ? {} : { stack: error.stack }),
    ...(typeof code === 'string' ? { code } : {}),
    ...(error instanceof TakumiError ? { details: toPlain(error.details) } : {}),
    takumi: error instanceof TakumiError,
  };
}

/**
 * The error again on the receiving side: a TakumiError keeps its code, details and name, so callers
 * branch on it (failure hints, exit codes, the error id in details) as if it had been thrown here.
 */
export function reviveError(error: TransferredError): Error {
  const revived = error.takumi
    ? new TakumiError(error.code ?? 'UNKNOWN', error.message, error.details ?? {})
    : Object.assign(new Error(error.message), error.code === undefined ? {} : { code: error.code });
  revived.name = error.name;
  if (error.stack !== undefined) revived.stack = error.stack;
  return revived;
}

function toPlain(details: Readonly<Record<string, unknown>>): Record<string, unknown> {
  try {
    return structuredClone({ ...details });
  } catch {
    return JSON.parse(JSON.stringify(details)) as Record<string, unknown>;
  }
}
