// Lanczos approximation (g = 7, 9 terms), the coefficient set used by many numerical libraries;
// relative error of Γ is about 1e-15 over the positive reals.
const lanczosG = 7;
const lanczosCoefficients = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
] as const;
const halfLogTwoPi = 0.5 * Math.log(2 * Math.PI);

/**
 * Natural logarithm of |Γ(x)|. Works for negative non-integer x through the reflection formula;
 * returns +Infinity at the poles (0, −1, −2, …) and NaN for NaN.
 */
export function logGamma(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
  if (x <= 0 && Number.isInteger(x)) return Number.POSITIVE_INFINITY;
  if (x < 0.5) {
    // Reflection keeps the Lanczos sum away from its poles: Γ(x)Γ(1−x) = π / sin(πx).
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  }
  const shifted = x - 1;
  let series = lanczosCoefficients[0];
  for (let index = 1; index < lanczosCoefficients.length; index += 1) {
    series += (lanczosCoefficients[index] as number) / (shifted + index);
  }
  const base = shifted + lanczosG + 0.5;
  return halfLogTwoPi + (shifted + 0.5) * Math.log(base) - base + Math.log(series);
}
