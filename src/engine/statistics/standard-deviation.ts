/** Options of {@link standardDeviation}. */
export interface StandardDeviationOptions {
  /** Delta degrees of freedom: 1 = sample (n − 1, default), 0 = population (n). */
  degreesOfFreedomCorrection: number;
}

export const defaultStandardDeviationOptions: StandardDeviationOptions = { degreesOfFreedomCorrection: 1 };

/**
 * Standard deviation with a two-pass algorithm (numerically stable for large offsets).
 * Returns NaN when there are not more values than the degrees-of-freedom correction.
 */
export function standardDeviation(values: ArrayLike<number>, options: Partial<StandardDeviationOptions> = {}): number {
  const { degreesOfFreedomCorrection } = { ...defaultStandardDeviationOptions, ...options };
  const count = values.length;
  if (count - degreesOfFreedomCorrection <= 0) return Number.NaN;
  let total = 0;
  for (let index = 0; index < count; index += 1) total += values[index] as number;
  const average = total / count;
  let squares = 0;
  for (let index = 0; index < count; index += 1) {
    const deviation = (values[index] as number) - average;
    squares += deviation * deviation;
  }
  return Math.sqrt(squares / (count - degreesOfFreedomCorrection));
}
