import { normalQuantile } from '../statistics/normal-quantile.ts';
import { checkNumber } from './check-number.ts';
import { RoiInputError } from '../engine-errors.ts';

/** A confidence interval of one conversion rate (shares, 0.06 = 6 %). */
export interface RateInterval {
  readonly lower: number;
  readonly upper: number;
  readonly level: number;
}

/**
 * Wilson score interval of a conversion rate, `conversions` of `size` at `confidenceLevel`.
 *
 * Why Wilson and not Wald (the rate ± z·√(p(1−p)/n) the two-proportion test's interval of the
 * difference uses): an arm's Wald interval collapses to zero width at 0 or all conversions and can
 * reach below 0 % with few conversions; Wilson's stays inside [0, 1] and keeps a width there. For
 * arms of thousands the two agree to a few hundredths of a point.
 *
 * @throws RoiInputError `ROI_INVALID_INPUT` for non-integer or negative counts, an empty arm, more
 *   conversions than customers, or a level outside (0, 1).
 */
export function wilsonInterval(conversions: number, size: number, confidenceLevel = 0.95): RateInterval {
  checkNumber('confidenceLevel', confidenceLevel, 'open-rate');
  checkNumber('size', size, 'positive-integer');
  checkNumber('conversions', conversions, 'non-negative-integer');
  if (conversions > size)
    throw new RoiInputError(
      'ROI_INVALID_INPUT',
      `conversions (${conversions}) exceeds the arm's size (${size}); count each customer once.`,
      { field: 'conversions', value: conversions, size },
    );
  const z = normalQuantile(1 - (1 - confidenceLevel) / 2);
  const z2 = z * z;
  const centre = (conversions + z2 / 2) / (size + z2);
  const half = (z / (size + z2)) * Math.sqrt((conversions * (size - conversions)) / size + z2 / 4);
  // At 0 (or all) conversions the bound is exactly 0 (or 1); rounding would leave 1e-17 there.
  return {
    lower: conversions === 0 ? 0 : Math.max(0, centre - half),
    upper: conversions === size ? 1 : Math.min(1, centre + half),
    level: confidenceLevel,
  };
}
