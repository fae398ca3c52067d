import type { Language } from '../../core/language.ts';
import { translate } from '../../core/message-catalog.ts';
import { formatNumber, formatPercent } from '../shared/format-number.ts';
import { describeResponseSource, describeValueSource } from './describe-sources.ts';
import { roiMessages as messages } from './messages.ts';
import type { EstimateRoiData } from './result.ts';

/** estimate_roi's result for a reader, in Japanese or English. */
export function presentRoi(result: EstimateRoiData, language: Language): string {
  const lines = result.estimates.map((estimate) => {
    const { low, base, high } = estimate.roi;
    return translate(messages.estimate, language, {
      label: estimate.label,
      roi: formatPercent(base.roi, 0),
      low: formatPercent(low.roi, 0),
      high: formatPercent(high.roi, 0),
      size: estimate.size,
      cost: formatNumber(base.cost),
      revenue: formatNumber(base.incrementalRevenue),
    });
  });
  const best = result.estimates[0]!;
  const assumptions = translate(messages.assumptions, language, {
    cost: formatNumber(best.costPerContact),
    response: describeResponseSource(best.responseSource, language),
    value: describeValueSource(best.valueSource, language),
  });
  const meaning = translate(best.roi.base.roi > 0 ? messages.meaningPays : messages.meaningLoses, language, {
    label: best.label,
  });
  return [...lines, '', assumptions, meaning].join('\n');
}
