import { normalCdf } from './normal-cdf.ts';

// Acklam's rational approximation (relative error < 1.2e-9), then refined below.
const a = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
  2.506628277459239,
];
const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const c = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const lowRegion = 0.02425;

function coefficient(list: readonly number[], index: number): number {
  return list[index] as number;
}

function tailApproximation(q: number): number {
  return (
    (((((coefficient(c, 0) * q + coefficient(c, 1)) * q + coefficient(c, 2)) * q + coefficient(c, 3)) * q +
      coefficient(c, 4)) *
      q +
      coefficient(c, 5)) /
    ((((coefficient(d, 0) * q + coefficient(d, 1)) * q + coefficient(d, 2)) * q + coefficient(d, 3)) * q + 1)
  );
}

/**
 * Standard normal quantile Φ⁻¹(p) (the "z" for a probability), accurate to about 1e-15.
 *
 * Acklam's approximation followed by one Halley step on {@link normalCdf}; the step is what brings
 * it to double precision. Returns ±Infinity at p = 0 or 1 and NaN outside [0, 1].
 */
export function normalQuantile(probability: number): number {
  if (Number.isNaN(probability) || probability < 0 || probability > 1) return Number.NaN;
  if (probability === 0) return Number.NEGATIVE_INFINITY;
  if (probability === 1) return Number.POSITIVE_INFINITY;
  let x: number;
  if (probability < lowRegion) {
    x = tailApproximation(Math.sqrt(-2 * Math.log(probability)));
  } else if (probability > 1 - lowRegion) {
    x = -tailApproximation(Math.sqrt(-2 * Math.log(1 - probability)));
  } else {
    const q = probability - 0.5;
    const r = q * q;
    x =
      ((((((coefficient(a, 0) * r + coefficient(a, 1)) * r + coefficient(a, 2)) * r + coefficient(a, 3)) * r +
        coefficient(a, 4)) *
        r +
        coefficient(a, 5)) *
        q) /
      (((((coefficient(b, 0) * r + coefficient(b, 1)) * r + coefficient(b, 2)) * r + coefficient(b, 3)) * r +
        coefficient(b, 4)) *
        r +
        1);
  }
  // Φ(x) − p; in the upper half written as (1 − p) − Φ(−x) so precision is not lost near 1.
  const error = x > 0 ? 1 - probability - normalCdf(-x) : normalCdf(x) - probability;
  const step = error * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - step / (1 + (x * step) / 2);
}
