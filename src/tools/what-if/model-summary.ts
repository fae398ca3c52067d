import { campaignFormat } from '../shared/campaign-model/campaign-messages.ts';
import { formatNumber } from '../shared/format-number.ts';
import { expectedRoi, offerWords, responseWords } from './what-if-words.ts';
import type { WhatIfData } from './result.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** What the model reads from simulate_what_if: every figure with its source, in English. */
export function summarizeWhatIf(data: WhatIfData): string {
  const f = campaignFormat(data.currency, 'en');
  const { outcome, assumptions } = data;
  const range = (name: string, value: { mean: number; low: number; high: number }, show: (x: number) => string) =>
    `${name} mean ${show(value.mean)} (${f.percent(outcome.options.intervalLevel)} interval ${show(value.low)} to ${show(value.high)})`;
  const count = (value: number): string => formatNumber(Math.round(value), 0);
  const target = data.segment ? `${data.segment.label}` : 'every customer';
  return [
    `What-if simulation (seeded Monte Carlo, ${outcome.options.simulations} runs, seed ${outcome.options.seed}) of "${data.dataset}", segmentation run ${data.runId}, ${data.currency}: ${target} gets ${offerWords(data, f)}; ${data.contacts} of ${data.audienceSize} contacted.`,
    `${range('Incremental buyers', outcome.incrementalResponders, count)}; ${range('incremental revenue', outcome.incrementalRevenue, f.money)}; ${range('cost', outcome.cost, f.money)}; ${range('net return (incremental margin − cost)', outcome.netReturn, f.money)}; ROI of the expected outcome ${f.roi(expectedRoi(data))} (${f.roi(outcome.roi.low)} to ${f.roi(outcome.roi.high)}); chance of paying back ${f.percent(outcome.probabilityProfitable)}. Base case of the shared campaign model: ROI ${f.roi(data.baseRoi)} (same as estimate_roi).`,
    `Sensitivity (expected net return, one assumption at its 5th/95th percentile): ${outcome.sensitivity
      .map(
        (entry) =>
          `${entry.assumption} ${entry.assumption === 'averageOrderValue' ? f.money(entry.low) : f.percent(entry.low)}→${entry.assumption === 'averageOrderValue' ? f.money(entry.high) : f.percent(entry.high)}: ${f.money(entry.netReturnAtLow)} to ${f.money(entry.netReturnAtHigh)}`,
      )
      .join('; ')}. The first is the most uncertain assumption.`,
    `Assumptions: incremental response ${responseWords(data, f)}; gross margin ${f.percent(assumptions.grossMargin.value)} (${assumptions.grossMargin.source}); average order ${f.money(assumptions.averageOrderValue)} (spread ${f.money(assumptions.orderValueSpread)}); ${assumptions.baselineSource === 'prediction' ? `${f.percent(assumptions.baselineRate)} buy anyway (response prediction), and they redeem the discount too` : 'nobody counted as buying anyway (no response prediction)'}; ${groupDigits(assumptions.extraOrdersPerResponder)} order per incremental buyer.`,
  ].join('\n');
}
