import { RandomArgumentError } from '../engine-errors.ts';

/** A seeded pseudo-random source. Same seed → same sequence, on every platform. */
export interface Random {
  /** Uniform number in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n); `n` must be a positive integer. */
  integer(n: number): number;
  /** Standard normal draw (mean 0, standard deviation 1). */
  normal(): number;
  /** Fisher–Yates shuffle of `array` in place; returns the same array for chaining. */
  shuffle<A extends { length: number; [index: number]: unknown }>(array: A): A;
}

/**
 * Creates a small, fast seeded generator (mulberry32). It is not cryptographic: it exists so every
 * random step in the engine (bootstraps, folds, permutations, simulations) is reproducible from a seed.
 *
 * @param seed any finite number; it is reduced to an unsigned 32-bit integer.
 */
export function createRandom(seed: number): Random {
  if (!Number.isFinite(seed)) {
    throw new RandomArgumentError(
      'RANDOM_INVALID_SEED',
      `createRandom needs a finite number as seed, got ${seed}; pass e.g. 1.`,
      { seed: String(seed) },
    );
  }
  // Fractional seeds would otherwise collapse to the same stream, so fold their fraction in.
  let state = (Math.trunc(seed) ^ Math.round((seed % 1) * 0x7fffffff)) >>> 0;
  // A spare value from Box–Muller, so normal() uses both draws of a pair.
  let spareNormal: number | null = null;

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const integer = (n: number): number => {
    if (!Number.isInteger(n) || n <= 0) {
      throw new RandomArgumentError(
        'RANDOM_INVALID_ARGUMENT',
        `integer(n) draws from 0 … n − 1, so n must be a positive integer; got ${n}.`,
        { n },
      );
    }
    return Math.floor(next() * n);
  };

  const normal = (): number => {
    if (spareNormal !== null) {
      const value = spareNormal;
      spareNormal = null;
      return value;
    }
    // 1 - next() lies in (0, 1], so the logarithm is finite.
    const radius = Math.sqrt(-2 * Math.log(1 - next()));
    const angle = 2 * Math.PI * next();
    spareNormal = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };

  const shuffle = <A extends { length: number; [index: number]: unknown }>(array: A): A => {
    for (let index = array.length - 1; index > 0; index -= 1) {
      const other = Math.floor(next() * (index + 1));
      const held = array[index];
      array[index] = array[other];
      array[other] = held;
    }
    return array;
  };

  return { next, integer, normal, shuffle };
}
