import { describe, expect, it } from 'vitest';
import { minimizeNelderMead } from '../../../src/engine/optimize/minimize-nelder-mead.ts';

const rosenbrock = (point: readonly number[]): number => {
  let total = 0;
  for (let index = 0; index + 1 < point.length; index += 1) {
    const x = point[index] as number;
    const y = point[index + 1] as number;
    total += 100 * (y - x * x) ** 2 + (1 - x) ** 2;
  }
  return total;
};

describe('minimizeNelderMead', () => {
  it('finds the Rosenbrock minimum (1, 1) from the classic start (−1.2, 1)', () => {
    const result = minimizeNelderMead(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.point[0]).toBeCloseTo(1, 6);
    expect(result.point[1]).toBeCloseTo(1, 6);
    expect(result.value).toBeLessThan(1e-12);
    expect(result.functionEvaluations).toBeGreaterThan(result.iterations);
  });

  it('solves the 4-dimensional Rosenbrock valley thanks to restarts', () => {
    const result = minimizeNelderMead(rosenbrock, [-1.2, 1, -1.2, 1]);
    expect(result.converged).toBe(true);
    for (const coordinate of result.point) expect(coordinate).toBeCloseTo(1, 5);
    expect(result.runs).toBeGreaterThan(1);
  });

  it('reports non-convergence when the budget runs out', () => {
    const result = minimizeNelderMead(rosenbrock, [-1.2, 1], { maxIterations: 10 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(10);
    expect(result.value).toBeGreaterThan(1e-3);
  });

  it('treats NaN and Infinity as walls', () => {
    // Minimum of (x − 2)² subject to x ≤ 1 (NaN beyond): reached at the wall.
    const result = minimizeNelderMead(
      (point) => ((point[0] as number) > 1 ? Number.NaN : ((point[0] as number) - 2) ** 2),
      [0],
    );
    expect(result.point[0]).toBeLessThanOrEqual(1);
    expect(result.point[0]).toBeCloseTo(1, 6);
  });

  it('stops as soon as stopWhen says so', () => {
    // An unbounded slope: without the stop it would run to its budget.
    const result = minimizeNelderMead((point) => -(point[0] as number), [0], {
      stopWhen: (point) => (point[0] as number) > 50,
    });
    expect(result.stoppedEarly).toBe(true);
    expect(result.converged).toBe(false);
    expect(result.point[0]).toBeGreaterThan(50);
    expect(result.functionEvaluations).toBeLessThan(100);
  });
});
