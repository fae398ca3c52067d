import { describeResponseSource, describeValueSource } from './describe-roi-sources.ts';
import type { EstimateRoiData } from './estimate-roi-tool.ts';
import { formatNumber, formatPercent } from './format-number.ts';

/** estimate_roi's result for a reader, in Japanese or English. */
export function presentRoi(data: EstimateRoiData, language: 'ja' | 'en'): string {
  const ja = language === 'ja';
  const lines = data.estimates.map((estimate) => {
    const { low, base, high } = estimate.roi;
    return ja
      ? `• ${estimate.label}: ROI ${formatPercent(base.roi, 0)}（幅 ${formatPercent(low.roi, 0)}〜${formatPercent(high.roi, 0)}）。対象${estimate.size}人、費用${formatNumber(base.cost)}に対し増分売上${formatNumber(base.incrementalRevenue)}。`
      : `• ${estimate.label}: ROI ${formatPercent(base.roi, 0)} (range ${formatPercent(low.roi, 0)} to ${formatPercent(high.roi, 0)}); ${estimate.size} customers, incremental revenue ${formatNumber(base.incrementalRevenue)} for ${formatNumber(base.cost)} cost.`;
  });
  const best = data.estimates[0]!;
  const assumptions = ja
    ? `前提: 1人あたり接触コスト${formatNumber(best.costPerContact)}、反応率は${describeResponseSource(best.responseSource, 'ja')}、1人の価値は${describeValueSource(best.valueSource, 'ja')}。`
    : `Assumptions: contact cost ${formatNumber(best.costPerContact)} per customer; response: ${describeResponseSource(best.responseSource, 'en')}; value: ${describeValueSource(best.valueSource, 'en')}.`;
  const meaning = ja
    ? `ビジネス上の意味: ROIが最も高いのは ${best.label} です。${best.roi.base.roi > 0 ? '小さなテストで反応率を確かめてから拡大するのが安全です。' : 'ただしこの前提では費用を回収できません。オファーの費用か対象を見直してください。'}`
    : `What it means: ${best.label} gives the best return. ${best.roi.base.roi > 0 ? 'Confirm the response rate with a small test before scaling.' : 'On these assumptions it does not pay back; revisit the offer cost or the audience.'}`;
  return [...lines, '', assumptions, meaning].join('\n');
}
