import type { SegmentationAnalysis } from '../../../data/analysis/segmentation-analysis.ts';

export { formatMoney } from '../../../core/format/format-money.ts';

/** The dataset currency of an analysis (ISO 4217, stored per dataset at import). */
export function currencyOf(analysis: Pick<SegmentationAnalysis, 'currency'>): string {
  return analysis.currency;
}
