import type { Random } from './create-random.ts';
import { RandomArgumentError } from '../engine-errors.ts';

/**
 * Draws from Gamma(shape, rate) (mean shape / rate) with Marsaglia & Tsang (2000), "A Simple Method
 * for Generating Gamma Variables"; shapes below 1 use their boost Gamma(a) = Gamma(a + 1) · U^(1/a).
 */
export function sampleGamma(random: Random, shape: number, rate: number): number {
  if (!(shape > 0 && rate > 0 && Number.isFinite(shape) && Number.isFinite(rate))) {
    throw new RandomArgumentError(
      'RANDOM_INVALID_ARGUMENT',
      `sampleGamma needs a finite shape > 0 and rate > 0, got shape ${shape}, rate ${rate}.`,
      { shape, rate },
    );
  }
  if (shape < 1) {
    // 1 − next() lies in (0, 1], so the power never hits 0^(negative).
    return (sampleStandardGamma(random, shape + 1) * (1 - random.next()) ** (1 / shape)) / rate;
  }
  return sampleStandardGamma(random, shape) / rate;
}

/** Draws from Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
export function sampleBeta(random: Random, a: number, b: number): number {
  const x = sampleGamma(random, a, 1);
  const y = sampleGamma(random, b, 1);
  // Tiny shapes can underflow both draws to 0; the limit is then a coin flip weighted by the shapes.
  if (x + y === 0) return random.next() < a / (a + b) ? 1 : 0;
  return x / (x + y);
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
