import { ChartError } from './chart-error.ts';
import { fitLabel } from './fit-label.ts';

/**
 * Input checks the chart builders share. A chart drawn from NaN or an empty list is silently wrong
 * (Vega drops the rows), so builders fail loudly instead, naming the chart and the field.
 */
export const chartInputChecks = {
  /** Throws `CHART_INVALID_DATA` unless `value` is a finite number (and ≥ 0 when `nonNegative`). */
  finite(value: number, chart: string, field: string, nonNegative = false): number {
    if (!Number.isFinite(value) || (nonNegative && value < 0)) {
      throw new ChartError(
        'CHART_INVALID_DATA',
        `${chart}: ${field} must be a finite${nonNegative ? ', non-negative' : ''} number, got ${value}. Fix the input rows.`,
        { chart, field, value: String(value) },
      );
    }
    return value;
  },
  /** Throws `CHART_INVALID_DATA` for an empty list: there is nothing to draw. */
  nonEmpty<Row>(rows: readonly Row[], chart: string, field: string): readonly Row[] {
    if (rows.length === 0) {
      throw new ChartError(
        'CHART_INVALID_DATA',
        `${chart}: ${field} is empty; there is nothing to chart. Skip this chart instead.`,
        { chart, field },
      );
    }
    return rows;
  },
  /**
   * Category labels as drawn: unique, by appending the id to repeats (Vega-Lite merges rows that
   * share a label, which would silently add two segments together), and short enough for the axis
   * or legend, shortened by {@link fitLabel} so the id tail (「（S3）」) is never the part cut.
   */
  uniqueLabels(labels: readonly string[], ids: readonly (number | string)[]): string[] {
    const counts = new Map<string, number>();
    for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
    const unique = labels.map((label, index) => ((counts.get(label) ?? 0) > 1 ? `${label} (#${ids[index]})` : label));
    const fitted = unique.map((label) => fitLabel(label));
    // Two long names can shorten to the same text; then the id keeps them apart.
    return fitted.map((label, index) =>
      fitted.indexOf(label) !== index || fitted.lastIndexOf(label) !== index
        ? fitLabel(`${unique[index]} (#${ids[index]})`)
        : label,
    );
  },
};
