import { describe, expect, it } from 'vitest';
import { standardizeColumns } from '../../../src/engine/clustering/standardize-columns.ts';

describe('standardizeColumns', () => {
  it('z-scores each column with the population deviation and zeroes constant columns', () => {
    // Column 0: 1, 2, 3 → mean 2, population sd √(2/3); column 1 constant 5; column 2: 10, 10, 40.
    const result = standardizeColumns(Float32Array.of(1, 5, 10, 2, 5, 10, 3, 5, 40), 3, 3);
    expect(Array.from(result.means)).toEqual([2, 5, 20]);
    expect(result.scales[0]).toBeCloseTo(Math.sqrt(2 / 3), 12);
    expect(result.scales[1]).toBe(1);
    expect(result.scales[2]).toBeCloseTo(Math.sqrt(200), 12);
    const z = Math.sqrt(3 / 2);
    const expected = [-z, 0, -1 / Math.SQRT2, 0, 0, -1 / Math.SQRT2, z, 0, Math.SQRT2];
    expected.forEach((value, index) => expect(result.data[index]).toBeCloseTo(value, 6));
    expect(result.constantColumns).toEqual([1]);
    expect(result.warnings.map((warning) => warning.message).join(' ')).toMatch(/1 constant column\(s\) \(1\)/);
  });

  it('rejects non-finite values', () => {
    expect(() => standardizeColumns(Float32Array.of(1, Number.NaN), 1, 2)).toThrow(/row 0, column 1/);
  });
});
