import { formatNumber, formatPercent } from '../shared/format-number.ts';
import { describeResponseSource, describeValueSource } from './describe-sources.ts';
import type { EstimateRoiData } from './result.ts';

/** What the model reads from estimate_roi: every figure with its source, in English (the model's working language). */
export function summarizeRoi(result: EstimateRoiData): string {
  const { costPerContact } = result.estimates[0]!;
  return [
    `ROI estimate on segmentation run ${result.runId} of "${result.dataset}" (cost per contact ${formatNumber(costPerContact)}${result.costAssumed ? ', assumed as 10% of the average purchase' : ''}${result.fixedCost ? `, fixed cost ${formatNumber(result.fixedCost)}` : ''}). Ranked by base ROI:`,
    ...result.estimates.map((estimate) => {
      const { low, base, high } = estimate.roi;
      return `- ${estimate.label}: reach ${estimate.size}; ROI ${formatPercent(base.roi, 0)} (range ${formatPercent(low.roi, 0)} to ${formatPercent(high.roi, 0)}); incremental revenue ${formatNumber(base.incrementalRevenue)} for cost ${formatNumber(base.cost)}; ${formatNumber(base.expectedResponders, 0)} responders expected; break-even response ${estimate.roi.breakEvenResponseRate === null ? 'n/a' : formatPercent(estimate.roi.breakEvenResponseRate)}. Response: ${describeResponseSource(estimate.responseSource, 'en')}; value: ${describeValueSource(estimate.valueSource, 'en')}.`;
    }),
    `Assumptions: ${result.estimates[0]!.roi.assumptions.join(' ')}`,
  ].join('\n');
}
