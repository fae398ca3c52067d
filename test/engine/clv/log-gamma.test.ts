import { describe, expect, it } from 'vitest';
import { logGamma } from '../../../src/engine/clv/log-gamma.ts';

// Reference: /usr/bin/python3 with Debian's mpmath 1.2.1 at 40 digits, `float(mpmath.loggamma(x))`
// (log|Γ(x)| for negative x); scipy.special.gammaln 1.10.1 agrees to the printed digits.
const reference: readonly [number, number][] = [
  [0.5, 0.5723649429247001],
  [3.5, 1.2009736023470743],
  [10, 12.801827480081469],
  [0.001, 6.907178885383853],
  [123.456, 469.6055471299295],
  [1e6, 12815504.569147611],
  [-0.5, 1.2655121234846454],
  [-2.5, -0.056243716497674054],
];

describe('logGamma', () => {
  it.each(reference)('ln|Γ(%d)| matches mpmath to 1e-14', (x, expected) => {
    expect(Math.abs(logGamma(x) - expected)).toBeLessThan(1e-14 * Math.max(1, Math.abs(expected)));
  });

  it('gives ln((n−1)!) at integers and Infinity at the poles', () => {
    let logFactorial = 0;
    for (let n = 1; n <= 30; n += 1) {
      expect(logGamma(n)).toBeCloseTo(logFactorial, 12);
      logFactorial += Math.log(n);
    }
    expect(logGamma(0)).toBe(Number.POSITIVE_INFINITY);
    expect(logGamma(-3)).toBe(Number.POSITIVE_INFINITY);
    expect(logGamma(Number.NaN)).toBeNaN();
  });
});
