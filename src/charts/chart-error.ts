import { TakumiError } from '../core/takumi-error.ts';

/**
 * Raised when a chart cannot be drawn as asked: bad input data (`CHART_INVALID_DATA`), a font set-up
 * that did not take effect (`CHART_FONT_NOT_APPLIED`), or a render or file failure. The message says
 * what to change.
 */
export class ChartError extends TakumiError {}
