import type { Random } from './create-random.ts';
import { RandomArgumentError } from '../engine-errors.ts';

/** Above this expected count the normal approximation (with a continuity-corrected round) is used. */
const exactMeanLimit = 1000;

/**
 * Draws from Binomial(trials, probability). Exact by counting geometric waiting times between
 * successes (about n·p + 1 uniform draws; p > 1/2 by symmetry) while n·min(p, 1 − p) ≤ 1,000; above
 * that, rounded Normal(n·p, n·p·(1 − p)) clamped to [0, n], whose error is far below the spread.
 */
export function sampleBinomial(random: Random, trials: number, probability: number): number {
  if (!(Number.isInteger(trials) && trials >= 0))
    throw new RandomArgumentError('RANDOM_INVALID_ARGUMENT', `Binomial trials = ${trials}; use a whole number ≥ 0.`, {
      trials,
    });
  if (!(probability >= 0 && probability <= 1))
    throw new RandomArgumentError('RANDOM_INVALID_ARGUMENT', `Binomial probability = ${probability}; use [0, 1].`, {
      probability,
    });
  if (trials === 0 || probability === 0) return 0;
  if (probability === 1) return trials;
  if (probability > 0.5) return trials - sampleBinomial(random, trials, 1 - probability);
  const mean = trials * probability;
  if (mean > exactMeanLimit) {
    const draw = Math.round(mean + Math.sqrt(mean * (1 - probability)) * random.normal());
    return Math.min(trials, Math.max(0, draw));
  }
  const logFailure = Math.log(1 - probability);
  let successes = 0;
  let position = 0;
  for (;;) {
    // Trials up to and including the next success: Geometric(p) by inversion.
    position += Math.floor(Math.log(1 - random.next()) / logFailure) + 1;
    if (position > trials) return successes;
    successes += 1;
  }
}
