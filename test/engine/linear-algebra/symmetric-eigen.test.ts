import { describe, expect, it } from 'vitest';
import { orthonormalizeColumns } from '../../../src/engine/linear-algebra/orthonormalize-columns.ts';
import { symmetricEigen } from '../../../src/engine/linear-algebra/symmetric-eigen.ts';
import { createRandom } from '../../../src/engine/random/create-random.ts';

describe('symmetricEigen', () => {
  it('solves small matrices with known eigen-pairs', () => {
    // [[2, 1], [1, 2]]: eigenvalues 3 (along (1, 1)/√2) and 1 (along (1, −1)/√2).
    const { values, vectors } = symmetricEigen(Float64Array.of(2, 1, 1, 2), 2);
    expect(values[0]).toBeCloseTo(3, 14);
    expect(values[1]).toBeCloseTo(1, 14);
    expect(Math.abs(vectors[0]!)).toBeCloseTo(Math.SQRT1_2, 14);
    expect(vectors[0]! * vectors[2]!).toBeCloseTo(0.5, 14); // same sign: (1, 1) direction
    expect(vectors[1]! * vectors[3]!).toBeCloseTo(-0.5, 14);
    // numpy.linalg.eigvalsh([[4,1,0],[1,3,1],[0,1,2]]) = [1.26794919, 3., 4.73205081] (3 ∓ √3, 3).
    const three = symmetricEigen(Float64Array.of(4, 1, 0, 1, 3, 1, 0, 1, 2), 3);
    expect(Array.from(three.values)).toEqual([
      expect.closeTo(3 + Math.sqrt(3), 13),
      expect.closeTo(3, 13),
      expect.closeTo(3 - Math.sqrt(3), 13),
    ]);
    expect(Array.from(symmetricEigen(Float64Array.of(5), 1).values)).toEqual([5]);
  });

  it('reconstructs a random symmetric matrix with orthonormal eigenvectors', () => {
    const random = createRandom(4);
    const size = 40;
    const matrix = new Float64Array(size * size);
    for (let row = 0; row < size; row += 1) {
      for (let column = 0; column <= row; column += 1) {
        const value = random.normal();
        matrix[row * size + column] = value;
        matrix[column * size + row] = value;
      }
    }
    const { values, vectors } = symmetricEigen(matrix, size);
    for (let index = 1; index < size; index += 1) expect(values[index]!).toBeLessThanOrEqual(values[index - 1]!);
    let worstReconstruction = 0;
    let worstOrthogonality = 0;
    for (let row = 0; row < size; row += 1) {
      for (let column = 0; column < size; column += 1) {
        let rebuilt = 0;
        let gram = 0;
        for (let k = 0; k < size; k += 1) {
          rebuilt += vectors[row * size + k]! * values[k]! * vectors[column * size + k]!;
          gram += vectors[k * size + row]! * vectors[k * size + column]!;
        }
        worstReconstruction = Math.max(worstReconstruction, Math.abs(rebuilt - matrix[row * size + column]!));
        worstOrthogonality = Math.max(worstOrthogonality, Math.abs(gram - (row === column ? 1 : 0)));
      }
    }
    expect(worstReconstruction).toBeLessThan(1e-12);
    expect(worstOrthogonality).toBeLessThan(1e-12);
  });
});

describe('orthonormalizeColumns', () => {
  it('orthonormalises and zeroes dependent columns', () => {
    // Columns (1, 1, 0), (2, 2, 0) (dependent on the first) and (1, 0, 1).
    const matrix = Float64Array.of(1, 2, 1, 1, 2, 0, 0, 0, 1);
    expect(orthonormalizeColumns(matrix, 3, 3)).toBe(2);
    const column = (index: number): number[] => [matrix[index]!, matrix[3 + index]!, matrix[6 + index]!];
    column(0).forEach((value, row) => expect(value).toBeCloseTo([Math.SQRT1_2, Math.SQRT1_2, 0][row]!, 14));
    expect(column(1)).toEqual([0, 0, 0]);
    // (1, 0, 1) minus its projection (1/2, 1/2, 0) is (1/2, −1/2, 1), normalised by √(3/2).
    const scale = 1 / Math.sqrt(1.5);
    column(2).forEach((value, row) => expect(value).toBeCloseTo([0.5 * scale, -0.5 * scale, scale][row]!, 14));
  });
});
