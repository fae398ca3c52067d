import { formatNumber, formatPercent } from '../shared/format-number.ts';
import type { DesignAbTestData } from './result.ts';

/** What the model reads from design_ab_test, in English with every figure's source. */
export function summarizeDesignAbTest(data: DesignAbTestData): string {
  const points = (share: number | null): string => (share === null ? 'none' : `${formatNumber(share * 100, 2)} points`);
  const target = data.segment ? data.segment.label : 'every customer';
  return [
    `A/B test design for ${target} in "${data.dataset}" (segmentation run ${data.runId}), two arms (control without the offer, treatment), random split.`,
    `Control rate ${formatPercent(data.baselineRate, 2)} (${data.baselineSource}); minimum detectable lift ${points(data.lift)} (${data.liftSource}); power ${formatPercent(data.power, 0)}, two-sided alpha ${formatPercent(data.alpha, 0)}; pooled two-proportion formula.`,
    `Needed: ${data.perArm} per arm, ${data.total} in all; audience ${data.audience}: ${data.fits ? 'fits' : `too small; it can detect ${points(data.detectableLift)} or more`}.`,
    data.pooled
      ? `Pooling every customer (${data.pooled.audience}): ${data.pooled.fits ? 'fits' : `still too small; detects ${points(data.pooled.detectableLift)} or more`}.`
      : '',
    `Duration ${data.durationDays} days (${data.purchaseCycleDays === null ? 'rule of thumb' : `about one purchase cycle, ${formatNumber(data.purchaseCycleDays, 0)} days`}). For the readout call read_ab_test with the counts.`,
  ]
    .filter((line) => line.length > 0)
    .join('\n');
}
