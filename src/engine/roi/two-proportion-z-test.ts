import { normalCdf } from '../statistics/normal-cdf.ts';
import { normalQuantile } from '../statistics/normal-quantile.ts';
import { checkNumber } from './check-number.ts';
import { RoiInputError } from '../engine-errors.ts';
import type { RoiWarning } from './roi-warning.ts';

/** Observed A/B counts. */
export interface TwoProportionCounts {
  readonly controlConversions: number;
  readonly controlSize: number;
  readonly treatmentConversions: number;
  readonly treatmentSize: number;
}

/** Options of {@link twoProportionZTest}. */
export interface TwoProportionZTestOptions {
  /** Level of the confidence interval; the test is called significant at alpha = 1 − confidenceLevel. */
  confidenceLevel: number;
}

export const defaultTwoProportionZTestOptions: TwoProportionZTestOptions = { confidenceLevel: 0.95 };

/** Readout of an A/B test on conversion rates. */
export interface TwoProportionZTestResult {
  readonly controlRate: number;
  readonly treatmentRate: number;
  /** treatmentRate − controlRate. */
  readonly difference: number;
  /** difference / controlRate (e.g. 0.18 = +18 %); null when the control converted nobody. */
  readonly relativeUplift: number | null;
  /** z with the pooled standard error (as statsmodels `proportions_ztest`); 0 when both arms are all-0 or all-1. */
  readonly z: number;
  readonly pValue: number;
  /** Wald interval of the difference with unpooled standard errors (statsmodels `confint_proportions_2indep`, method 'wald'). */
  readonly confidenceInterval: { readonly lower: number; readonly upper: number; readonly level: number };
  /** pValue < 1 − confidenceLevel. */
  readonly significant: boolean;
  readonly warnings: readonly RoiWarning[];
}

/**
 * Two-sided two-proportion z-test of treatment vs control conversion, with the uplift and a
 * confidence interval of the difference.
 *
 * The test uses the pooled standard error (the null hypothesis says both arms share one rate) while
 * the interval uses unpooled ones (it describes the difference actually seen); both are the standard
 * choices, and near the significance edge they can disagree slightly.
 *
 * @throws RoiInputError `ROI_INVALID_INPUT` for non-integer or negative counts, empty arms, or more
 *   conversions than customers.
 */
export function twoProportionZTest(
  counts: TwoProportionCounts,
  options: Partial<TwoProportionZTestOptions> = {},
): TwoProportionZTestResult {
  const { confidenceLevel } = { ...defaultTwoProportionZTestOptions, ...options };
  checkNumber('confidenceLevel', confidenceLevel, 'open-rate');
  const controlSize = checkNumber('controlSize', counts.controlSize, 'positive-integer');
  const treatmentSize = checkNumber('treatmentSize', counts.treatmentSize, 'positive-integer');
  const controlConversions = checkNumber('controlConversions', counts.controlConversions, 'non-negative-integer');
  const treatmentConversions = checkNumber('treatmentConversions', counts.treatmentConversions, 'non-negative-integer');
  for (const [field, conversions, size] of [
    ['controlConversions', controlConversions, controlSize],
    ['treatmentConversions', treatmentConversions, treatmentSize],
  ] as const) {
    if (conversions > size) {
      throw new RoiInputError(
        'ROI_INVALID_INPUT',
        `${field} (${conversions}) exceeds the arm's size (${size}); count each customer once.`,
        {
          field,
          value: conversions,
          size,
        },
      );
    }
  }

  const controlRate = controlConversions / controlSize;
  const treatmentRate = treatmentConversions / treatmentSize;
  const difference = treatmentRate - controlRate;
  const pooledRate = (controlConversions + treatmentConversions) / (controlSize + treatmentSize);
  const pooledError = Math.sqrt(pooledRate * (1 - pooledRate) * (1 / controlSize + 1 / treatmentSize));
  const z = pooledError === 0 ? 0 : difference / pooledError;
  const pValue = Math.min(1, 2 * normalCdf(-Math.abs(z)));
  const unpooledError = Math.sqrt(
    (controlRate * (1 - controlRate)) / controlSize + (treatmentRate * (1 - treatmentRate)) / treatmentSize,
  );
  const margin = normalQuantile(1 - (1 - confidenceLevel) / 2) * unpooledError;

  const warnings: RoiWarning[] = [];
  const smallestExpected = Math.min(
    controlSize * pooledRate,
    controlSize * (1 - pooledRate),
    treatmentSize * pooledRate,
    treatmentSize * (1 - pooledRate),
  );
  if (smallestExpected < 5) {
    warnings.push({
      code: 'SMALL_COUNTS',
      message:
        'Fewer than 5 expected conversions (or non-conversions) in an arm: the normal approximation is rough; prefer Fisher’s exact test or collect more data.',
    });
  }
  if (unpooledError === 0) {
    warnings.push({
      code: 'DEGENERATE_INTERVAL',
      message:
        'Both arms converted all or none of their customers, so the interval has zero width; it does not mean the difference is known exactly.',
    });
  }
  return {
    controlRate,
    treatmentRate,
    difference,
    relativeUplift: controlRate === 0 ? null : difference / controlRate,
    z,
    pValue,
    confidenceInterval: { lower: difference - margin, upper: difference + margin, level: confidenceLevel },
    significant: pValue < 1 - confidenceLevel,
    warnings,
  };
}
