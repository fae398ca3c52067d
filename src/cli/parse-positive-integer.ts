import { CliError } from './exit-codes.ts';

/** A command-line number that must be a positive integer, e.g. `--threads 2`; undefined when not given. */
export function parsePositiveInteger(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new CliError('CLI_INVALID_OPTION', `--${option} must be a positive whole number like 2, got "${value}".`, {
      option,
      value,
    });
  }
  return number;
}
