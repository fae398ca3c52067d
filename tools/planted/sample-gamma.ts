import type { Random } from '../../src/engine/random/create-random.ts';

/**
 * Draws from a gamma distribution with the given `shape` and `mean` (scale = mean / shape), using
 * Marsaglia & Tsang (2000), "A Simple Method for Generating Gamma Variables". Shapes below 1 use
 * their boost: Gamma(a) = Gamma(a + 1) · U^(1/a).
 *
 * Parameterised by the mean because the persona tables are written as "mean spend" and
 * "mean purchases per year"; the shape alone then sets the spread between customers.
 */
export function sampleGamma(random: Random, shape: number, mean: number): number {
  if (!(shape > 0) || !(mean > 0) || !Number.isFinite(shape) || !Number.isFinite(mean)) {
    throw new RangeError(`sampleGamma needs a positive finite shape and mean, got shape ${shape}, mean ${mean}.`);
  }
  const scale = mean / shape;
  if (shape < 1) {
    // 1 - next() lies in (0, 1], so the power never hits 0^(negative).
    return sampleStandardGamma(random, shape + 1) * (1 - random.next()) ** (1 / shape) * scale;
  }
  return sampleStandardGamma(random, shape) * scale;
}

/** Marsaglia–Tsang squeeze/rejection for Gamma(shape, 1), shape ≥ 1. */
function sampleStandardGamma(random: Random, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let normal: number;
    let v: number;
    do {
      normal = random.normal();
      v = 1 + c * normal;
    } while (v <= 0);
    v = v * v * v;
    const uniform = 1 - random.next();
    if (uniform < 1 - 0.0331 * normal ** 4) return d * v;
    if (Math.log(uniform) < 0.5 * normal * normal + d * (1 - v + Math.log(v))) return d * v;
  }
}
