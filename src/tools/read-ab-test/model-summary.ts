import { formatMoney } from '../../core/format/format-money.ts';
import { formatNumber, formatPercent } from '../shared/format-number.ts';
import { formatPValue } from '../../core/format/format-p-value.ts';
import type { ReadAbTestData } from './result.ts';

/** What the model reads from read_ab_test: every figure, in English. */
export function summarizeReadAbTest(data: ReadAbTestData): string {
  const { test } = data;
  const points = (share: number): string => `${formatNumber(share * 100, 3)} points`;
  return [
    `A/B test readout${data.source.kind === 'file' ? ` from the results file "${data.source.file}" (per-arm totals only)` : ' from the counts in the question'}: control ${data.control.conversions}/${data.control.customers} (${formatPercent(test.controlRate, 2)}), treatment ${data.treatment.conversions}/${data.treatment.customers} (${formatPercent(test.treatmentRate, 2)}).`,
    `Lift ${points(test.difference)}${test.relativeUplift === null ? '' : ` (${formatPercent(test.relativeUplift, 1)} relative)`}; ${formatPercent(test.confidenceInterval.level, 0)} Wald interval ${points(test.confidenceInterval.lower)} to ${points(test.confidenceInterval.upper)}; two-sided p-value ${formatPValue(test.pValue)} (pooled z ${formatNumber(test.z, 3)}).`,
    `Per-arm ${formatPercent(data.armIntervals.control.level, 0)} Wilson intervals of the conversion rate: control ${formatPercent(data.armIntervals.control.lower, 2)} to ${formatPercent(data.armIntervals.control.upper, 2)}, treatment ${formatPercent(data.armIntervals.treatment.lower, 2)} to ${formatPercent(data.armIntervals.treatment.upper, 2)}.`,
    data.revenuePerCustomer
      ? `Revenue per customer: control ${formatMoney(data.revenuePerCustomer.control, data.currency, 'en')}, treatment ${formatMoney(data.revenuePerCustomer.treatment, data.currency, 'en')}.`
      : '',
    `Decision: ${data.decision} (ship = significantly more conversions; stop = significantly fewer or even the upper end below ${points(data.minimumWorthwhileLift)}; else keep testing)${data.neededPerArm === null ? '' : `; about ${data.neededPerArm} per arm would confirm the lift seen`}.`,
    test.warnings.length > 0 ? `Warnings: ${test.warnings.map((warning) => warning.message).join(' ')}` : '',
  ]
    .filter((line) => line.length > 0)
    .join('\n');
}
