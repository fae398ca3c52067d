import { ClvError } from '../engine-errors.ts';
import { logGamma } from './log-gamma.ts';
import { minOf } from '../statistics/extremes.ts';

/** Options of {@link hypergeometric2F1}. */
export interface Hypergeometric2F1Options {
  /** Relative size of the estimated series remainder at which a series stops. */
  tolerance: number;
  /** Most terms one series may sum before the call fails. */
  maxTerms: number;
  /**
   * Above this z (in (0, 1)) the series in z converges slowly, so the 1 − z connection formula
   * (Abramowitz & Stegun 15.3.6) is used instead.
   */
  transformationThreshold: number;
}

export const defaultHypergeometric2F1Options: Hypergeometric2F1Options = {
  tolerance: 1e-16,
  maxTerms: 200_000,
  transformationThreshold: 0.9,
};

// Closer than this to an integer, c − a − b makes the two halves of the connection formula cancel
// (each grows like 1 / distance), so another route is taken.
const integerGap = 1e-3;
// When c − a − b is (nearly) an integer and z is too close to 1 for the plain series, the function
// is interpolated in c from points 1…3 steps either side of the integer (error ~ (step·ln(1−z))⁶,
// cancellation ~ 1e-16 / step): about 1e-13 relative in tests against mpmath.
const interpolationStep = 1e-3;
// The plain series is still affordable up to here when the connection formula cannot be used.
const plainSeriesLimit = 0.999;

/**
 * Gaussian hypergeometric function ₂F₁(a, b; c; z) for real parameters and real z ≤ 1.
 *
 * Routes: terminating polynomials are summed exactly; z < 0 goes through Pfaff's transformation
 * into (0, 1); a large-parameter series is first turned into Euler's (1 − z)^(c−a−b) form when that
 * shrinks the parameters; z up to `transformationThreshold` is summed directly with a remainder
 * bound; beyond it the 1 − z connection formula is used, and where c − a − b is an integer (its
 * singular case) the plain series or interpolation in c. z = 1 uses Gauss's theorem.
 *
 * @throws ClvError `CLV_HYPERGEOMETRIC_UNDEFINED` for z > 1, NaN inputs, c at a pole, or a series
 *   that does not converge within `maxTerms`.
 */
export function hypergeometric2F1(
  a: number,
  b: number,
  c: number,
  z: number,
  options: Partial<Hypergeometric2F1Options> = {},
): number {
  const settings = { ...defaultHypergeometric2F1Options, ...options };
  if ([a, b, c, z].some((value) => !Number.isFinite(value))) {
    throw undefinedError('every argument must be a finite number', { a, b, c, z });
  }
  const terminatesAt = terminationIndex(a, b);
  if (isNonPositiveInteger(c) && !(terminatesAt !== undefined && terminatesAt <= -c)) {
    throw undefinedError('c is a non-positive integer, where 2F1 has a pole', { a, b, c, z });
  }
  if (terminatesAt !== undefined) return polynomial(a, b, c, z, terminatesAt);
  if (z === 0 || a === 0 || b === 0) return 1;
  if (z > 1) throw undefinedError('z > 1 lies on the branch cut of 2F1', { a, b, c, z });
  if (z === 1) return atOne(a, b, c);
  if (z < 0) {
    // Pfaff: ₂F₁(a, b; c; z) = (1 − z)^(−a) ₂F₁(a, c − b; c; z / (z − 1)), argument now in (0, 1).
    return (1 - z) ** -a * positiveArgument(a, c - b, c, z / (z - 1), settings);
  }
  return positiveArgument(a, b, c, z, settings);
}

function positiveArgument(a: number, b: number, c: number, z: number, settings: Hypergeometric2F1Options): number {
  const terminatesAt = terminationIndex(a, b);
  if (terminatesAt !== undefined) return polynomial(a, b, c, z, terminatesAt);
  // Euler: ₂F₁(a, b; c; z) = (1 − z)^(c−a−b) ₂F₁(c − a, c − b; c; z). Small numerator parameters keep
  // the series terms from growing before they decay (e.g. a, b ≈ c ≫ 1 in BG/NBD forecasts).
  if (Math.abs(c - a) + Math.abs(c - b) < Math.abs(a) + Math.abs(b)) {
    const scale = (1 - z) ** (c - a - b);
    const eulerTerminatesAt = terminationIndex(c - a, c - b);
    if (eulerTerminatesAt !== undefined) return scale * polynomial(c - a, c - b, c, z, eulerTerminatesAt);
    return scale * unitInterval(c - a, c - b, c, z, settings);
  }
  return unitInterval(a, b, c, z, settings);
}

function unitInterval(a: number, b: number, c: number, z: number, settings: Hypergeometric2F1Options): number {
  if (z <= settings.transformationThreshold) return series(a, b, c, z, settings);
  const excess = c - a - b;
  const nearestInteger = Math.round(excess);
  if (Math.abs(excess - nearestInteger) > integerGap) return connection(a, b, c, z, settings);
  if (z <= plainSeriesLimit) return series(a, b, c, z, settings);
  // Lagrange interpolation in c through six points around the integer, each safely non-integer.
  const offset = excess - nearestInteger;
  const nodes = [-3, -2, -1, 1, 2, 3].map((multiple) => multiple * interpolationStep);
  const values = nodes.map((node) => connection(a, b, c - offset + node, z, settings));
  let result = 0;
  for (let index = 0; index < nodes.length; index += 1) {
    let weight = 1;
    for (let other = 0; other < nodes.length; other += 1) {
      if (other !== index)
        weight *= (offset - (nodes[other] as number)) / ((nodes[index] as number) - (nodes[other] as number));
    }
    result += weight * (values[index] as number);
  }
  return result;
}

/** Abramowitz & Stegun 15.3.6, valid when c − a − b is not an integer. */
function connection(a: number, b: number, c: number, z: number, settings: Hypergeometric2F1Options): number {
  const w = 1 - z;
  const excess = c - a - b;
  const first = gammaRatio([c, excess], [c - a, c - b]);
  const second = gammaRatio([c, -excess], [a, b]);
  let result = 0;
  if (first !== 0) result += first * series(a, b, 1 - excess, w, settings);
  if (second !== 0) result += second * w ** excess * series(c - a, c - b, 1 + excess, w, settings);
  return result;
}

/** Γ(n₁)Γ(n₂)… / (Γ(d₁)Γ(d₂)…) with signs; 0 when a denominator sits on a pole of Γ. */
function gammaRatio(numerators: readonly number[], denominators: readonly number[]): number {
  if (denominators.some(isNonPositiveInteger)) return 0;
  let logMagnitude = 0;
  let sign = 1;
  for (const value of numerators) {
    logMagnitude += logGamma(value);
    sign *= gammaSign(value);
  }
  for (const value of denominators) {
    logMagnitude -= logGamma(value);
    sign *= gammaSign(value);
  }
  return sign * Math.exp(logMagnitude);
}

function gammaSign(x: number): number {
  if (x > 0) return 1;
  return Math.floor(x) % 2 === 0 ? 1 : -1;
}

/** Direct series Σ (a)ₙ(b)ₙ / ((c)ₙ n!) zⁿ for 0 < z < 1, stopped by a rigorous remainder bound. */
function series(a: number, b: number, c: number, z: number, settings: Hypergeometric2F1Options): number {
  let term = 1;
  let sum = 1;
  for (let index = 0; index < settings.maxTerms; index += 1) {
    term *= (((a + index) * (b + index)) / ((c + index) * (index + 1))) * z;
    sum += term;
    if (term === 0) return sum;
    const bound = tailRatioBound(a, b, c, z, index + 1);
    if (bound < 1 && Math.abs(term) * (bound / (1 - bound)) <= settings.tolerance * Math.abs(sum)) return sum;
  }
  throw undefinedError(`the series did not converge within ${settings.maxTerms} terms; raise maxTerms`, { a, b, c, z });
}

/**
 * Upper bound on every later term ratio z(a+m)(b+m)/((c+m)(m+1)), m ≥ next, or Infinity while a
 * factor can still change sign. Each of (a+m)/(m+1) and (b+m)/(c+m) is monotone in m and tends to 1,
 * so it never exceeds max(its value at `next`, 1); pairing the factors the other way may be tighter.
 */
function tailRatioBound(a: number, b: number, c: number, z: number, next: number): number {
  if (a + next <= 0 || b + next <= 0 || c + next <= 0) return Number.POSITIVE_INFINITY;
  const capped = (numerator: number, denominator: number): number => Math.max(numerator / denominator, 1);
  const pairing = capped(a + next, next + 1) * capped(b + next, c + next);
  const otherPairing = capped(b + next, next + 1) * capped(a + next, c + next);
  return z * Math.min(pairing, otherPairing);
}

/** Sum of a terminating series (a or b a non-positive integer), exact for any z. */
function polynomial(a: number, b: number, c: number, z: number, lastIndex: number): number {
  let term = 1;
  let sum = 1;
  for (let index = 0; index < lastIndex; index += 1) {
    term *= (((a + index) * (b + index)) / ((c + index) * (index + 1))) * z;
    sum += term;
  }
  return sum;
}

/** Gauss's summation theorem at z = 1. */
function atOne(a: number, b: number, c: number): number {
  if (c - a - b <= 0) return Number.POSITIVE_INFINITY;
  return gammaRatio([c, c - a - b], [c - a, c - b]);
}

function terminationIndex(a: number, b: number): number | undefined {
  const candidates = [a, b].filter(isNonPositiveInteger).map((value) => -value);
  return candidates.length === 0 ? undefined : minOf(candidates);
}

function isNonPositiveInteger(value: number): boolean {
  return value <= 0 && Number.isInteger(value);
}

function undefinedError(reason: string, details: Record<string, unknown>): ClvError {
  return new ClvError('CLV_HYPERGEOMETRIC_UNDEFINED', `Cannot evaluate 2F1: ${reason}.`, details);
}
