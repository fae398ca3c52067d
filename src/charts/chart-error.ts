import { type ErrorCode, TakumiError } from '../core/takumi-error.ts';

/** Codes of {@link ChartError}. */
export const chartErrorCodes = [
  'CHART_FONT_CONFIG_UNWRITABLE',
  'CHART_FONT_MISSING',
  'CHART_FONT_NOT_APPLIED',
  'CHART_FONT_UNREADABLE',
  'CHART_INVALID_DATA',
  'CHART_RENDER_FAILED',
  'CHART_WRITE_FAILED',
] as const;

/**
 * Raised when a chart cannot be drawn as asked: bad input data (`CHART_INVALID_DATA`), a font set-up
 * that did not take effect (`CHART_FONT_NOT_APPLIED`), or a render or file failure. The message says
 * what to change.
 */
export class ChartError extends TakumiError<ErrorCode<typeof chartErrorCodes>> {}
