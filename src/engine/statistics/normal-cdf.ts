const inverseSquareRootTwoPi = 0.3989422804014327;
// Below this |x| the power series is used; above it the continued fraction converges quickly.
const seriesLimit = 2.5;

/** Standard normal density φ(x). */
function density(x: number): number {
  return inverseSquareRootTwoPi * Math.exp(-0.5 * x * x);
}

/** Φ(x) − 0.5 = φ(x) · Σ x^(2n+1) / (1·3·…·(2n+1)): all terms share a sign, so no cancellation. */
function centralPart(x: number): number {
  let term = x;
  let total = x;
  const square = x * x;
  for (let n = 1; n < 500; n += 1) {
    term *= square / (2 * n + 1);
    total += term;
    if (Math.abs(term) <= Math.abs(total) * 1e-17) break;
  }
  return density(x) * total;
}

/** Upper tail 1 − Φ(x) for x > 0 from Laplace's continued fraction φ(x)/(x + 1/(x + 2/(x + …))), Lentz's method. */
function upperTail(x: number): number {
  const tiny = 1e-300;
  let value = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 5000; n += 1) {
    d = x + n * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = x + n / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    value *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return density(x) / value;
}

/**
 * Standard normal cumulative distribution function Φ(x), with about 1e-14 relative accuracy in both
 * tails: the lower tail is computed directly, never as 1 − (something close to 1), so small p-values
 * keep their digits.
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return 1;
  if (x === Number.NEGATIVE_INFINITY) return 0;
  if (Math.abs(x) < seriesLimit) return 0.5 + centralPart(x);
  return x > 0 ? 1 - upperTail(x) : upperTail(-x);
}
